namespace ScalingScenarios.Uncertainty;

/// <summary>
/// The bounded-memory mode's extra passes: quantiles and histograms of outputs whose samples were not kept, found by
/// re-simulating the run (a pure function of graph, seed and chunk, so every pass sees the same samples) and
/// feeding each chunk to <see cref="RankSelection"/> and to histogram counters, instead of keeping the samples.
/// </summary>
/// <remarks>
/// Memory: the workers' chunk buffers, 65 536 counters per output and rank bin being refined, and the values of the few
/// bins holding the requested ranks (at most a budget-derived number per bin; a fuller bin is refined by one more pass).
/// None of it grows with the sample count. Usually two re-simulations: one that counts, one that gathers.
/// </remarks>
internal static class BoundedPasses
{
    /// <summary>Values a gathering pass may keep per bin, whatever the budget (so each pass stays small).</summary>
    private const long MinGather = 1 << 16;

    private const long MaxGather = 1 << 24;

    /// <summary>
    /// Computes the standard quantiles and the histogram of <paramref name="summaries"/> (one per distinct root slot in
    /// <paramref name="slots"/>) by re-simulating <paramref name="model"/>; returns the number of passes made.
    /// <paramref name="alsoFirstPass"/>, when given, also sees every chunk of the first pass (when there is one).
    /// </summary>
    internal static int Complete(CompiledModel model, SimulationOptions options, int[] slots, Summary[] summaries, string reason, IProgress<double>? progress, CancellationToken cancellationToken, ChunkConsumer? alsoFirstPass = null)
    {
        var distinctRoots = model.RootSlots.Distinct().ToArray();
        var outputOfRoot = distinctRoots.Select(slot => Array.IndexOf(slots, slot)).ToArray();
        var probabilities = Summary.StandardProbabilities;
        var n = options.Samples;
        var ranks = slots.Select(_ => probabilities.SelectMany(p => Summary.Ranks(n, p)).Distinct().Order().ToArray()).ToArray();
        var perBin = Math.Clamp(options.MaxMemoryBytes / sizeof(double) / Math.Max(1, slots.Length * ranks[0].Length), MinGather, MaxGather);
        var histograms = summaries.Select(s => new HistogramCounter(s.Min, s.Max, options.HistogramBins)).ToArray();
        var none = new bool[model.Count];
        var passes = 0;
        var values = RankSelection.Select(
            [.. slots.Select(_ => (long)n)],
            [.. summaries.Select(s => s.Min)],
            [.. summaries.Select(s => s.Max)],
            ranks,
            pass =>
            {
                var consumer = new PassConsumer(pass, outputOfRoot, passes == 0 ? histograms : null, passes == 0 ? alsoFirstPass : null);
                var report = progress is null ? null : new Progress(progress, passes);
                SimulationEngine.Run(model, n, options.Seed, options.Threads, none, report, cancellationToken, consumer: consumer);
                passes++;
            },
            perBin);
        if (passes == 0)
        {
            // Every output was constant: no pass was needed for the quantiles, but the histogram needs its one count.
            foreach (var h in histograms)
            {
                h.AddConstant(n);
            }
        }

        for (var o = 0; o < slots.Length; o++)
        {
            var found = values[o];
            var ranksOf = ranks[o];
            summaries[o].AttachBounded(probabilities, [.. probabilities.Select(p => Summary.Interpolate(n, p, k => found[Array.IndexOf(ranksOf, k)]))], histograms[o].Bins(), reason);
        }

        return passes;
    }

    /// <summary>Feeds re-simulated chunks to one selection pass (and, in the first pass, to the histogram counters and to <paramref name="also"/>).</summary>
    private sealed class PassConsumer(RankSelection.Pass pass, int[] outputOfRoot, HistogramCounter[]? histograms, ChunkConsumer? also) : ChunkConsumer
    {
        internal override bool WaitForRoom(long chunk, CancellationToken cancellationToken) => also?.WaitForRoom(chunk, cancellationToken) ?? true;

        internal override void Fail(long chunk) => also?.Fail(chunk);

        internal override void ThrowIfFailed() => also?.ThrowIfFailed();

        internal override void Consume(long chunk, long start, int length, double[][] roots, double[]?[] kept)
        {
            also?.Consume(chunk, start, length, roots, kept);
            for (var r = 0; r < roots.Length; r++)
            {
                var o = outputOfRoot[r];
                if (o < 0)
                {
                    continue;
                }

                var values = roots[r].AsSpan(0, length);
                if (pass.Needs(o))
                {
                    pass.Visit(o, values);
                }

                histograms?[o].Add(values);
            }
        }
    }

    /// <summary>Reports a pass's progress as the second half of what remains (the main run reported up to 1/2).</summary>
    private sealed class Progress(IProgress<double> inner, int pass) : IProgress<double>
    {
        public void Report(double value)
        {
            var from = 1 - Math.Pow(0.5, pass + 1);
            inner.Report(from + ((1 - from) * 0.5 * value));
        }
    }
}
