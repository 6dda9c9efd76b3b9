using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Runs model graphs: evaluates the requested outputs for N samples with a seed, in chunks of 4096 samples,
/// vectorized and in parallel, and summarizes each output.
/// </summary>
/// <remarks>
/// A run is a pure function of (graph, sample count, seed): each random leaf's stream for each chunk is derived
/// from (seed, leaf identity, chunk index), and per-chunk results are merged in chunk order, so any thread count
/// gives bit-identical summaries on a given machine. Thread-safe: runs share no state.
/// </remarks>
public static class Simulation
{
    /// <summary>Runs the model for the given outputs.</summary>
    /// <param name="options">Samples, seed, threads, kept samples, histogram bins.</param>
    /// <param name="outputs">The outputs to summarize; at least one.</param>
    /// <returns>One summary per output, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="outputs"/> or an output is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty.</exception>
    /// <exception cref="SimulationException">The model produced NaN or ±∞ reaching an output, an uncertain parameter was invalid, or a mapped function threw.</exception>
    public static SimulationResult Run(SimulationOptions options, params Uncertain[] outputs)
        => Run(options, (IReadOnlyList<Uncertain>)outputs, null, CancellationToken.None);

    /// <summary>Runs the model for the given outputs, reporting progress and honouring cancellation.</summary>
    /// <param name="options">Samples, seed, threads, kept samples, histogram bins.</param>
    /// <param name="outputs">The outputs to summarize; at least one.</param>
    /// <param name="progress">Receives the completed fraction in [0, 1] (about every 1%), from worker threads; may be null.</param>
    /// <param name="cancellationToken">Stops the run between chunks.</param>
    /// <returns>One summary per output, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="outputs"/> or an output is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty.</exception>
    /// <exception cref="SimulationException">The model produced NaN or ±∞ reaching an output, an uncertain parameter was invalid, or a mapped function threw.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [Cites("BlackmanVigna2021", "xoshiro256**")]
    [Cites("MarsagliaTsang2000Ziggurat")]
    [Cites("MarsagliaTsang2000Gamma")]
    [Cites("HyndmanFan1996", "definition 7")]
    public static SimulationResult Run(SimulationOptions options, IReadOnlyList<Uncertain> outputs, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(options);
        var roots = CheckOutputs(outputs);
        return RunCore(options, roots, options.KeepSamples ? roots : [], progress, cancellationToken);
    }

    /// <summary>
    /// Runs the model for the given outputs, keeping samples only for <paramref name="keepSamplesOf"/> (whatever
    /// <see cref="SimulationOptions.KeepSamples"/> says): the other outputs get count, mean, standard deviation, min and
    /// max, and memory grows with the sample count only for the kept ones.
    /// </summary>
    /// <param name="options">Samples, seed, threads, histogram bins.</param>
    /// <param name="outputs">The outputs to summarize; at least one.</param>
    /// <param name="keepSamplesOf">The outputs whose samples to keep (quantiles, probabilities, histogram); each must be in <paramref name="outputs"/>.</param>
    /// <param name="progress">Receives the completed fraction in [0, 1] (about every 1%), from worker threads; may be null.</param>
    /// <param name="cancellationToken">Stops the run between chunks.</param>
    /// <returns>One summary per output, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument, an output or a kept node is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty, or a kept node is not an output.</exception>
    /// <exception cref="SimulationException">The model produced NaN or ±∞ reaching an output, an uncertain parameter was invalid, or a mapped function threw.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SimulationResult Run(SimulationOptions options, IReadOnlyList<Uncertain> outputs, IReadOnlyList<Uncertain> keepSamplesOf, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(options);
        var roots = CheckOutputs(outputs);
        Guard.NotNull(keepSamplesOf);
        for (var i = 0; i < keepSamplesOf.Count; i++)
        {
            var node = Guard.NotNull(keepSamplesOf[i], $"{nameof(keepSamplesOf)}[{i}]");
            if (Array.IndexOf(roots, node) < 0)
            {
                throw Guard.Invalid($"{nameof(keepSamplesOf)}[{i}]", "a node to keep that is one of the outputs", $"'{node}', which is not");
            }
        }

