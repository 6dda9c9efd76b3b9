using ScalingScenarios.Claims;

namespace ScalingScenarios.Economics;

/// <summary>
/// Named market structures for the interview's debate, on one normalized linear demand (a = 100, b = 1, c = 20): a monopoly,
/// the "four or five frontier builders" oligopoly, a differentiated oligopoly and a commoditized (solar-like) market.
/// </summary>
/// <remarks>
/// The demand numbers are normalized, not estimates: compare the presets' Lerner indices and profits relative to
/// monopoly, which do not depend on the units. Claims C05, C06, C08. Thread-safe.
/// </remarks>
public static class MarketPresets
{
    /// <summary>Normalized demand intercept a = 100 (price units).</summary>
    [Cites("IndustrialOrganization", "normalized linear-demand example; a unit choice, not an estimate")]
    public const double DemandIntercept = 100;

    /// <summary>Normalized demand slope b = 1.</summary>
    [Cites("IndustrialOrganization", "normalized linear-demand example; a unit choice, not an estimate")]
    public const double DemandSlope = 1;

    /// <summary>Normalized marginal cost c = 20, a fifth of the choke price.</summary>
    [Cites("IndustrialOrganization", "normalized linear-demand example; a unit choice, not an estimate")]
    public const double MarginalCost = 20;

    /// <summary>Number of frontier builders, default 4 (the interview's "four or five", plus state-backed ones as a fringe).</summary>
    [Cites("C05")]
    [Cites("Interview", "talking point 4")]
    public const double FrontierFirms = 4;

    /// <summary>Upper end of the interview's range of frontier builders: 5.</summary>
    [Cites("C05")]
    [Cites("Interview", "talking point 4")]
    public const double FrontierFirmsHigh = 5;

    /// <summary>
    /// Substitutability g = 0.5 between differentiated models (Singh–Vives): halfway between independent products and
    /// perfect substitutes. An assumption (unconfirmed): no public estimate of model substitutability was found.
    /// </summary>
    [Cites("C08")]
    public const double DifferentiatedSubstitutability = 0.5;

    /// <summary>A single firm: θ = 1, P = (a + c)/2 = 60, Lerner 2/3.</summary>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static ConductMarket Monopoly { get; } = ConductMarket.Linear(DemandIntercept, DemandSlope, MarginalCost, 1);

    /// <summary>The frontier oligopoly: Cournot with <see cref="FrontierFirms"/> = 4 firms, P = 36, Lerner 4/9.</summary>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "Cournot")]
    public static Cournot FrontierOligopoly { get; } = Cournot.Linear(DemandIntercept, DemandSlope, MarginalCost, FrontierFirms);

    /// <summary>Differentiated models competing on price (Singh–Vives duopoly, g = 0.5): margin (a − c)(1 − g)/(2 − g) = 80/3.</summary>
    [Cites("C08")]
    [Cites("SinghVives1984")]
    public static DifferentiatedBertrand DifferentiatedOligopoly { get; } =
        DifferentiatedBertrand.FromSubstitutability(DemandIntercept, MarginalCost, DifferentiatedSubstitutability);

    /// <summary>A commodity market like solar modules: θ = 0 (price = marginal cost, no margin); the learning curve then drives price.</summary>
    [Cites("C06")]
    [Cites("IndustrialOrganization", "Bertrand paradox")]
    public static ConductMarket Commoditized { get; } = ConductMarket.Linear(DemandIntercept, DemandSlope, MarginalCost, 0);
}
