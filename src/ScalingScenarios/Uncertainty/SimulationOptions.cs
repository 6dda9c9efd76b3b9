namespace ScalingScenarios.Uncertainty;

/// <summary>How a simulation runs: sample count, seed, threads, whether output samples are kept, histogram bins.</summary>
/// <remarks>
/// Immutable and thread-safe; every <c>WithX</c> method returns a new validated instance.
/// A run is a pure function of (model, <see cref="Samples"/>, <see cref="Seed"/>): <see cref="Threads"/>
/// changes only the speed, never a result.
/// </remarks>
public sealed class SimulationOptions
{
    /// <summary>The default number of samples (100 000).</summary>
    public const int DefaultSamples = 100_000;

    /// <summary>The default seed (42).</summary>
    public const long DefaultSeed = 42;

    /// <summary>The default number of histogram bins (40).</summary>
    public const int DefaultHistogramBins = 40;

    /// <summary>The most threads a run may use (256).</summary>
    public const int MaxThreads = 256;

    private SimulationOptions(int samples, long seed, int threads, bool keepSamples, int histogramBins)
    {
        Samples = samples;
        Seed = seed;
        Threads = threads;
        KeepSamples = keepSamples;
        HistogramBins = histogramBins;
    }

    /// <summary>Gets the defaults: 100 000 samples, seed 42, one thread per processor, samples kept, 40 histogram bins.</summary>
    public static SimulationOptions Default { get; } = new(DefaultSamples, DefaultSeed, Math.Clamp(Environment.ProcessorCount, 1, MaxThreads), keepSamples: true, DefaultHistogramBins);

    /// <summary>Gets the number of samples. Range: [1, 2^31 − 1].</summary>
    public int Samples { get; }

    /// <summary>Gets the seed of the run.</summary>
    public long Seed { get; }

    /// <summary>Gets the number of worker threads. Range: [1, 256]. Never changes results.</summary>
    public int Threads { get; }

    /// <summary>
    /// Gets a value indicating whether the outputs' samples are kept. When true, summaries have exact type-7
    /// quantiles, probabilities, a histogram and <see cref="Summary.Samples"/>; when false, memory does not grow
    /// with the sample count and summaries hold only count, mean, standard deviation, min and max.
    /// </summary>
    public bool KeepSamples { get; }

    /// <summary>Gets the number of histogram bins of each summary. Range: [1, 10 000].</summary>
    public int HistogramBins { get; }

    /// <summary>Returns a copy with another sample count.</summary>
    /// <param name="samples">The number of samples. Range: [1, 2^31 − 1].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> is below 1.</exception>
    public SimulationOptions WithSamples(int samples)
        => new(Guard.AtLeast(samples, 1), Seed, Threads, KeepSamples, HistogramBins);

    /// <summary>Returns a copy with another seed.</summary>
    /// <param name="seed">The seed. Range: any 64-bit integer.</param>
    /// <returns>The new options.</returns>
    public SimulationOptions WithSeed(long seed) => new(Samples, seed, Threads, KeepSamples, HistogramBins);

    /// <summary>Returns a copy with another thread count (which changes speed only).</summary>
    /// <param name="threads">The number of worker threads. Range: [1, 256].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is outside [1, 256].</exception>
    public SimulationOptions WithThreads(int threads)
    {
        Guard.AtLeast(threads, 1);
        Guard.AtMost(threads, MaxThreads);

        return new(Samples, Seed, threads, KeepSamples, HistogramBins);
    }

    /// <summary>Returns a copy that keeps (or does not keep) the outputs' samples.</summary>
    /// <param name="keepSamples">Whether to keep the samples of every output.</param>
    /// <returns>The new options.</returns>
    public SimulationOptions WithKeepSamples(bool keepSamples) => new(Samples, Seed, Threads, keepSamples, HistogramBins);

    /// <summary>Returns a copy with another number of histogram bins.</summary>
    /// <param name="histogramBins">The number of bins. Range: [1, 10 000].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="histogramBins"/> is outside [1, 10 000].</exception>
    public SimulationOptions WithHistogramBins(int histogramBins)
    {
        Guard.AtLeast(histogramBins, 1);
        Guard.AtMost(histogramBins, 10_000);

        return new(Samples, Seed, Threads, KeepSamples, histogramBins);
    }

    /// <inheritdoc />
    public override string ToString() => $"samples = {Samples}, seed = {Seed}, threads = {Threads}, keepSamples = {KeepSamples}, histogramBins = {HistogramBins}";
}
