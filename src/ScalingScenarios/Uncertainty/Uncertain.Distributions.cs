using ScalingScenarios.Claims;

namespace ScalingScenarios.Uncertainty;

/// <summary>The distribution leaves of the model graph.</summary>
public sealed partial class Uncertain
{
    /// <summary>A uniform leaf on [min, max].</summary>
    /// <param name="min">The lower end (constant or uncertain). Range: finite.</param>
    /// <param name="max">The upper end (constant or uncertain). Range: finite, &gt; min in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentException">Both parameters are constant and <paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Uniform(Uncertain min, Uncertain max)
        => Sampled(DistributionSpecs.Uniform, min, max);

    /// <summary>A normal leaf.</summary>
    /// <param name="mean">The mean (constant or uncertain). Range: finite.</param>
    /// <param name="stdDev">The standard deviation (constant or uncertain). Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stdDev"/> is a constant ≤ 0.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Normal(Uncertain mean, Uncertain stdDev)
        => Sampled(DistributionSpecs.Normal, mean, stdDev);

    /// <summary>A log-normal leaf: exp of a normal with mean <paramref name="mu"/> and standard deviation <paramref name="sigma"/>.</summary>
    /// <param name="mu">The mean of ln X (constant or uncertain). Range: finite.</param>
    /// <param name="sigma">The standard deviation of ln X (constant or uncertain). Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is a constant ≤ 0.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain LogNormal(Uncertain mu, Uncertain sigma)
        => Sampled(DistributionSpecs.LogNormal, mu, sigma);

    /// <summary>A log-normal leaf with <paramref name="low"/> at its 5th and <paramref name="high"/> at its 95th percentile.</summary>
    /// <param name="low">The 5th percentile. Range: (0, ∞).</param>
    /// <param name="high">The 95th percentile. Range: (low, ∞).</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> ≤ 0 or a parameter is NaN or ±∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="high"/> ≤ <paramref name="low"/>.</exception>
    [Cites("Squiggle", "a to b")]
    public static Uncertain LogNormalFromCredibleInterval(double low, double high)
        => From(Uncertainty.Distribution.LogNormalFromCredibleInterval(low, high));

    /// <summary>Squiggle's <c>low to high</c>: the same as <see cref="LogNormalFromCredibleInterval(double, double)"/>.</summary>
    /// <param name="low">The 5th percentile. Range: (0, ∞).</param>
    /// <param name="high">The 95th percentile. Range: (low, ∞).</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> ≤ 0 or a parameter is NaN or ±∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="high"/> ≤ <paramref name="low"/>.</exception>
    [Cites("Squiggle", "a to b")]
    public static Uncertain To(double low, double high) => LogNormalFromCredibleInterval(low, high);

    /// <summary>A triangular leaf on [min, max] peaking at <paramref name="mode"/>.</summary>
    /// <param name="min">The lower end (constant or uncertain). Range: finite.</param>
    /// <param name="mode">The most likely value (constant or uncertain). Range: [min, max].</param>
    /// <param name="max">The upper end (constant or uncertain). Range: finite, &gt; min.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">All parameters are constant and <paramref name="mode"/> is outside [min, max].</exception>
    /// <exception cref="ArgumentException">All parameters are constant and <paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Triangular(Uncertain min, Uncertain mode, Uncertain max)
        => Sampled(DistributionSpecs.Triangular, min, mode, max);

    /// <summary>A PERT leaf on [min, max] with mode <paramref name="mode"/> (a beta with shape λ = 4, scaled).</summary>
    /// <param name="min">The lower end (constant or uncertain). Range: finite.</param>
    /// <param name="mode">The most likely value (constant or uncertain). Range: [min, max].</param>
    /// <param name="max">The upper end (constant or uncertain). Range: finite, &gt; min.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">All parameters are constant and <paramref name="mode"/> is outside [min, max].</exception>
    /// <exception cref="ArgumentException">All parameters are constant and <paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    [Cites("Malcolm1959")]
    public static Uncertain Pert(Uncertain min, Uncertain mode, Uncertain max)
        => Sampled(DistributionSpecs.Pert, min, mode, max);

    /// <summary>A beta leaf on [0, 1].</summary>
    /// <param name="alpha">The first shape (constant or uncertain). Range: (0, ∞).</param>
    /// <param name="beta">The second shape (constant or uncertain). Range: (0, ∞).</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A constant parameter is ≤ 0, NaN or ±∞.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Beta(Uncertain alpha, Uncertain beta)
        => Sampled(DistributionSpecs.Beta, alpha, beta);

