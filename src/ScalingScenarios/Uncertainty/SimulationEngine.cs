using System.Diagnostics;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Evaluates a <see cref="CompiledModel"/> chunk by chunk: each worker owns one buffer per node and evaluates
/// whole chunks; results are stored per chunk index and merged in chunk order, so the outcome does not depend
/// on the number of threads or the order in which chunks are taken.
/// </summary>
/// <remarks>
/// Split by job: this file schedules chunks over workers and merges their results; <c>SimulationEngine.Evaluation.cs</c>
/// evaluates one chunk node by node; <c>SimulationEngine.Diagnosis.cs</c> explains a chunk that produced NaN or ±∞;
/// <c>SimulationEngine.BufferPlan.cs</c> decides which nodes share a buffer.
/// </remarks>
internal static partial class SimulationEngine
{
    /// <summary>Samples per chunk: large enough to amortize per-chunk costs, small enough to stay in cache.</summary>
    internal const int ChunkSize = 4096;

    /// <summary>What a run produced before it is turned into public summaries.</summary>
    internal sealed record RawRun(CompiledModel Model, ChunkMoments[] Moments, double[]?[] Kept, TimeSpan Elapsed);

    /// <summary>
    /// Runs <paramref name="model"/>. <paramref name="keptSlots"/> (a flag per slot) says whose samples are kept;
    /// moments are computed for every root. <paramref name="consumer"/>, when given, sees every chunk's root values on the
    /// worker thread that computed them. <paramref name="chunkOrder"/> (tests) permutes the order chunks are handed out.
    /// </summary>
    internal static RawRun Run(
        CompiledModel model,
        int samples,
        long seed,
        int threads,
        bool[] keptSlots,
        IProgress<double>? progress,
        CancellationToken cancellationToken,
        int[]? chunkOrder = null,
        ChunkConsumer? consumer = null)
    {
        if (consumer is not null && chunkOrder is not null)
        {
            throw new ArgumentException("A chunk consumer sees chunks in the order they are handed out; do not permute them.", nameof(chunkOrder));
        }

        var stopwatch = Stopwatch.StartNew();
        var chunkCount = (int)(((long)samples + ChunkSize - 1) / ChunkSize); // in long: samples near int.MaxValue
        var roots = model.RootSlots.Distinct().ToArray();
        var moments = new ChunkMoments[roots.Length * chunkCount];
        var kept = new double[]?[model.Count];
        for (var s = 0; s < model.Count; s++)
        {
            if (keptSlots[s])
            {
                kept[s] = GC.AllocateUninitializedArray<double>(samples); // every element is written by exactly one chunk
                HugePages.Advise(kept[s]!); // fresh memory, about to be written: 2 MiB pages where Linux has them
            }
        }

        var leafKeys = new ulong[model.Count];
        for (var s = 0; s < model.Count; s++)
        {
            leafKeys[s] = StreamKeys.LeafKey(seed, model.Identities[s]);
        }

        var plan = BufferPlan.Shared(model, keptSlots);
        var state = new RunState(model, samples, chunkCount, leafKeys, roots, moments, kept, plan, progress, chunkOrder, consumer, cancellationToken);
        var workers = Math.Min(threads, chunkCount);
        if (workers <= 1)
        {
            state.Work();
        }
        else
        {
            var tasks = new Task[workers - 1];
            for (var w = 0; w < tasks.Length; w++)
            {
                tasks[w] = Task.Factory.StartNew(state.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            state.Work();
            Task.WaitAll(tasks, CancellationToken.None);
        }

        cancellationToken.ThrowIfCancellationRequested();
        consumer?.ThrowIfFailed();
        var error = state.FirstError();
        if (error is not null)
        {
            throw error;
        }

        // Merge per-chunk moments in chunk order (fixed, so the result is the same for any schedule).
        var merged = new ChunkMoments[model.Count];
        for (var r = 0; r < roots.Length; r++)
        {
            var total = ChunkMoments.Empty;
            for (var c = 0; c < chunkCount; c++)
            {
                total = total.Merge(moments[(r * chunkCount) + c]);
            }

            merged[roots[r]] = total;
        }

        return new RawRun(model, merged, kept, stopwatch.Elapsed);
    }

    /// <summary>Shared state of one run and the worker loop.</summary>
    private sealed class RunState(
        CompiledModel model,
        int samples,
        int chunkCount,
        ulong[] leafKeys,
        int[] roots,
        ChunkMoments[] moments,
        double[]?[] kept,
        BufferPlan plan,
        IProgress<double>? progress,
        int[]? chunkOrder,
        ChunkConsumer? consumer,
        CancellationToken cancellationToken)
    {
        private readonly Exception?[] _errors = new Exception?[chunkCount];
        private long _next = -1;
        private long _done;
        private long _firstErrorChunk = long.MaxValue;

        internal void Work()
        {
            var worker = new Worker(model, leafKeys, plan, Math.Min(ChunkSize, samples));
            var rootBuffers = roots.Select(worker.BufferArray).ToArray();
            var keptRoots = roots.Select(slot => kept[slot]).ToArray();
            var isRoot = new bool[kept.Length];
            foreach (var slot in roots)
            {
                isRoot[slot] = true;
            }
            while (true)
            {
                var position = Interlocked.Increment(ref _next);
                if (position >= chunkCount || cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                var chunk = chunkOrder is null ? position : chunkOrder[position];
                if (chunk > Interlocked.Read(ref _firstErrorChunk))
                {
                    continue; // an earlier chunk already failed; later ones cannot change the reported error.
                }

                if (consumer is not null && !consumer.WaitForRoom(chunk, cancellationToken))
                {
                    return; // the consumer stopped (its callback threw, or an earlier chunk failed).
                }

                var start = chunk * ChunkSize;
                var length = (int)Math.Min(ChunkSize, samples - start);
                var failed = false;
                try
                {
                    worker.Evaluate(chunk, start, length);
                    for (var r = 0; r < roots.Length; r++)
                    {
                        // A kept output is copied into its kept array by the pass that finds its minimum and maximum.
                        var keep = keptRoots[r] is { } keptRoot ? keptRoot.AsSpan((int)start, length) : default;
                        moments[(r * chunkCount) + chunk] = ChunkMoments.Of(worker.Buffer(roots[r], length), worker.Scratch, keep);
                    }

                    for (var s = 0; s < kept.Length; s++)
                    {
                        if (kept[s] is { } destination && !isRoot[s])
                        {
                            worker.Buffer(s, length).CopyTo(destination.AsSpan((int)start, length));
                        }
                    }
                }
                catch (Exception ex) when (ex is SimulationException or ArithmeticException or ArgumentException or InvalidOperationException)
                {
                    _errors[chunk] = ex;
                    failed = true;
                    long seen;
                    while (chunk < (seen = Interlocked.Read(ref _firstErrorChunk)))
                    {
                        Interlocked.CompareExchange(ref _firstErrorChunk, chunk, seen);
                    }
                }

                if (consumer is not null)
                {
                    if (failed)
                    {
                        consumer.Fail(chunk);
                    }
                    else
                    {
                        consumer.Consume(chunk, start, length, rootBuffers, keptRoots);
                    }
                }

                var done = Interlocked.Increment(ref _done);
                if (progress is not null && (done == chunkCount || done % Math.Max(1, chunkCount / 100) == 0))
                {
                    progress.Report((double)done / chunkCount);
                }
            }
        }

        internal Exception? FirstError()
        {
            var first = Interlocked.Read(ref _firstErrorChunk);
            return first == long.MaxValue ? null : _errors[first];
        }
    }
}
