namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Sensitivity analysis of one output: for each random leaf, its Spearman rank correlation with the output and a
/// tornado swing (the output's mean with the leaf held at its 10th and at its 90th percentile, the rest sampled).
/// </summary>
/// <remarks>
/// The held runs use the same seed as the baseline, so every other leaf sees exactly the same samples (common random
/// numbers): the swing reflects the leaf, not sampling noise. Cost: one baseline run plus two runs per leaf.
/// Thread-safe: analyses share no state.
/// </remarks>
public static class Sensitivity
{
    /// <summary>The percentile a leaf is held at for the low end of the tornado.</summary>
    public const double LowPercentile = 0.10;

    /// <summary>The percentile a leaf is held at for the high end of the tornado.</summary>
    public const double HighPercentile = 0.90;

    /// <summary>Analyzes how each random leaf drives <paramref name="output"/>.</summary>
    /// <param name="output">The output.</param>
    /// <param name="options">Samples, seed and threads of every run.</param>
    /// <returns>The ranked entries (empty when the output depends on no random leaf).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Keeping the samples of every random input and of the output (8 bytes each per sample, plus the ranks) would exceed <see cref="SimulationOptions.MaxMemoryBytes"/>; the message says how much is needed (parameter "maxMemoryBytes").</exception>
    /// <exception cref="SimulationException">A run failed (see <see cref="Simulation.Run(SimulationOptions, Uncertain[])"/>).</exception>
    public static SensitivityResult Analyze(Uncertain output, SimulationOptions options)
        => Analyze(output, options, CancellationToken.None);

    /// <summary>Analyzes how each random leaf drives <paramref name="output"/>, honouring cancellation.</summary>
    /// <param name="output">The output.</param>
    /// <param name="options">Samples, seed and threads of every run.</param>
    /// <param name="cancellationToken">Stops the analysis between chunks.</param>
    /// <returns>The ranked entries (empty when the output depends on no random leaf).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Keeping the samples of every random input and of the output (8 bytes each per sample, plus the ranks) would exceed <see cref="SimulationOptions.MaxMemoryBytes"/>; the message says how much is needed (parameter "maxMemoryBytes").</exception>
    /// <exception cref="SimulationException">A run failed (see <see cref="Simulation.Run(SimulationOptions, Uncertain[])"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SensitivityResult Analyze(Uncertain output, SimulationOptions options, CancellationToken cancellationToken)
    {
        Uncertain.Operand(output);
        Guard.NotNull(options);
        var model = CompiledModel.Compile([output]);
        var outputSlot = model.RootSlots[0];
        var leafSlots = Enumerable.Range(0, model.Count).Where(s => model.Nodes[s].Kind.IsRandom()).ToArray();
        // Ranks need every leaf's and the output's samples at once (and, while one leaf is ranked, a sorted copy, its order
        // and its ranks beside the output's ranks): say so instead of running out of memory.
        var needed = (((long)leafSlots.Length + 1) * sizeof(double) * options.Samples) + ((sizeof(double) + sizeof(double) + sizeof(int) + sizeof(double)) * (long)options.Samples);
        if (needed > options.MaxMemoryBytes || options.Samples > Array.MaxLength)
        {
            throw new ParameterViolation(
                "maxMemoryBytes", // the parameter of SimulationOptions.WithMaxMemory, the budget to raise
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a memory budget of at least {Simulation.Bytes(needed)} for sensitivity, which keeps and ranks the samples of every random input and of the output ({options.Samples:N0} samples of {leafSlots.Length} inputs and the output; it has no bounded-memory mode), or fewer samples"),
                Simulation.Bytes(options.MaxMemoryBytes)).ToException();
        }

        var kept = new bool[model.Count];
        kept[outputSlot] = true;
        foreach (var s in leafSlots)
        {
            kept[s] = true;
        }

        var baseline = SimulationEngine.Run(model, options.Samples, options.Seed, options.Threads, kept, null, cancellationToken);
        var outputSummary = Simulation.MakeSummary(baseline, outputSlot, options.HistogramBins);
        var outputRanks = Ranks(baseline.Kept[outputSlot]!);
        var entries = new List<SensitivityEntry>();
        var none = new bool[model.Count];
        foreach (var s in leafSlots)
        {
            var leaf = model.Nodes[s];
            var samples = baseline.Kept[s]!;
            double low, high;
            if (leaf.DistributionValue is { } d)
            {
                low = d.Quantile(LowPercentile);
                high = d.Quantile(HighPercentile);
            }
            else
            {
                var leafSummary = Simulation.MakeSummary(baseline, s, options.HistogramBins);
                low = leafSummary.Quantile(LowPercentile);
                high = leafSummary.Quantile(HighPercentile);
            }

            var meanAtLow = HeldMean(output, leaf, low, options, none, cancellationToken);
            var meanAtHigh = HeldMean(output, leaf, high, options, none, cancellationToken);
            var rho = Pearson(Ranks(samples), outputRanks);
            entries.Add(new SensitivityEntry(leaf.ToString(), rho, low, high, meanAtLow, meanAtHigh));
        }

        var ranked = entries
            .OrderByDescending(e => Math.Abs(e.Swing))
            .ThenByDescending(e => Math.Abs(e.RankCorrelation))
            .ToArray();
        return new SensitivityResult(outputSummary, ranked);
    }

    /// <summary>Ranks 1..n with ties given their average rank (so Spearman's correlation is Pearson's on ranks).</summary>
    internal static double[] Ranks(double[] values)
    {
        var n = values.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = (double[])values.Clone();
        Array.Sort(keys, order);
        var ranks = new double[n];
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && keys[end + 1] == keys[start])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>Pearson's correlation; 0 when either series is constant.</summary>
    internal static double Pearson(double[] x, double[] y)
    {
        var n = x.Length;
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx > 0 && syy > 0 ? Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1) : 0;
    }

    private static double HeldMean(Uncertain output, Uncertain leaf, double value, SimulationOptions options, bool[] keepNothing, CancellationToken cancellationToken)
    {
        var held = new Dictionary<Uncertain, double>(ReferenceEqualityComparer.Instance) { [leaf] = value };
        var model = CompiledModel.Compile([output], held);
        var keep = keepNothing.Length == model.Count ? keepNothing : new bool[model.Count];
        var run = SimulationEngine.Run(model, options.Samples, options.Seed, options.Threads, keep, null, cancellationToken);
        return run.Moments[model.RootSlots[0]].Mean;
    }
}