        return RunCore(options, roots, keepSamplesOf, progress, cancellationToken);
    }

    /// <summary>
    /// Runs the model and hands every output's samples to <paramref name="onChunk"/> chunk by chunk, in chunk order
    /// (samples 0–4095, then 4096–8191, …), without keeping them: memory stays a few chunks per output whatever the
    /// sample count, so samples can be written to a file or folded into a custom statistic as they are produced.
    /// </summary>
    /// <remarks>
    /// The samples are the same as those of <see cref="Run(SimulationOptions, IReadOnlyList{Uncertain}, IProgress{double}, CancellationToken)"/>
    /// with the same options, for any thread count. <paramref name="onChunk"/> is called on a worker thread, never
    /// concurrently with itself; the spans of a <see cref="SampleChunk"/> are valid only until it returns. Workers compute up
    /// to two chunks per thread ahead and wait while it is busy. If <paramref name="onChunk"/> throws, the run stops and the
    /// exception propagates unchanged. If the model fails at some sample, the chunks before the failing one are delivered
    /// and then the <see cref="SimulationException"/> is thrown. The returned summaries follow <see cref="SimulationOptions.KeepSamples"/>:
    /// pass <c>WithKeepSamples(false)</c> to keep nothing.
    /// </remarks>
    /// <param name="options">Samples, seed, threads, kept samples, histogram bins.</param>
    /// <param name="outputs">The outputs to stream and summarize; at least one. <see cref="SampleChunk.Output"/>(i) is <paramref name="outputs"/>[i].</param>
    /// <param name="onChunk">Receives each chunk, in order.</param>
    /// <param name="progress">Receives the completed fraction in [0, 1] (about every 1%), from worker threads; may be null.</param>
    /// <param name="cancellationToken">Stops the run between chunks.</param>
    /// <returns>One summary per output, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="outputs"/>, an output or <paramref name="onChunk"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty.</exception>
    /// <exception cref="SimulationException">The model produced NaN or ±∞ reaching an output, an uncertain parameter was invalid, or a mapped function threw.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SimulationResult Stream(SimulationOptions options, IReadOnlyList<Uncertain> outputs, Action<SampleChunk> onChunk, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(options);
        var roots = CheckOutputs(outputs);
        Guard.NotNull(onChunk);
        return RunCore(options, roots, options.KeepSamples ? roots : [], progress, cancellationToken, onChunk);
    }

    /// <summary>
    /// <see cref="Stream"/> keeping samples only for <paramref name="keepSamplesOf"/> (each one of the outputs), whatever
    /// <see cref="SimulationOptions.KeepSamples"/> says: the scenario export streams inputs it does not keep.
    /// </summary>
    internal static SimulationResult StreamKeeping(SimulationOptions options, IReadOnlyList<Uncertain> outputs, IReadOnlyList<Uncertain> keepSamplesOf, Action<SampleChunk> onChunk, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(options);
        var roots = CheckOutputs(outputs);
        Guard.NotNull(onChunk);
        return RunCore(options, roots, keepSamplesOf, progress, cancellationToken, onChunk);
    }

    /// <summary>
    /// Runs several graphs on the same chunks, each compiled on its own so that it draws exactly the numbers it draws alone
    /// (<see cref="CompiledModel.Join"/>), with <paramref name="derived"/> outputs computed per chunk from their roots; the
    /// outputs are every graph's roots in order, then the derived nodes, kept per <see cref="SimulationOptions.KeepSamples"/>
    /// within the memory budget and otherwise summarized by the bounded-memory mode, like any run.
    /// </summary>
    /// <param name="options">Samples, seed, threads, kept samples, histogram bins, memory budget.</param>
    /// <param name="graphs">The graphs' outputs.</param>
    /// <param name="derived"><see cref="NodeKind.MapChunk"/> nodes over the graphs' outputs.</param>
    /// <param name="orderedPasses">
    /// Folds that need the samples in sample order (sequential statistics): <paramref name="orderedPasses"/>[k] receives every
    /// chunk of every output, in chunk order, once per pass: pass 0 during the main run, pass 1 during the bounded mode's first
    /// re-simulation, and any other pass (or pass 1 of an in-memory run) from the kept samples when all were kept, otherwise
    /// from one more re-simulation. The chunks and their values are the same whichever feeds them, so a fold gives the same
    /// bits in both modes. A pass may rely on the passes before it having finished.
    /// </param>
    /// <param name="progress">Receives the completed fraction of the main run and the bounded passes; may be null.</param>
    /// <param name="cancellationToken">Stops the run between chunks.</param>
    internal static SimulationResult RunJoint(SimulationOptions options, IReadOnlyList<IReadOnlyList<Uncertain>> graphs, IReadOnlyList<Uncertain> derived, IReadOnlyList<Action<SampleChunk>> orderedPasses, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(options);
        var model = CompiledModel.Join(graphs, derived);
        Uncertain[] roots = [.. graphs.SelectMany(g => g), .. derived];
        return RunModel(model, roots, options.KeepSamples ? roots : [], options, orderedPasses, progress, cancellationToken);
    }

    private static SimulationResult RunCore(SimulationOptions options, Uncertain[] roots, IReadOnlyList<Uncertain> keepSamplesOf, IProgress<double>? progress, CancellationToken cancellationToken, Action<SampleChunk>? onChunk = null)
        => RunModel(CompiledModel.Compile(roots), roots, keepSamplesOf, options, onChunk is null ? [] : [onChunk], progress, cancellationToken);

    private static SimulationResult RunModel(CompiledModel model, Uncertain[] roots, IReadOnlyList<Uncertain> keepSamplesOf, SimulationOptions options, IReadOnlyList<Action<SampleChunk>> orderedPasses, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var kept = new bool[model.Count];
        for (var i = 0; i < roots.Length; i++)
        {
            if (keepSamplesOf.Contains(roots[i]))
            {
                kept[model.RootSlots[i]] = true;
            }
        }

        var sink = orderedPasses.Count > 0 ? Sink(model, options, orderedPasses[0]) : null;

        // Keep samples only within the memory budget; beyond it, keep none and find the quantiles in extra passes.
        var keptSlots = Enumerable.Range(0, model.Count).Where(slot => kept[slot]).ToArray();
        var keptBytes = (long)keptSlots.Length * options.Samples * sizeof(double);
        var bounded = keptSlots.Length > 0 && (keptBytes > options.MaxMemoryBytes || options.Samples > Array.MaxLength);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var mainProgress = bounded && progress is not null ? new Progress<double>(f => progress.Report(f / 2)) : progress;
        var raw = SimulationEngine.Run(model, options.Samples, options.Seed, options.Threads, bounded ? new bool[model.Count] : kept, mainProgress, cancellationToken, consumer: sink);
        var summaries = new Summary[roots.Length];
        for (var i = 0; i < roots.Length; i++)
        {
            summaries[i] = MakeSummary(raw, model.RootSlots[i], options.HistogramBins);
        }

        if (!bounded)
        {
            Summary.DeferStandardQuantiles(summaries, options.Threads);
            var allKept = model.RootSlots.All(slot => raw.Kept[slot] is not null);
            for (var k = 1; k < orderedPasses.Count; k++)
            {
                if (allKept)
                {
                    Replay(raw, options.Samples, orderedPasses[k], cancellationToken);
                }
                else
                {
                    Resimulate(model, options, orderedPasses[k], cancellationToken);
                }
            }

            return new SimulationResult(roots, summaries, options.Samples, options.Seed, raw.Elapsed, boundedMemory: false);
        }

        // One summary per kept slot receives the passes' results; outputs sharing a slot share its values.
        var reason = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"keeping {options.Samples} samples of {Display.Count(keptSlots.Length, "output")} needs {Bytes(keptBytes)}, over the memory budget of {Bytes(options.MaxMemoryBytes)}, so the run used the bounded-memory mode (exact quantiles from extra passes that re-simulate the same samples).");
        var first = keptSlots.Select(slot => Array.IndexOf(model.RootSlots, slot)).ToArray();
        var firstPassSink = orderedPasses.Count > 1 ? Sink(model, options, orderedPasses[1]) : null;
        var passes = BoundedPasses.Complete(model, options, keptSlots, [.. first.Select(i => summaries[i])], reason, progress, cancellationToken, firstPassSink);
        for (var k = passes == 0 ? 1 : 2; k < orderedPasses.Count; k++)
        {
            Resimulate(model, options, orderedPasses[k], cancellationToken);
        }

        progress?.Report(1); // the passes report halves of what remains, so the last one ends below 1

        for (var i = 0; i < roots.Length; i++)
        {
            var k = Array.IndexOf(keptSlots, model.RootSlots[i]);
            if (k >= 0 && first[k] != i)
            {
                summaries[i] = summaries[first[k]];
            }
        }

        return new SimulationResult(roots, summaries, options.Samples, options.Seed, stopwatch.Elapsed, boundedMemory: true);
    }

    /// <summary>A consumer handing every output's chunks to <paramref name="callback"/> in chunk order.</summary>
    private static OrderedChunkSink Sink(CompiledModel model, SimulationOptions options, Action<SampleChunk> callback)
    {
        var distinct = model.RootSlots.Distinct().ToArray();
        var outputRoot = model.RootSlots.Select(slot => Array.IndexOf(distinct, slot)).ToArray();
        return new OrderedChunkSink(callback, outputRoot, options.Threads, Math.Min(SimulationEngine.ChunkSize, options.Samples));
    }

    /// <summary>One more simulation of the same samples, only to hand its chunks to <paramref name="callback"/> in order.</summary>
    private static void Resimulate(CompiledModel model, SimulationOptions options, Action<SampleChunk> callback, CancellationToken cancellationToken)
        => SimulationEngine.Run(model, options.Samples, options.Seed, options.Threads, new bool[model.Count], null, cancellationToken, consumer: Sink(model, options, callback));

    /// <summary>Hands the kept samples to <paramref name="callback"/> in the chunks a simulation would give, in order.</summary>
    private static void Replay(SimulationEngine.RawRun raw, int samples, Action<SampleChunk> callback, CancellationToken cancellationToken)
    {
        double[][] outputs = [.. raw.Model.RootSlots.Select(slot => raw.Kept[slot]!)];
        for (long start = 0, chunk = 0; start < samples; start += SimulationEngine.ChunkSize, chunk++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            callback(new SampleChunk((int)chunk, start, (int)Math.Min(SimulationEngine.ChunkSize, samples - start), outputs, offset: (int)start));
        }
    }

    /// <summary>A byte count for messages: "7.5 GiB", "320 MiB".</summary>
    internal static string Bytes(long bytes)
        => bytes >= 1L << 30
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GiB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB");

    /// <summary>Checks and copies the output list.</summary>
    internal static Uncertain[] CheckOutputs(IReadOnlyList<Uncertain> outputs)
    {
        Guard.NotNull(outputs);
        if (outputs.Count == 0)
        {
            throw Guard.Invalid(nameof(outputs), "at least one output", "none");
        }

        var roots = new Uncertain[outputs.Count];
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = Uncertain.Operand(outputs[i], $"{nameof(outputs)}[{i}]"); // also rejects a NaN constant from the implicit conversion
        }

        return roots;
    }

    /// <summary>Builds the public summary of one slot of a raw run.</summary>
    internal static Summary MakeSummary(SimulationEngine.RawRun raw, int slot, int histogramBins)
    {
        var m = raw.Moments[slot];
        return new Summary(raw.Model.Nodes[slot].ToString(), m.Count, m.Mean, m.StdDev, m.Min, m.Max, raw.Kept[slot], histogramBins);
    }
}
