using ScalingScenarios.Claims;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// A probability distribution over real numbers with known moments, CDF and quantile function, and
/// sampling from a caller's seeded generator. Create one with the static factories
/// (<see cref="Uniform"/>, <see cref="Normal"/>, <see cref="LogNormalFromCredibleInterval"/>, ...);
/// turn it into a model leaf with <see cref="Uncertain.From(Distribution)"/>.
/// </summary>
/// <remarks>
/// Our own abstraction: Math.NET Numerics is used inside for special functions but never exposed.
/// Instances are immutable and thread-safe; <see cref="Sample(Random)"/> is as thread-safe as the
/// <see cref="Random"/> passed to it.
/// </remarks>
public abstract class Distribution
{
    private const int SampleBlock = 4096;

    /// <summary>Samplers may use this many values of scratch space per value drawn.</summary>
    internal const int ScratchFactor = 3;

    private protected Distribution()
    {
    }

    /// <summary>Gets the mean (expected value).</summary>
    public abstract double Mean { get; }

    /// <summary>Gets the variance.</summary>
    public abstract double Variance { get; }

    /// <summary>Gets the standard deviation, the square root of <see cref="Variance"/>.</summary>
    public double StdDev => Math.Sqrt(Variance);

    /// <summary>The cumulative distribution function P(X ≤ x).</summary>
    /// <param name="x">The point. Range: any number; NaN gives NaN.</param>
    /// <returns>A probability in [0, 1].</returns>
    public abstract double Cdf(double x);

    /// <summary>The quantile function (inverse CDF): the smallest x with P(X ≤ x) ≥ p.</summary>
    /// <param name="p">The probability. Range: [0, 1].</param>
    /// <returns>The quantile; p = 0 and p = 1 give the support's ends (±∞ for unbounded distributions).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1].</exception>
    public double Quantile(double p) => QuantileCore(Guard.Probability(p));

    /// <summary>Draws one value using the given generator.</summary>
    /// <param name="random">The seeded generator to draw from.</param>
    /// <returns>One sample.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public double Sample(Random random)
    {
        Span<double> one = stackalloc double[1];
        Sample(random, one);
        return one[0];
    }

    /// <summary>Fills <paramref name="destination"/> with independent samples drawn using the given generator.</summary>
    /// <param name="random">The seeded generator to draw from.</param>
    /// <param name="destination">Where the samples go; its length is the number of samples.</param>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public void Sample(Random random, Span<double> destination)
    {
        Guard.NotNull(random);
        var source = new SystemRandomSource(random);
        var scratch = new double[ScratchFactor * Math.Min(SampleBlock, Math.Max(destination.Length, 1))];
        for (var start = 0; start < destination.Length; start += SampleBlock)
        {
            var block = destination.Slice(start, Math.Min(SampleBlock, destination.Length - start));
            Fill(ref source, block, scratch);
        }
    }

    /// <summary>A short description in the formula language, e.g. <c>uniform(0, 1)</c>.</summary>
    /// <returns>The description.</returns>
    public abstract override string ToString();

    /// <summary>A point mass: always <paramref name="value"/>.</summary>
    /// <param name="value">The value. Range: any finite number.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or ±∞.</exception>
    public static Distribution Point(double value) => new PointDistribution(Guard.Finite(value));

    /// <summary>The continuous uniform distribution on [min, max].</summary>
    /// <param name="min">The lower end. Range: finite.</param>
    /// <param name="max">The upper end. Range: finite, &gt; min.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or ±∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    public static Distribution Uniform(double min, double max) => DistributionSpecs.Uniform.Create(min, max);

    /// <summary>The normal (Gaussian) distribution.</summary>
    /// <param name="mean">The mean. Range: finite.</param>
    /// <param name="stdDev">The standard deviation. Range: (0, ∞).</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    public static Distribution Normal(double mean, double stdDev) => DistributionSpecs.Normal.Create(mean, stdDev);

    /// <summary>The log-normal distribution: X = exp(Y) with Y normal with mean <paramref name="mu"/> and standard deviation <paramref name="sigma"/>.</summary>
    /// <param name="mu">The mean of ln X. Range: finite.</param>
    /// <param name="sigma">The standard deviation of ln X. Range: (0, ∞).</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    public static Distribution LogNormal(double mu, double sigma) => DistributionSpecs.LogNormal.Create(mu, sigma);

    /// <summary>
    /// The log-normal distribution with <paramref name="low"/> at its 5th and <paramref name="high"/> at its
    /// 95th percentile (a 90% credible interval; Squiggle's <c>low to high</c>).
    /// </summary>
    /// <param name="low">The 5th percentile. Range: (0, ∞).</param>
    /// <param name="high">The 95th percentile. Range: (low, ∞).</param>
    /// <returns>The distribution, with μ = (ln low + ln high) / 2 and σ = (ln high − ln low) / (2 · 1.6449).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> ≤ 0 or a parameter is NaN or ±∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="high"/> ≤ <paramref name="low"/>.</exception>
    [Cites("Squiggle", "a to b")]
    public static Distribution LogNormalFromCredibleInterval(double low, double high)
    {
        Guard.Positive(low);
        Guard.Finite(high);
        if (!(low < high))
        {
            throw Guard.Invalid(nameof(high), "low < high for a 90% credible interval", $"low = {Guard.Format(low)} and high = {Guard.Format(high)}");
        }

        var logLow = Math.Log(low);
        var logHigh = Math.Log(high);
        return new LogNormalDistribution((logLow + logHigh) / 2, (logHigh - logLow) / (2 * ParameterRules.Z95), $"{Guard.Format(low)} to {Guard.Format(high)}");
    }

