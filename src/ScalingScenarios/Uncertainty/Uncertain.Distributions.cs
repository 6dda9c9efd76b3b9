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
    {
        Guard.NotNull(min);
        Guard.NotNull(max);
        return min.IsConstant && max.IsConstant
            ? From(Uncertainty.Distribution.Uniform(min.Value, max.Value))
            : new Uncertain(NodeKind.Uniform, [min, max]);
    }

    /// <summary>A normal leaf.</summary>
    /// <param name="mean">The mean (constant or uncertain). Range: finite.</param>
    /// <param name="stdDev">The standard deviation (constant or uncertain). Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stdDev"/> is a constant ≤ 0.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Normal(Uncertain mean, Uncertain stdDev)
    {
        Guard.NotNull(mean);
        Guard.NotNull(stdDev);
        if (stdDev.IsConstant)
        {
            Guard.Positive(stdDev.Value, nameof(stdDev));
        }

        return mean.IsConstant && stdDev.IsConstant
            ? From(Uncertainty.Distribution.Normal(mean.Value, stdDev.Value))
            : new Uncertain(NodeKind.Normal, [mean, stdDev]);
    }

    /// <summary>A log-normal leaf: exp of a normal with mean <paramref name="mu"/> and standard deviation <paramref name="sigma"/>.</summary>
    /// <param name="mu">The mean of ln X (constant or uncertain). Range: finite.</param>
    /// <param name="sigma">The standard deviation of ln X (constant or uncertain). Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is a constant ≤ 0.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain LogNormal(Uncertain mu, Uncertain sigma)
    {
        Guard.NotNull(mu);
        Guard.NotNull(sigma);
        if (sigma.IsConstant)
        {
            Guard.Positive(sigma.Value, nameof(sigma));
        }

        return mu.IsConstant && sigma.IsConstant
            ? From(Uncertainty.Distribution.LogNormal(mu.Value, sigma.Value))
            : new Uncertain(NodeKind.LogNormal, [mu, sigma]);
    }

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
    {
        Guard.NotNull(min);
        Guard.NotNull(mode);
        Guard.NotNull(max);
        return min.IsConstant && mode.IsConstant && max.IsConstant
            ? From(Uncertainty.Distribution.Triangular(min.Value, mode.Value, max.Value))
            : new Uncertain(NodeKind.Triangular, [min, mode, max]);
    }

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
    {
        Guard.NotNull(min);
        Guard.NotNull(mode);
        Guard.NotNull(max);
        return min.IsConstant && mode.IsConstant && max.IsConstant
            ? From(Uncertainty.Distribution.Pert(min.Value, mode.Value, max.Value))
            : new Uncertain(NodeKind.Pert, [min, mode, max]);
    }

    /// <summary>A beta leaf on [0, 1].</summary>
    /// <param name="alpha">The first shape (constant or uncertain). Range: (0, ∞).</param>
    /// <param name="beta">The second shape (constant or uncertain). Range: (0, ∞).</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A constant parameter is ≤ 0, NaN or ±∞.</exception>
    /// <remarks>Uncertain parameters are checked per sample during a run; a violation is a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Beta(Uncertain alpha, Uncertain beta)
    {
        Guard.NotNull(alpha);
        Guard.NotNull(beta);
        if (alpha.IsConstant)
        {
            Guard.Positive(alpha.Value, nameof(alpha));
        }

        if (beta.IsConstant)
        {
            Guard.Positive(beta.Value, nameof(beta));
        }

        return alpha.IsConstant && beta.IsConstant
            ? From(Uncertainty.Distribution.Beta(alpha.Value, beta.Value))
            : new Uncertain(NodeKind.Beta, [alpha, beta]);
    }

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
    {
        Guard.NotNull(p);
        return p.IsConstant
            ? From(Uncertainty.Distribution.Bernoulli(p.Value))
            : new Uncertain(NodeKind.Bernoulli, [p]);
    }

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
            throw new ArgumentException("Expected at least one component; got none.", nameof(components));
        }

        for (var i = 0; i < components.Count; i++)
        {
            Guard.NotNull(components[i], $"{nameof(components)}[{i}]");
        }

        var normalized = Uncertainty.Distribution.NormalizeWeights(weights, components.Count, nameof(components));
        return new Uncertain(NodeKind.Mixture, [.. components], payload: normalized);
    }
}