    /// <summary>A beta leaf with the given mean and standard deviation.</summary>
    /// <param name="mean">The mean. Range: (0, 1).</param>
    /// <param name="stdDev">The standard deviation. Range: (0, √(mean (1 − mean))).</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is not in (0, 1) or <paramref name="stdDev"/> is not positive.</exception>
    /// <exception cref="ArgumentException">No beta distribution has this mean and standard deviation.</exception>
    public static Uncertain BetaFromMeanAndStdDev(double mean, double stdDev)
        => From(Uncertainty.Distribution.BetaFromMeanAndStdDev(mean, stdDev));

    /// <summary>A Bernoulli leaf: 1 with probability <paramref name="p"/>, else 0.</summary>
    /// <param name="p">The probability (constant or uncertain). Range: [0, 1] in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is a constant outside [0, 1].</exception>
    /// <remarks>An uncertain <paramref name="p"/> is checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Bernoulli(Uncertain p)
        => Sampled(DistributionSpecs.Bernoulli, p);

    /// <summary>A Student's t leaf in location-scale form: location + scale · T with T Student's t with <paramref name="degreesOfFreedom"/>.</summary>
    /// <param name="location">The centre (constant or uncertain); the mean when degreesOfFreedom &gt; 1. Range: finite.</param>
    /// <param name="scale">The scale (constant or uncertain). Range: (0, ∞) in every sample.</param>
    /// <param name="degreesOfFreedom">ν (constant or uncertain); small ν gives heavy tails, large ν approaches normal(location, scale). Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A constant parameter is outside its range, NaN or ±∞.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    [Cites("Student1908")]
    public static Uncertain StudentT(Uncertain location, Uncertain scale, Uncertain degreesOfFreedom)
        => Sampled(DistributionSpecs.StudentT, location, scale, degreesOfFreedom);

    /// <summary>A log-uniform leaf on [min, max]: every order of magnitude in the range equally likely.</summary>
    /// <param name="min">The lower end (constant or uncertain). Range: (0, ∞).</param>
    /// <param name="max">The upper end (constant or uncertain). Range: (min, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A constant parameter is ≤ 0, NaN or ±∞.</exception>
    /// <exception cref="ArgumentException">Both parameters are constant and <paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain LogUniform(Uncertain min, Uncertain max)
        => Sampled(DistributionSpecs.LogUniform, min, max);

    /// <summary>A discrete leaf: value i with probability weights[i] / Σ weights.</summary>
    /// <param name="values">The values. Range: finite numbers; at least one.</param>
    /// <param name="weights">Their weights, one per value. Range: [0, ∞), with a positive sum.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or weight is outside its range.</exception>
    /// <exception cref="ArgumentException">The lists are empty, differ in length, or the weights sum to 0.</exception>
    public static Uncertain Discrete(IReadOnlyList<double> values, IReadOnlyList<double> weights)
        => From(Uncertainty.Distribution.Discrete(values, weights));

    /// <summary>A mixture: in each sample, component i is chosen with probability weights[i] / Σ weights and its value is taken.</summary>
    /// <param name="components">The components (any nodes); at least one.</param>
    /// <param name="weights">Their weights, one per component. Range: [0, ∞), with a positive sum; they are normalized.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A list or a component is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or ±∞.</exception>
    /// <exception cref="ArgumentException">The lists are empty, differ in length, or the weights sum to 0.</exception>
    /// <remarks>Every component is evaluated in every sample (so reusing a component elsewhere stays perfectly correlated).</remarks>
    public static Uncertain Mixture(IReadOnlyList<Uncertain> components, IReadOnlyList<double> weights)
    {
        Guard.NotNull(components);
        Guard.NotNull(weights);
        if (components.Count == 0)
        {
            throw Guard.Invalid(nameof(components), "at least one component", "none");
        }

        for (var i = 0; i < components.Count; i++)
        {
            Operand(components[i], $"{nameof(components)}[{i}]");
        }

        var normalized = Uncertainty.Distribution.NormalizeWeights(weights, components.Count, nameof(components));
        return new Uncertain(NodeKind.Mixture, [.. components], payload: normalized);
    }

    /// <summary>
    /// The leaf of <paramref name="spec"/>: with constant parameters a distribution leaf (validated in full), else a
    /// sampled node whose constant parameters are validated now and the others per sample during a run. A parameter is
    /// blamed by its public name (the spec's), also for a NaN or ±∞ that came in through the implicit conversion.
    /// </summary>
    internal static Uncertain Sampled(DistributionSpec spec, params Uncertain[] parameters)
    {
        var values = new double[parameters.Length];
        var allConstant = true;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = Guard.NotNull(parameters[i], spec.Parameters[i]);
            if (!p.IsConstant)
            {
                allConstant = false;
                continue;
            }

            values[i] = p.Value;
            if (spec.CheckValue(i, p.Value) is { } violation)
            {
                throw violation.ToException();
            }
        }

        return allConstant ? From(spec.Create(values)) : new Uncertain(NodeKind.Sampled, parameters, payload: spec);
    }
}
