using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// A Cournot equilibrium of n symmetric firms on linear demand P = a − bQ with constant marginal cost c: outputs, price,
/// margins, profits and welfare.
/// </summary>
/// <remarks>
/// Claims C05 (four or five frontier builders) and C06 (the many-firm limit). Source: IndustrialOrganization (Tirole 1988,
/// ch. 5). The welfare identity CS + Π + DWL = (a − c)²/(2b) holds for every n. The number of firms is a double (finite,
/// ≥ 1) read through the continuous formulas, so a Monte Carlo may draw it. Immutable and thread-safe.
/// </remarks>
public sealed class Cournot
{
    private Cournot(double a, double b, double c, double firms)
    {
        A = a;
        B = b;
        MarginalCost = c;
        Firms = firms;
    }

    /// <summary>Demand intercept a (the choke price).</summary>
    public double A { get; }

    /// <summary>Demand slope b.</summary>
    public double B { get; }

    /// <summary>Constant marginal cost c.</summary>
    public double MarginalCost { get; }

    /// <summary>Number of firms n.</summary>
    public double Firms { get; }

    /// <summary>The equivalent conduct parameter θ = 1/n.</summary>
    public double Conduct => 1 / Firms;

    /// <summary>Each firm's output q = (a − c) / (b (n + 1)).</summary>
    public double FirmOutput => LinearDemandWelfare.CournotFirmOutput(A, B, MarginalCost, Firms);

    /// <summary>Industry output Q = n q.</summary>
    public double IndustryOutput => Firms * FirmOutput;

    /// <summary>Market price P = (a + n c) / (n + 1).</summary>
    public double Price => LinearDemandWelfare.CournotPrice(A, MarginalCost, Firms);

    /// <summary>Unit margin P − c = (a − c) / (n + 1).</summary>
    public double UnitMargin => LinearDemandWelfare.CournotUnitMargin(A, MarginalCost, Firms);

    /// <summary>Lerner index (P − c)/P, which equals 1/(n |ε|) at the equilibrium.</summary>
    public double Lerner => UnitMargin / Price;

    /// <summary>Absolute price elasticity of demand at the equilibrium, |ε| = P / (b Q).</summary>
    public double DemandElasticity => Price / (B * IndustryOutput);

    /// <summary>Herfindahl–Hirschman index (0–1 scale) of n equal firms: 1/n.</summary>
    public double Hhi => 1 / Firms;

    /// <summary>Each firm's profit (P − c) q = (a − c)² / (b (n + 1)²).</summary>
    public double FirmProfit => UnitMargin * FirmOutput;

    /// <summary>Industry profit n (a − c)² / (b (n + 1)²).</summary>
    public double IndustryProfit => Firms * FirmProfit;

    /// <summary>Industry profit relative to a monopoly's (a − c)²/(4b): 4n / (n + 1)².</summary>
    public double ProfitRelativeToMonopoly => 4 * Firms / ((Firms + 1) * (Firms + 1));

    /// <summary>Consumer surplus b Q² / 2.</summary>
    public double ConsumerSurplus => LinearDemandWelfare.ConsumerSurplus(B, IndustryOutput);

    /// <summary>Deadweight loss against perfect competition, b (Q_c − Q)² / 2 with Q_c = (a − c)/b.</summary>
    public double DeadweightLoss => LinearDemandWelfare.DeadweightLoss(A, B, MarginalCost, IndustryOutput);

    /// <summary>Total surplus under perfect competition, (a − c)² / (2b) = CS + Π + DWL.</summary>
    public double MaximumSurplus => LinearDemandWelfare.MaximumSurplus(A, B, MarginalCost);

    /// <summary>Creates the Cournot equilibrium of <paramref name="firms"/> symmetric firms on linear demand.</summary>
    /// <param name="a">Demand intercept, in price units. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope, price units per unit of output. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost per unit. Range: [0, ∞).</param>
    /// <param name="firms">Number of firms n. Range: [1, ∞); 1 is a monopoly.</param>
    /// <returns>The equilibrium, e.g. a = 100, b = 1, c = 20, n = 4 gives P = 36 and Lerner 4/9.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claim C05; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "Cournot equilibrium, linear demand")]
    public static Cournot Linear(double a, double b, double c, double firms)
    {
        Checks.LinearDemand(a, b, c);
        Guard.AtLeast(firms, 1);
        return new Cournot(a, b, c, firms);
    }

    /// <summary>The same market with another number of firms.</summary>
    /// <param name="firms">Number of firms n. Range: [1, ∞).</param>
    /// <returns>A new equilibrium.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firms"/> is NaN, ±∞ or below 1.</exception>
    public Cournot WithFirms(double firms) => Linear(A, B, MarginalCost, firms);

    /// <summary>The equilibrium as one line of numbers.</summary>
    /// <returns>For example "Cournot n=4: P=36, Q=64, Lerner=0.444".</returns>
    public override string ToString()
        => $"Cournot n={Guard.Format(Firms)}: P={Display.Number(Price)}, Q={Display.Number(IndustryOutput)}, Lerner={Display.Number(Lerner)}";
}