    /// <summary>The triangular distribution on [min, max] with its peak at <paramref name="mode"/>.</summary>
    /// <param name="min">The lower end. Range: finite.</param>
    /// <param name="mode">The most likely value. Range: [min, max].</param>
    /// <param name="max">The upper end. Range: finite, &gt; min.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or ±∞, or <paramref name="mode"/> is outside [min, max].</exception>
    /// <exception cref="ArgumentException"><paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    public static Distribution Triangular(double min, double mode, double max) => DistributionSpecs.Triangular.Create(min, mode, max);

    /// <summary>The PERT distribution on [min, max] with mode <paramref name="mode"/>: a beta scaled to [min, max] with shape λ = 4.</summary>
    /// <param name="min">The lower end. Range: finite.</param>
    /// <param name="mode">The most likely value. Range: [min, max].</param>
    /// <param name="max">The upper end. Range: finite, &gt; min.</param>
    /// <returns>The distribution, with mean (min + 4 mode + max) / 6.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is NaN or ±∞, or <paramref name="mode"/> is outside [min, max].</exception>
    /// <exception cref="ArgumentException"><paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    [Cites("Malcolm1959")]
    public static Distribution Pert(double min, double mode, double max) => DistributionSpecs.Pert.Create(min, mode, max);

    /// <summary>The beta distribution on [0, 1].</summary>
    /// <param name="alpha">The first shape parameter. Range: (0, ∞).</param>
    /// <param name="beta">The second shape parameter. Range: (0, ∞).</param>
    /// <returns>The distribution, with mean α / (α + β).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    [Cites("MarsagliaTsang2000Gamma", "sampling")]
    public static Distribution Beta(double alpha, double beta) => DistributionSpecs.Beta.Create(alpha, beta);

    /// <summary>The beta distribution with the given mean and standard deviation (method of moments).</summary>
    /// <param name="mean">The mean. Range: (0, 1).</param>
    /// <param name="stdDev">The standard deviation. Range: (0, √(mean (1 − mean))).</param>
    /// <returns>The distribution, with α = mean·k and β = (1 − mean)·k where k = mean (1 − mean) / stdDev² − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is not in (0, 1) or <paramref name="stdDev"/> is not positive.</exception>
    /// <exception cref="ArgumentException">No beta distribution has this mean and standard deviation.</exception>
    public static Distribution BetaFromMeanAndStdDev(double mean, double stdDev)
    {
        var (alpha, beta) = BetaShapeFromMoments(mean, stdDev);
        return new BetaDistribution(alpha, beta);
    }

    /// <summary>The Bernoulli distribution: 1 with probability <paramref name="p"/>, else 0.</summary>
    /// <param name="p">The probability of 1. Range: [0, 1].</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1].</exception>
    public static Distribution Bernoulli(double p) => DistributionSpecs.Bernoulli.Create(p);

    /// <summary>Student's t distribution in location-scale form: location + scale · T with T Student's t with ν degrees of freedom.</summary>
    /// <param name="location">The centre; the mean when ν &gt; 1. Range: finite.</param>
    /// <param name="scale">The scale. Range: (0, ∞).</param>
    /// <param name="degreesOfFreedom">ν. Range: (0, ∞); ν → ∞ approaches normal(location, scale).</param>
    /// <returns>The distribution, with mean location (ν &gt; 1, else NaN) and variance scale² ν / (ν − 2) (ν &gt; 2; +∞ for 1 &lt; ν ≤ 2, else NaN).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range, NaN or ±∞.</exception>
    [Cites("Student1908")]
    public static Distribution StudentT(double location, double scale, double degreesOfFreedom)
        => DistributionSpecs.StudentT.Create(location, scale, degreesOfFreedom);

    /// <summary>The log-uniform (reciprocal) distribution on [min, max]: ln X is uniform on [ln min, ln max].</summary>
    /// <param name="min">The lower end. Range: (0, ∞).</param>
    /// <param name="max">The upper end. Range: (min, ∞).</param>
    /// <returns>The distribution, with mean (max − min) / ln(max / min).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is ≤ 0, NaN or ±∞.</exception>
    /// <exception cref="ArgumentException"><paramref name="max"/> ≤ <paramref name="min"/>.</exception>
    public static Distribution LogUniform(double min, double max) => DistributionSpecs.LogUniform.Create(min, max);

