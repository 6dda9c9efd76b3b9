using System.Collections.ObjectModel;
using System.Numerics.Tensors;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// The summary of one simulated quantity: count, mean, standard deviation, min, max and — when its samples
/// were kept — type-7 quantiles, probabilities of exceeding a threshold, a histogram and the samples.
/// </summary>
/// <remarks>
/// Quantiles use type 7 of Hyndman and Fan (1996), the default of R and numpy: with sorted samples
/// x(0..n−1) and h = (n − 1) p, Q(p) = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)). <see cref="P5"/> … <see cref="P95"/>
/// are computed together, for every kept output of the run at once, the first time any of them is read, by radix
/// selection that reads the samples without copying them (about two passes; outputs in parallel), so a run whose
/// percentiles nobody reads does not pay for them; another p is computed on demand the same way, and after 16 distinct ones a sorted copy answers the
/// rest. A quantile equal to zero is +0 even when the order statistics are −0. <see cref="StdDev"/> divides by n (as Squiggle and numpy's default).
/// Thread-safe: lazily computed values are guarded by a lock. Displays itself anywhere: <see cref="ToMarkdown"/>,
/// <see cref="ToHtml"/>, a one-line <see cref="ToString"/>, and rich HTML in .NET Interactive notebooks.
/// </remarks>
[TypeFormatterSource(typeof(DisplayFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class Summary : IRichDisplay
{
    private const int SortAfterQuantiles = 16;

    private readonly double[]? _samples;
    private readonly int _histogramBins;
    private readonly Dictionary<double, double> _quantiles = [];
    private readonly Lock _gate = new();
    private double[]? _sorted;
    private HistogramBin[]? _histogram;
    private string? _boundedReason;
    private QuantileBatch? _batch;

    internal Summary(string name, long count, double mean, double stdDev, double min, double max, double[]? samples, int histogramBins)
    {
        Name = name;
        Count = count;

        // Rounding can put the mean of values that differ only in their last bits an ulp outside [min, max]
        // (0.44444444444444453 above a max of 0.4444444444444445; found by the fuzzer): a mean lies within its values.
        Mean = count > 0 && min <= max ? Math.Clamp(mean, min, max) : mean;
        StdDev = count > 0 ? stdDev : 0;
        Min = min;
        Max = max;
        _samples = samples;
        _histogramBins = histogramBins;
        Samples = samples is null ? ReadOnlyCollection<double>.Empty : Array.AsReadOnly(samples);
    }

    /// <summary>Gets the output's name, or its description when unnamed.</summary>
    public string Name { get; }

    /// <summary>Gets the number of samples.</summary>
    public long Count { get; }

    /// <summary>Gets the sample mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the standard deviation (dividing by n).</summary>
    public double StdDev { get; }

    /// <summary>Gets the variance (dividing by n), the square of <see cref="StdDev"/>.</summary>
    public double Variance => StdDev * StdDev;

    /// <summary>Gets the standard error of the mean, <see cref="StdDev"/> / √n.</summary>
    public double StandardError => Count > 0 ? StdDev / Math.Sqrt(Count) : 0;

    /// <summary>Gets the smallest sample.</summary>
    public double Min { get; }

    /// <summary>Gets the largest sample.</summary>
    public double Max { get; }

    /// <summary>Gets a value indicating whether the samples were kept (needed for quantiles, probabilities and the histogram).</summary>
    public bool HasSamples => _samples is not null;

    /// <summary>Whether <see cref="P5"/> … <see cref="P95"/> and the histogram are available: from kept samples, or from the bounded-memory mode's passes.</summary>
    internal bool HasPercentiles
    {
        get
        {
            lock (_gate)
            {
                return _samples is not null || _boundedReason is not null;
            }
        }
    }

    /// <summary>Gets the samples in sample-index order; empty when they were not kept.</summary>
    public IReadOnlyList<double> Samples { get; }

    /// <summary>Gets the kept samples without a copy (empty when they were not kept), for streaming exports.</summary>
    internal ReadOnlyMemory<double> SampleMemory => _samples;

    /// <summary>Gets the 5th percentile.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P5 => Quantile(0.05);

    /// <summary>Gets the 10th percentile.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P10 => Quantile(0.10);

    /// <summary>Gets the 25th percentile.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P25 => Quantile(0.25);

    /// <summary>Gets the median.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P50 => Quantile(0.50);

    /// <summary>Gets the 75th percentile.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P75 => Quantile(0.75);

    /// <summary>Gets the 90th percentile.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P90 => Quantile(0.90);

    /// <summary>Gets the 95th percentile.</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double P95 => Quantile(0.95);

    /// <summary>Gets a histogram with equal-width bins from <see cref="Min"/> to <see cref="Max"/> (one bin when they are equal).</summary>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public IReadOnlyList<HistogramBin> Histogram
    {
        get
        {
            lock (_gate)
            {
                _histogram ??= BuildHistogram(RequireSamples());
                return Array.AsReadOnly(_histogram);
            }
        }
    }

    /// <summary>The type-7 sample quantile.</summary>
    /// <param name="p">The probability. Range: [0, 1].</param>
    /// <returns>The quantile; p = 0 gives <see cref="Min"/>, p = 1 gives <see cref="Max"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1].</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double Quantile(double p)
    {
        Guard.Probability(p);
        if (_batch is { } batch && Array.IndexOf(StandardProbabilities, p) >= 0)
        {
            batch.Ensure(); // before this summary's lock: the batch takes every member's lock in turn
        }

        lock (_gate)
        {
            if (_quantiles.TryGetValue(p, out var cached))
            {
                return cached;
            }

            var value = ComputeQuantile(RequireSamples(), p);
            _quantiles[p] = value;
            return value;
        }
    }

    /// <summary>The fraction of samples strictly above <paramref name="threshold"/>, an estimate of P(X &gt; t).</summary>
    /// <param name="threshold">The threshold. Range: any number except NaN.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double ProbabilityAbove(double threshold)
    {
        CheckThreshold(threshold);
        var samples = RequireSamples();
        long count = 0;
        foreach (var x in samples)
        {
            if (x > threshold)
            {
                count++;
            }
        }

        return (double)count / samples.Length;
    }

    /// <summary>The fraction of samples strictly below <paramref name="threshold"/>, an estimate of P(X &lt; t).</summary>
    /// <param name="threshold">The threshold. Range: any number except NaN.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public double ProbabilityBelow(double threshold)
    {
        CheckThreshold(threshold);
        var samples = RequireSamples();
        long count = 0;
        foreach (var x in samples)
        {
            if (x < threshold)
            {
                count++;
            }
        }

        return (double)count / samples.Length;
    }

    /// <summary>The summary as a one-row table: mean, standard deviation, 5th, 50th and 95th percentiles, min, max and count (percentiles only when the samples were kept).</summary>
    /// <returns>A table titled with the name; numbers with three significant figures (<see cref="Display.Number"/>).</returns>
    public TextTable ToTable()
    {
        string[] columns = HasPercentiles
            ? ["Output", "Mean", "SD", "5%", "Median", "95%", "Min", "Max", "Samples"]
            : ["Output", "Mean", "SD", "Min", "Max", "Samples"];
        string[] cells = HasPercentiles
            ? [Name, Display.Number(Mean), Display.Number(StdDev), Display.Number(P5), Display.Number(P50), Display.Number(P95), Display.Number(Min), Display.Number(Max), Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)]
            : [Name, Display.Number(Mean), Display.Number(StdDev), Display.Number(Min), Display.Number(Max), Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)];
        return new TextTable(Name, columns, [cells], HasPercentiles ? ["5% and 95%: the middle 90% of the samples lies between them."] : ["The samples were not kept, so there are no percentiles."]);
    }

    /// <summary>The summary's table (<see cref="ToTable"/>) as GitHub-flavoured Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The summary's table (<see cref="ToTable"/>) as an HTML fragment, every text escaped.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => ToTable().ToHtml();

    /// <inheritdoc />
    public override string ToString()
        => HasPercentiles
            ? $"{Name}: mean {Guard.Format(Mean)}, sd {Guard.Format(StdDev)}, p5 {Guard.Format(P5)}, p50 {Guard.Format(P50)}, p95 {Guard.Format(P95)} (n = {Count})"
            : $"{Name}: mean {Guard.Format(Mean)}, sd {Guard.Format(StdDev)}, min {Guard.Format(Min)}, max {Guard.Format(Max)} (n = {Count})";

    /// <summary>The raw sample array (not copied), for the engine's own analyses.</summary>
    internal double[]? RawSamples => _samples;

    private static void CheckThreshold(double threshold, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(threshold))] string? paramName = null)
    {
        if (double.IsNaN(threshold))
        {
            throw Guard.OutOfRange(paramName, threshold, "a number (not NaN)");
        }
    }

    private double[] RequireSamples()
        => _samples ?? throw new InvalidOperationException(_boundedReason is not null
            ? $"The samples of '{Name}' were not kept: {_boundedReason} That mode gives p5, p10, p25, p50, p75, p90, p95 and the histogram; for other quantiles or probabilities raise the budget (SimulationOptions.WithMaxMemory) or run fewer samples."
            : $"The samples of '{Name}' were not kept; run with SimulationOptions.WithKeepSamples(true) to get quantiles, probabilities and a histogram.");

    /// <summary>
    /// A copy with another mean and standard deviation (from a statistic folded in sample order) and everything else of
    /// this summary: count, min, max, kept samples, quantiles and histogram found so far, and the bounded-mode reason.
    /// </summary>
    internal Summary WithMoments(double mean, double stdDev)
    {
        _batch?.Ensure(); // the copy takes the percentiles with it
        var copy = new Summary(Name, Count, mean, stdDev, Min, Max, _samples, _histogramBins);
        lock (_gate)
        {
            foreach (var (p, q) in _quantiles)
            {
                copy._quantiles[p] = q;
            }

            copy._histogram = _histogram;
            copy._boundedReason = _boundedReason;
        }

        return copy;
    }

    /// <summary>Gives a summary of the bounded-memory mode its quantiles and histogram, found by extra passes.</summary>
    internal void AttachBounded(double[] probabilities, double[] values, HistogramBin[] histogram, string reason)
    {
        lock (_gate)
        {
            for (var i = 0; i < probabilities.Length; i++)
            {
                _quantiles[probabilities[i]] = values[i];
            }

            _histogram = histogram;
            _boundedReason = reason;
        }
    }

    /// <summary>The probabilities of <see cref="P5"/> … <see cref="P95"/>, computed together after a run.</summary>
    internal static readonly double[] StandardProbabilities = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

    /// <summary>
    /// The most values a selection pass over kept samples gathers from one bin (and sorts) before it counts the bin's
    /// values into finer bins in another pass instead: a pass reads a million samples in about a millisecond, about
    /// what sorting 32 768 keys takes, and the seven percentiles may need up to fourteen bins, so a bin of more than
    /// 4 096 is cheaper to refine than to sort (measured: the interview's crowded outputs, 76 ms → 12–25 ms).
    /// </summary>
    private const long GatherLimit = 1 << 12;

    /// <summary>
    /// Defers the type-7 quantiles <see cref="StandardProbabilities"/> of every summary that kept its samples until the
    /// first of them is read (<see cref="QuantileBatch"/>); then one selection computes them all, outputs in parallel
    /// on up to <paramref name="threads"/> threads, without a copy.
    /// </summary>
    internal static void DeferStandardQuantiles(IReadOnlyList<Summary> summaries, int threads)
    {
        var kept = summaries.Where(s => s._samples is { Length: > 0 }).Distinct().ToArray();
        if (kept.Length == 0)
        {
            return;
        }

        var batch = new QuantileBatch(kept, threads);
        foreach (var summary in kept)
        {
            summary._batch = batch;
        }
    }

    /// <summary>
    /// The standard percentiles of the kept outputs of one run, computed together on first use: every member gets its
    /// values under its own lock, once. Reading a member's percentile before or after makes no difference to the values.
    /// </summary>
    private sealed class QuantileBatch(Summary[] members, int threads)
    {
        private readonly Lock _gate = new();
        private volatile bool _done;

        internal void Ensure()
        {
            if (_done)
            {
                return;
            }

            lock (_gate)
            {
                if (_done)
                {
                    return;
                }

                // Outputs that share a slot (the same node twice, or nodes a joint run computes once) share their samples:
                // one selection per array.
                var probabilities = StandardProbabilities;
                Summary[] arrays = [.. members.DistinctBy(s => (object)s._samples!, ReferenceEqualityComparer.Instance)];
                var values = Quantiles([.. arrays.Select(s => s._samples!)], [.. arrays.Select(s => s.Min)], [.. arrays.Select(s => s.Max)], probabilities, threads);
                foreach (var summary in members)
                {
                    var found = values[Array.FindIndex(arrays, a => ReferenceEquals(a._samples, summary._samples))];
                    lock (summary._gate)
                    {
                        for (var i = 0; i < probabilities.Length; i++)
                        {
                            summary._quantiles[probabilities[i]] = found[i];
                        }
                    }
                }

                _done = true;
            }
        }
    }

    /// <summary>
    /// The type-7 quantiles <paramref name="probabilities"/> of each sample array (whose smallest and largest values are
    /// <paramref name="min"/> and <paramref name="max"/>), by radix selection over all arrays at once, arrays in parallel.
    /// </summary>
    internal static double[][] Quantiles(double[][] samples, double[] min, double[] max, double[] probabilities, int threads)
    {
        var ranks = new long[samples.Length][];
        for (var o = 0; o < samples.Length; o++)
        {
            ranks[o] = [.. probabilities.SelectMany(p => Ranks(samples[o].Length, p)).Distinct().Order()];
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        var values = RankSelection.Select(
            [.. samples.Select(s => (long)s.Length)],
            min,
            max,
            ranks,
            pass => Parallel.For(0, samples.Length, parallel, o =>
            {
                if (pass.Needs(o))
                {
                    pass.Visit(o, samples[o]);
                }
            }),
            GatherLimit);
        var result = new double[samples.Length][];
        for (var o = 0; o < samples.Length; o++)
        {
            var n = samples[o].Length;
            var found = values[o];
            var ranksOf = ranks[o];
            result[o] = [.. probabilities.Select(p => Interpolate(n, p, k => found[Array.IndexOf(ranksOf, k)]))];
        }

        return result;
    }

    /// <summary>The ranks (0-based positions in sorted order) whose values make the type-7 quantile p of n samples.</summary>
    internal static IEnumerable<long> Ranks(int n, double p)
    {
        var h = (n - 1) * p;
        var lower = (int)Math.Floor(h);
        yield return lower;
        if (h - lower > 0 && lower + 1 < n)
        {
            yield return lower + 1;
        }
    }

    /// <summary>Type 7: x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)), h = (n − 1) p, reading order statistics through <paramref name="orderStatistic"/>.</summary>
    internal static double Interpolate(int n, double p, Func<long, double> orderStatistic)
    {
        var h = (n - 1) * p;
        var lower = (int)Math.Floor(h);
        var fraction = h - lower;
        var a = orderStatistic(lower);
        var b = lower + 1 < n && fraction > 0 ? orderStatistic(lower + 1) : a;
        return fraction > 0 ? a + (fraction * (b - a)) : a;
    }

    private double ComputeQuantile(double[] samples, double p)
    {
        var n = samples.Length;
        if (_sorted is null && _quantiles.Count >= SortAfterQuantiles)
        {
            // Many distinct quantiles were asked for: one sorted copy answers the rest at once.
            _sorted = (double[])samples.Clone();
            Array.Sort(_sorted);
        }

        if (_sorted is not null)
        {
            var sorted = _sorted;
            return Interpolate(n, p, k => sorted[k] + 0.0); // + 0.0: −0 reads as +0, as in the selection
        }

        var ranks = Ranks(n, p).ToArray();
        // The range from the samples themselves: summaries built for internal analyses may carry no moments.
        var values = RankSelection.Select([n], [TensorPrimitives.Min<double>(samples)], [TensorPrimitives.Max<double>(samples)], [ranks], pass => pass.Visit(0, samples), GatherLimit)[0];
        return Interpolate(n, p, k => values[Array.IndexOf(ranks, k)]);
    }

    private HistogramBin[] BuildHistogram(double[] samples)
    {
        var bins = Max > Min ? _histogramBins : 1;
        var counts = new long[bins];
        var width = (Max - Min) / bins;
        foreach (var x in samples)
        {
            counts[bins == 1 ? 0 : HistogramCounter.BinOf(x, Min, width, bins)]++;
        }

        return HistogramCounter.Bins(counts, Min, Max);
    }
}
