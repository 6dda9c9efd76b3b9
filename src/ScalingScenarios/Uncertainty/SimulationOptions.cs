using System.Globalization;
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

    /// <summary>The smallest memory budget accepted (1 MiB).</summary>
    public const long MinMaxMemoryBytes = 1 << 20;

    private SimulationOptions(int samples, long seed, int threads, bool keepSamples, int histogramBins, long maxMemoryBytes)
    {
        Samples = samples;
        Seed = seed;
        Threads = threads;
        KeepSamples = keepSamples;
        HistogramBins = histogramBins;
        MaxMemoryBytes = maxMemoryBytes;
    }

    /// <summary>
    /// Gets the defaults: 100 000 samples, seed 42, one thread per processor, samples kept, 40 histogram bins, and a memory
    /// budget for kept samples of a quarter of the memory available to the process (at least 64 MiB).
    /// </summary>
    public static SimulationOptions Default { get; } = new(DefaultSamples, DefaultSeed, Math.Clamp(Environment.ProcessorCount, 1, MaxThreads), keepSamples: true, DefaultHistogramBins, DefaultMaxMemoryBytes());

    /// <summary>Gets the number of samples. Range: [1, 2^31 − 1].</summary>
    public int Samples { get; }

    /// <summary>Gets the seed of the run.</summary>
    public long Seed { get; }

    /// <summary>Gets the number of worker threads. Range: [1, 256]. Never changes results.</summary>
    public int Threads { get; }

    /// <summary>
    /// Gets a value indicating whether the outputs' samples are kept. When true, summaries have exact type-7
    /// quantiles, probabilities, a histogram and <see cref="Summary.Samples"/> (or, beyond <see cref="MaxMemoryBytes"/>,
    /// the same p5 … p95 and histogram from the bounded-memory mode); when false, memory does not grow
    /// with the sample count and summaries hold only count, mean, standard deviation, min and max.
    /// </summary>
    public bool KeepSamples { get; }

    /// <summary>Gets the number of histogram bins of each summary. Range: [1, 10 000].</summary>
    public int HistogramBins { get; }

    /// <summary>
    /// Gets the memory budget, in bytes, for kept samples (8 bytes per sample per kept output). When keeping them would
    /// need more, or more than an array can hold (2^31 − 57 samples), the run uses the bounded-memory mode: it keeps no
    /// samples and finds the exact p5 … p95 and the histogram in extra passes that re-simulate the same samples, so its
    /// memory does not grow with the sample count (<see cref="SimulationResult.BoundedMemory"/> says so). The budget
    /// never changes a number, only whether <see cref="Summary.Samples"/>, other quantiles and probabilities are
    /// available. Range: [1 MiB, 2^63 − 1].
    /// </summary>
    public long MaxMemoryBytes { get; }

    /// <summary>Returns a copy with another sample count.</summary>
    /// <param name="samples">The number of samples. Range: [1, 2^31 − 1].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> is below 1.</exception>
    public SimulationOptions WithSamples(int samples)
        => new(Guard.AtLeast(samples, 1), Seed, Threads, KeepSamples, HistogramBins, MaxMemoryBytes);

    /// <summary>Returns a copy with another seed.</summary>
    /// <param name="seed">The seed. Range: any 64-bit integer.</param>
    /// <returns>The new options.</returns>
    public SimulationOptions WithSeed(long seed) => new(Samples, seed, Threads, KeepSamples, HistogramBins, MaxMemoryBytes);

    /// <summary>Returns a copy with another thread count (which changes speed only).</summary>
    /// <param name="threads">The number of worker threads. Range: [1, 256].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is outside [1, 256].</exception>
    public SimulationOptions WithThreads(int threads)
    {
        Guard.AtLeast(threads, 1);
        Guard.AtMost(threads, MaxThreads);

        return new(Samples, Seed, threads, KeepSamples, HistogramBins, MaxMemoryBytes);
    }

    /// <summary>Returns a copy that keeps (or does not keep) the outputs' samples.</summary>
    /// <param name="keepSamples">Whether to keep the samples of every output.</param>
    /// <returns>The new options.</returns>
    public SimulationOptions WithKeepSamples(bool keepSamples) => new(Samples, Seed, Threads, keepSamples, HistogramBins, MaxMemoryBytes);

    /// <summary>Returns a copy with another number of histogram bins.</summary>
    /// <param name="histogramBins">The number of bins. Range: [1, 10 000].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="histogramBins"/> is outside [1, 10 000].</exception>
    public SimulationOptions WithHistogramBins(int histogramBins)
    {
        Guard.AtLeast(histogramBins, 1);
        Guard.AtMost(histogramBins, 10_000);

        return new(Samples, Seed, Threads, KeepSamples, histogramBins, MaxMemoryBytes);
    }

    /// <summary>Returns a copy with another memory budget for kept samples (which never changes a number).</summary>
    /// <param name="maxMemoryBytes">The budget in bytes. Range: [1 MiB, 2^63 − 1].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMemoryBytes"/> is below 1 MiB (1 048 576).</exception>
    public SimulationOptions WithMaxMemory(long maxMemoryBytes)
    {
        if (maxMemoryBytes < MinMaxMemoryBytes)
        {
            throw new ParameterViolation(nameof(maxMemoryBytes), $"a memory budget of at least {MinMaxMemoryBytes} bytes (1 MiB)", maxMemoryBytes.ToString(CultureInfo.InvariantCulture)).ToException();
        }

        return new(Samples, Seed, Threads, KeepSamples, HistogramBins, maxMemoryBytes);
    }

    /// <inheritdoc />
    public override string ToString() => $"samples = {Samples}, seed = {Seed}, threads = {Threads}, keepSamples = {KeepSamples}, histogramBins = {HistogramBins}, maxMemoryBytes = {MaxMemoryBytes}";

    /// <summary>A quarter of the memory the GC may use (the machine's RAM, or a container's limit), at least 64 MiB.</summary>
    private static long DefaultMaxMemoryBytes() => Math.Max(64L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);
}