    /// <summary>A discrete distribution: value i with probability weights[i] / Σ weights.</summary>
    /// <param name="values">The values. Range: finite numbers; at least one.</param>
    /// <param name="weights">Their weights, one per value. Range: [0, ∞), with a positive sum.</param>
    /// <returns>The distribution (the lists are copied).</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or weight is outside its range.</exception>
    /// <exception cref="ArgumentException">The lists are empty, differ in length, or the weights sum to 0.</exception>
    public static Distribution Discrete(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        Guard.NotNull(values);
        Guard.NotNull(weights);
        if (values.Count == 0)
        {
            throw Guard.Invalid(nameof(values), "at least one value", "none");
        }

        for (var i = 0; i < values.Count; i++)
        {
            Guard.Finite(values[i], $"{nameof(values)}[{i}]");
        }

        var normalized = NormalizeWeights(weights, values.Count, nameof(values));
        return new DiscreteDistribution([.. values], normalized);
    }

    /// <summary>A mixture: with probability weights[i] / Σ weights the value is drawn from components[i].</summary>
    /// <param name="components">The component distributions; at least one.</param>
    /// <param name="weights">Their weights, one per component. Range: [0, ∞), with a positive sum; they are normalized.</param>
    /// <returns>The distribution (the lists are copied).</returns>
    /// <exception cref="ArgumentNullException">A list or a component is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or ±∞.</exception>
    /// <exception cref="ArgumentException">The lists are empty, differ in length, or the weights sum to 0.</exception>
    public static Distribution Mixture(IReadOnlyList<Distribution> components, IReadOnlyList<double> weights)
    {
        Guard.NotNull(components);
        Guard.NotNull(weights);
        if (components.Count == 0)
        {
            throw Guard.Invalid(nameof(components), "at least one component", "none");
        }

        for (var i = 0; i < components.Count; i++)
        {
            Guard.NotNull(components[i], $"{nameof(components)}[{i}]");
        }

        var normalized = NormalizeWeights(weights, components.Count, nameof(components));
        return new MixtureDistribution([.. components], normalized);
    }

    /// <summary>Draws into <paramref name="destination"/> from <paramref name="source"/>; <paramref name="scratch"/> holds at least <see cref="ScratchFactor"/> times as many values.</summary>
    internal abstract void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource;

    /// <summary>The quantile for a p already checked to be in [0, 1].</summary>
    private protected abstract double QuantileCore(double p);

    /// <summary>
    /// The distribution's identity in random-stream keys: a stable family id and the parameter values (bit patterns),
    /// never <see cref="ToString"/> text, so that a change of description cannot change a seeded number.
    /// </summary>
    internal abstract ulong StreamIdentity();

    /// <summary>Builds a <see cref="StreamIdentity"/> from a family id (fixed once released) and the parameters in order.</summary>
    private protected static ulong Identity(string familyId, params ReadOnlySpan<double> parameters)
    {
        var h = StreamKeys.Hash("distribution:" + familyId);
        foreach (var p in parameters)
        {
            h = StreamKeys.Combine(h, p);
        }

        return h;
    }

    /// <summary>The beta shapes with the given mean and standard deviation, validated.</summary>
    internal static (double Alpha, double Beta) BetaShapeFromMoments(double mean, double stdDev)
    {
        var k = BetaConcentration(mean, stdDev);
        return (mean * k, (1 - mean) * k);
    }

    /// <summary>k = α + β = mean (1 − mean) / stdDev² − 1 of the beta distribution with these moments, validated (the one rule for constant and per-sample moments).</summary>
    internal static double BetaConcentration(double mean, double stdDev)
    {
        Guard.InOpenRange(mean, 0, 1);
        Guard.Positive(stdDev);
        var limit = Math.Sqrt(mean * (1 - mean));
        if (!(stdDev < limit))
        {
            throw Guard.Invalid(
                nameof(stdDev),
                $"a standard deviation below sqrt(mean (1 - mean)) = {Guard.Format(limit)} (no beta distribution with mean {Guard.Format(mean)} spreads more)",
                Guard.Format(stdDev));
        }

        return (mean * (1 - mean) / (stdDev * stdDev)) - 1;
    }

    /// <summary>Checks weights (finite, ≥ 0, positive sum, one per item) and returns them divided by their sum.</summary>
    internal static double[] NormalizeWeights(IReadOnlyList<double> weights, int count, string itemsName)
    {
        if (weights.Count != count)
        {
            throw Guard.Invalid(nameof(weights), $"one weight per item of '{itemsName}' ({count})", $"{weights.Count} weights");
        }

        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += Guard.NonNegative(weights[i], $"{nameof(weights)}[{i}]");
        }

        if (!(sum > 0) || !double.IsFinite(sum))
        {
            throw Guard.Invalid(nameof(weights), "weights with a positive finite sum", $"a sum of {Guard.Format(sum)}");
        }

        var normalized = new double[weights.Count];
        for (var i = 0; i < normalized.Length; i++)
        {
            normalized[i] = weights[i] / sum;
        }

        return normalized;
    }

    /// <summary>Formats numbers for descriptions.</summary>
    private protected static string F(double value) => Guard.Format(value);
}
