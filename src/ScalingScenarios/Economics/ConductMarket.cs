using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// A homogeneous-good market on linear demand P = a − bQ summarized by a conduct parameter θ: P − c = θ b Q.
/// θ = 0 is competitive (homogeneous Bertrand), θ = 1/n is Cournot with n firms, θ = 1 is monopoly or full collusion.
/// </summary>
/// <remarks>
/// Claims C05 and C06. Source: IndustrialOrganization (conduct-parameter form). Immutable and thread-safe.
/// </remarks>
public sealed class ConductMarket
{
    private ConductMarket(double a, double b, double c, double conduct)
    {
        A = a;
        B = b;
        MarginalCost = c;
        Conduct = conduct;
    }

    /// <summary>Demand intercept a.</summary>
    public double A { get; }

    /// <summary>Demand slope b.</summary>
    public double B { get; }

    /// <summary>Constant marginal cost c.</summary>
    public double MarginalCost { get; }

    /// <summary>The conduct parameter θ in [0, 1].</summary>
    public double Conduct { get; }

    /// <summary>Industry output Q = (a − c) / (b (1 + θ)).</summary>
    public double IndustryOutput => (A - MarginalCost) / (B * (1 + Conduct));

    /// <summary>Price P = (θ a + c) / (1 + θ); θ = 1/n is the Cournot price (a + n c) / (n + 1) (tested identity).</summary>
    public double Price => ((Conduct * A) + MarginalCost) / (1 + Conduct);

    /// <summary>Unit margin P − c = θ (a − c) / (1 + θ).</summary>
    public double UnitMargin => Conduct * (A - MarginalCost) / (1 + Conduct);

    /// <summary>Lerner index (P − c)/P; 0 in the degenerate case P = 0 (θ = 0 with c = 0).</summary>
    public double Lerner => Price > 0 ? UnitMargin / Price : 0;

    /// <summary>Industry profit (P − c) Q = θ (a − c)² / (b (1 + θ)²).</summary>
    public double IndustryProfit => UnitMargin * IndustryOutput;

    /// <summary>Industry profit relative to a monopoly's: 4θ / (1 + θ)².</summary>
    public double ProfitRelativeToMonopoly => 4 * Conduct / ((1 + Conduct) * (1 + Conduct));

    /// <summary>Consumer surplus b Q² / 2.</summary>
    public double ConsumerSurplus => LinearDemandWelfare.ConsumerSurplus(B, IndustryOutput);

    /// <summary>Deadweight loss against perfect competition, b (Q_c − Q)² / 2.</summary>
    public double DeadweightLoss => LinearDemandWelfare.DeadweightLoss(A, B, MarginalCost, IndustryOutput);

    /// <summary>Total surplus under perfect competition, (a − c)² / (2b).</summary>
    public double MaximumSurplus => LinearDemandWelfare.MaximumSurplus(A, B, MarginalCost);

    /// <summary>Creates the market outcome for conduct θ.</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="conduct">θ. Range: [0, 1].</param>
    /// <returns>The outcome; θ = 1/n reproduces <see cref="Cournot.Linear"/> with n firms.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("C06")]
    [Cites("IndustrialOrganization", "conduct parameter")]
    public static ConductMarket Linear(double a, double b, double c, double conduct)
    {
        Checks.LinearDemand(a, b, c);
        Guard.Probability(conduct);
        return new ConductMarket(a, b, c, conduct);
    }

    /// <summary>The outcome as one line of numbers.</summary>
    /// <returns>For example "Conduct θ=0.25: P=36, Q=64, Lerner=0.444".</returns>
    public override string ToString()
        => $"Conduct θ={Guard.Format(Conduct)}: P={Display.Number(Price)}, Q={Display.Number(IndustryOutput)}, Lerner={Display.Number(Lerner)}";
}
