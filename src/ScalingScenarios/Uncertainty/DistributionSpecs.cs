using static ScalingScenarios.Uncertainty.ParameterRules;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// The table of distribution families whose parameters may be uncertain: one <see cref="DistributionSpec"/> each. The
/// formula language's catalog lists them in this order; <see cref="Uncertain"/>'s factories and the engine dispatch
/// through them. To add a family, see docs/CONTRIBUTING.md ("Adding a distribution").
/// </summary>
internal static class DistributionSpecs
{
    private const string Definition = "standard definition";

    internal static readonly DistributionSpec Uniform = new(
        "uniform", ["min", "max"], [Finite, Finite], Interval,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.Uniform(ref r, p[0], p[1], d),
        static p => new UniformDistribution(p[0], p[1]),
        "Every value between min and max equally likely. Requires min < max.", Definition, "uniform(0.6, 0.7)");

    internal static readonly DistributionSpec Normal = new(
        "normal", ["mean", "stdDev"], [Finite, Positive], null,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.Normal(ref r, p[0], p[1], d),
        static p => new NormalDistribution(p[0], p[1]),
        "Normal (Gaussian) distribution with the given mean and standard deviation (stdDev > 0).", Definition, "normal(100, 15)");

    internal static readonly DistributionSpec LogNormal = new(
        "lognormal", ["mu", "sigma"], [Finite, Positive], null,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.LogNormal(ref r, p[0], p[1], d),
        static p => new LogNormalDistribution(p[0], p[1]),
        "X such that ln X is normal(mu, sigma): positive and right-skewed. For a 90% interval write 'low to high' instead.", Definition, "lognormal(0, 0.5)");

    internal static readonly DistributionSpec Triangular = new(
        "triangular", ["min", "mode", "max"], [Finite, Finite, Finite], ParameterRules.Triangular,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.Triangular(ref r, p[0], p[1], p[2], d),
        static p => new TriangularDistribution(p[0], p[1], p[2]),
        "Triangular distribution on [min, max] peaking at mode (min <= mode <= max, min < max).", Definition, "triangular(0.1, 0.2, 0.4)");

    internal static readonly DistributionSpec Pert = new(
        "pert", ["min", "mode", "max"], [Finite, Finite, Finite], ParameterRules.Triangular,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.Pert(ref r, p[0], p[1], p[2], d, s),
        static p => new PertDistribution(p[0], p[1], p[2]),
        "PERT (scaled beta) distribution on [min, max] with the given most likely value; smoother tails than triangular.",
        "Malcolm et al. 1959 (PERT); Vose, Risk Analysis (2008)", "pert(0.1, 0.2, 0.4)");

    internal static readonly DistributionSpec Beta = new(
        "beta", ["alpha", "beta"], [Positive, Positive], null,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.Beta(ref r, p[0], p[1], d, s),
        static p => new BetaDistribution(p[0], p[1]),
        "Beta distribution on [0, 1] (alpha > 0, beta > 0), mean alpha / (alpha + beta): a natural prior for shares and probabilities.", Definition, "beta(3, 7)");

    internal static readonly DistributionSpec Bernoulli = new(
        "bernoulli", ["p"], [Probability], null,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.Bernoulli(ref r, p[0], d),
        static p => new BernoulliDistribution(p[0]),
        "1 with probability p, else 0 (p in [0, 1]); use it as a condition: bernoulli(p) ? a : b.", Definition, "bernoulli(0.65)");

    internal static readonly DistributionSpec StudentT = new(
        "studentT", ["location", "scale", "degreesOfFreedom"], [Finite, Positive, Positive], null,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.StudentT(ref r, p[0], p[1], p[2], d, s),
        static p => new StudentTDistribution(p[0], p[1], p[2]),
        "Student's t distribution shifted by location and stretched by scale (scale > 0, degreesOfFreedom > 0): a normal with heavier tails; "
            + "the mean is location when degreesOfFreedom > 1, the variance scale^2 df / (df - 2) when df > 2.",
        "Student1908 (location-scale form)", "studentT(0, 1, 4)");

    internal static readonly DistributionSpec LogUniform = new(
        "logUniform", ["min", "max"], [Positive, Positive], Interval,
        static (ref RandomStream r, ReadOnlySpan<Param> p, Span<double> d, Span<double> s) => Samplers.LogUniform(ref r, p[0], p[1], d),
        static p => new LogUniformDistribution(p[0], p[1]),
        "Every order of magnitude between min and max equally likely: ln X is uniform(ln min, ln max) (0 < min < max).",
        "standard definition (the reciprocal distribution)", "logUniform(1e9, 1e12)");

    /// <summary>Every family, in catalog order.</summary>
    internal static IReadOnlyList<DistributionSpec> All { get; } = Array.AsReadOnly([Uniform, Normal, LogNormal, Triangular, Pert, Beta, Bernoulli, StudentT, LogUniform]);

    private static readonly Dictionary<string, DistributionSpec> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The family with this formula name (exact case), or null.</summary>
    internal static DistributionSpec? Find(string name) => ByName.GetValueOrDefault(name);
}
