using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// The symmetric equilibrium of a differentiated Bertrand duopoly with linear demand qᵢ = α − β pᵢ + γ pⱼ (0 ≤ γ &lt; β):
/// price, margin, output and profit.
/// </summary>
/// <remarks>
/// Claim C08: differentiation keeps margins above the homogeneous-Bertrand zero. Source: IndustrialOrganization.
/// <see cref="FromSubstitutability"/> uses the Singh–Vives normalization, in which the margin (a − c)(1 − g)/(2 − g)
/// falls to 0 as products become perfect substitutes (g → 1). Immutable and thread-safe.
/// </remarks>
public sealed class DifferentiatedBertrand
{
    private DifferentiatedBertrand(double alpha, double beta, double gamma, double c)
    {
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        MarginalCost = c;
    }

    /// <summary>Demand at zero prices α.</summary>
    public double Alpha { get; }

    /// <summary>Own-price slope β.</summary>
    public double Beta { get; }

    /// <summary>Cross-price slope γ.</summary>
    public double Gamma { get; }

    /// <summary>Constant marginal cost c.</summary>
    public double MarginalCost { get; }

    /// <summary>Equilibrium price p = (α + β c) / (2β − γ).</summary>
    public double Price => (Alpha + (Beta * MarginalCost)) / ((2 * Beta) - Gamma);

    /// <summary>Unit margin p − c = (α − (β − γ) c) / (2β − γ), always &gt; 0.</summary>
    public double UnitMargin => (Alpha - ((Beta - Gamma) * MarginalCost)) / ((2 * Beta) - Gamma);

    /// <summary>Lerner index (p − c)/p.</summary>
    public double Lerner => UnitMargin / Price;

    /// <summary>Each firm's output q = α − (β − γ) p, which equals β (p − c) at the equilibrium.</summary>
    public double FirmOutput => Beta * UnitMargin;

    /// <summary>Each firm's profit (p − c) q = β (p − c)².</summary>
    public double FirmProfit => Beta * UnitMargin * UnitMargin;

    /// <summary>Creates the duopoly from the direct-demand coefficients.</summary>
    /// <param name="alpha">Demand at zero prices α. Range: (0, ∞); must exceed (β − γ) c.</param>
    /// <param name="beta">Own-price slope β. Range: (0, ∞).</param>
    /// <param name="gamma">Cross-price slope γ. Range: [0, β).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <returns>The symmetric equilibrium.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException">γ ≥ β, or α ≤ (β − γ) c.</exception>
    /// <remarks>Claim C08; IndustrialOrganization.</remarks>
    [Cites("C08")]
    [Cites("IndustrialOrganization", "differentiated Bertrand")]
    public static DifferentiatedBertrand Linear(double alpha, double beta, double gamma, double c)
    {
        MarketStructure.DifferentiatedBertrandPrice(alpha, beta, gamma, c);
        return new DifferentiatedBertrand(alpha, beta, gamma, c);
    }

    /// <summary>
    /// Creates the duopoly from inverse demand pᵢ = a − qᵢ − g qⱼ (Singh–Vives), i.e. α = a/(1 + g), β = 1/(1 − g²), γ = g/(1 − g²).
    /// </summary>
    /// <param name="a">Demand intercept (choke price). Must exceed <paramref name="c"/>.</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="substitutability">g: 0 = independent products (each firm a monopolist), → 1 = perfect substitutes. Range: [0, 1).</param>
    /// <returns>The equilibrium; its margin is (a − c)(1 − g)/(2 − g).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claim C08; SinghVives1984.</remarks>
    [Cites("C08")]
    [Cites("SinghVives1984")]
    public static DifferentiatedBertrand FromSubstitutability(double a, double c, double substitutability)
    {
        Checks.LinearDemand(a, 1, c);
        if (!(Guard.Finite(substitutability) >= 0 && substitutability < 1))
        {
            throw Guard.OutOfRange(nameof(substitutability), substitutability, "a number in [0, 1)");
        }

        var g = substitutability;
        var denominator = 1 - (g * g);
        return Linear(a / (1 + g), 1 / denominator, g / denominator, c);
    }

    /// <summary>The equilibrium as one line of numbers.</summary>
    /// <returns>For example "Differentiated Bertrand: p=46.7, margin=26.7, Lerner=0.571".</returns>
    public override string ToString()
        => $"Differentiated Bertrand: p={Display.Number(Price)}, margin={Display.Number(UnitMargin)}, Lerner={Display.Number(Lerner)}";
}
