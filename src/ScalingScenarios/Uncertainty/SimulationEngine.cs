using System.Diagnostics;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Evaluates a <see cref="CompiledModel"/> chunk by chunk: each worker owns one buffer per node and evaluates
/// whole chunks; results are stored per chunk index and merged in chunk order, so the outcome does not depend
/// on the number of threads or the order in which chunks are taken.
/// </summary>
internal static class SimulationEngine
{
    /// <summary>Samples per chunk: large enough to amortize per-chunk costs, small enough to stay in cache.</summary>
    internal const int ChunkSize = 4096;

    /// <summary>What a run produced before it is turned into public summaries.</summary>
    internal sealed record RawRun(CompiledModel Model, ChunkMoments[] Moments, double[]?[] Kept, TimeSpan Elapsed);

    /// <summary>
    /// Runs <paramref name="model"/>. <paramref name="keptSlots"/> (a flag per slot) says whose samples are kept;
    /// moments are computed for every root. <paramref name="chunkOrder"/> (tests) permutes the order chunks are handed out.
    /// </summary>
    internal static RawRun Run(
        CompiledModel model,
        int samples,
        long seed,
        int threads,
        bool[] keptSlots,
        IProgress<double>? progress,
        CancellationToken cancellationToken,
        int[]? chunkOrder = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var chunkCount = (samples + ChunkSize - 1) / ChunkSize;
        var roots = model.RootSlots.Distinct().ToArray();
        var moments = new ChunkMoments[roots.Length * chunkCount];
        var kept = new double[]?[model.Count];
        for (var s = 0; s < model.Count; s++)
        {
            if (keptSlots[s])
            {
                kept[s] = GC.AllocateUninitializedArray<double>(samples); // every element is written by exactly one chunk
            }
        }

        var leafKeys = new ulong[model.Count];
        for (var s = 0; s < model.Count; s++)
        {
            leafKeys[s] = StreamKeys.LeafKey(seed, model.Identities[s]);
        }

        var plan = BufferPlan.Shared(model, keptSlots);
        var state = new RunState(model, samples, chunkCount, leafKeys, roots, moments, kept, plan, progress, chunkOrder, cancellationToken);
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

    /// <summary>True when every value is finite (vectorized: x · 0 is 0 for finite x and NaN otherwise).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool AllFinite(ReadOnlySpan<double> values)
    {
        var acc = Vector<double>.Zero;
        var i = 0;
        for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            acc += new Vector<double>(values.Slice(i, Vector<double>.Count)) * Vector<double>.Zero;
        }

        if (!Vector.EqualsAll(acc, Vector<double>.Zero))
        {
            return false;
        }

        for (; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A comparison, as a type so that the JIT specializes and inlines each comparison loop.</summary>
    private interface IComparison
    {
        static abstract bool Test(double a, double b);
    }

    private readonly struct LessOp : IComparison
    {
        public static bool Test(double a, double b) => a < b;
    }

    private readonly struct GreaterOp : IComparison
    {
        public static bool Test(double a, double b) => a > b;
    }

    private readonly struct LessOrEqualOp : IComparison
    {
        public static bool Test(double a, double b) => a <= b;
    }

    private readonly struct GreaterOrEqualOp : IComparison
    {
        public static bool Test(double a, double b) => a >= b;
    }

    private readonly struct EqualOp : IComparison
    {
        public static bool Test(double a, double b) => a == b;
    }

    private readonly struct NotEqualOp : IComparison
    {
        public static bool Test(double a, double b) => a != b;
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
        CancellationToken cancellationToken)
    {
        private readonly Exception?[] _errors = new Exception?[chunkCount];
        private long _next = -1;
        private long _done;
        private long _firstErrorChunk = long.MaxValue;

        internal void Work()
        {
            var worker = new Worker(model, leafKeys, plan, Math.Min(ChunkSize, samples));
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

                var start = chunk * ChunkSize;
                var length = (int)Math.Min(ChunkSize, samples - start);
                try
                {
                    worker.Evaluate(chunk, start, length);
                    for (var r = 0; r < roots.Length; r++)
                    {
                        moments[(r * chunkCount) + chunk] = ChunkMoments.Of(worker.Buffer(roots[r], length), worker.Scratch);
                    }

                    for (var s = 0; s < kept.Length; s++)
                    {
                        if (kept[s] is { } destination)
                        {
                            worker.Buffer(s, length).CopyTo(destination.AsSpan((int)start, length));
                        }
                    }
                }
                catch (Exception ex) when (ex is SimulationException or ArithmeticException or ArgumentException or InvalidOperationException)
                {
                    _errors[chunk] = ex;
                    long seen;
                    while (chunk < (seen = Interlocked.Read(ref _firstErrorChunk)))
                    {
                        Interlocked.CompareExchange(ref _firstErrorChunk, chunk, seen);
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

    /// <summary>One worker's buffers and the evaluation of one chunk.</summary>
    private sealed class Worker
    {
        private readonly CompiledModel _model;
        private readonly ulong[] _leafKeys;
        private readonly double[][] _buffers;
        private readonly BufferPlan _plan;
        private readonly int _length;
        private readonly bool _diagnostic;
        private Dictionary<CorrelationGroup, (long Chunk, double[][] Columns)>? _groups;
        private Param[] _parameters = [];

        internal Worker(CompiledModel model, ulong[] leafKeys, BufferPlan plan, int length, bool diagnostic = false)
        {
            _model = model;
            _leafKeys = leafKeys;
            _plan = plan;
            _length = length;
            _diagnostic = diagnostic;
            var physical = new double[plan.PhysicalCount][];
            for (var b = 0; b < physical.Length; b++)
            {
                physical[b] = new double[length];
            }

            _buffers = new double[model.Count][];
            for (var s = 0; s < model.Count; s++)
            {
                _buffers[s] = physical[plan.BufferOf[s]];
                if (model.IsConstant[s])
                {
                    _buffers[s].AsSpan().Fill(model.Constants[s]);
                }
            }

            Scratch = new double[Distribution.ScratchFactor * length];
        }

        internal double[] Scratch { get; }

        internal Span<double> Buffer(int slot, int length) => _buffers[slot].AsSpan(0, length);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Evaluate(long chunk, long start, int n)
        {
            var dirty = false;
            for (var s = 0; s < _model.Count; s++)
            {
                if (_model.IsConstant[s])
                {
                    continue;
                }

                Execute(s, chunk, start, n);
                if (_model.NeedsCheck[s] || _diagnostic)
                {
                    dirty |= !AllFinite(_buffers[s].AsSpan(0, n));
                }
            }

            if (dirty)
            {
                // Buffers are shared between nodes whose lifetimes do not overlap, so intermediate values are gone:
                // re-evaluate this chunk (deterministically) with one buffer per node and examine it there.
                var error = _diagnostic
                    ? Diagnose(chunk, start, n)
                    : new Worker(_model, _leafKeys, BufferPlan.Unshared(_model), _length, diagnostic: true).EvaluateForDiagnosis(chunk, start, n);
                if (error is not null)
                {
                    throw error;
                }
            }
        }

        private SimulationException? EvaluateForDiagnosis(long chunk, long start, int n)
        {
            try
            {
                Evaluate(chunk, start, n);
                return null;
            }
            catch (SimulationException ex)
            {
                return ex;
            }
        }

        private Param P(int slot, int input)
        {
            var source = _model.Inputs[slot][input];
            return _model.IsConstant[source] ? Param.Of(_model.Constants[source]) : Param.Of(_buffers[source]);
        }

        /// <summary>The parameters of a sampled leaf for this chunk, in a buffer the worker reuses.</summary>
        private ReadOnlySpan<Param> Parameters(int slot)
        {
            var count = _model.Inputs[slot].Length;
            if (_parameters.Length < count)
            {
                _parameters = new Param[count];
            }

            for (var k = 0; k < count; k++)
            {
                _parameters[k] = P(slot, k);
            }

            return _parameters.AsSpan(0, count);
        }

        private ReadOnlySpan<double> In(int slot, int input, int n) => _buffers[_model.Inputs[slot][input]].AsSpan(0, n);

        private bool InConst(int slot, int input, out double value)
        {
            var source = _model.Inputs[slot][input];
            value = _model.Constants[source];
            return _model.IsConstant[source];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Execute(int s, long chunk, long start, int n)
        {
            var node = _model.Nodes[s];
            var dst = _buffers[s].AsSpan(0, n);
            if (node.Kind.IsRandom())
            {
                var rng = new RandomStream(StreamKeys.ChunkSeed(_leafKeys[s], chunk));
                var scratch = Scratch.AsSpan();
                switch (node.Kind)
                {
                    case NodeKind.Distribution: node.DistributionValue!.Fill(ref rng, dst, scratch); break;
                    case NodeKind.Sampled: ((DistributionSpec)node.Payload!).Sample(ref rng, Parameters(s), dst, scratch); break;
                    case NodeKind.Mixture: Mixture(s, ref rng, dst); break;
                    case NodeKind.Correlated: Correlated(s, chunk, dst); break;
                    default: throw new InvalidOperationException($"Unknown random node kind {node.Kind}.");
                }

                return;
            }

            switch (node.Kind)
            {
                case NodeKind.Add:
                    if (InConst(s, 1, out var c1))
                    {
                        TensorPrimitives.Add(In(s, 0, n), c1, dst);
                    }
                    else if (InConst(s, 0, out var c0))
                    {
                        TensorPrimitives.Add(In(s, 1, n), c0, dst);
                    }
                    else
                    {
                        TensorPrimitives.Add(In(s, 0, n), In(s, 1, n), dst);
                    }

                    break;
                case NodeKind.Subtract:
                    if (InConst(s, 1, out c1))
                    {
                        TensorPrimitives.Subtract(In(s, 0, n), c1, dst);
                    }
                    else if (InConst(s, 0, out var c0))
                    {
                        TensorPrimitives.Subtract(c0, In(s, 1, n), dst);
                    }
                    else
                    {
                        TensorPrimitives.Subtract(In(s, 0, n), In(s, 1, n), dst);
                    }

                    break;
                case NodeKind.Multiply:
                    if (InConst(s, 1, out c1))
                    {
                        TensorPrimitives.Multiply(In(s, 0, n), c1, dst);
                    }
                    else if (InConst(s, 0, out var c0))
                    {
                        TensorPrimitives.Multiply(In(s, 1, n), c0, dst);
                    }
                    else
                    {
                        TensorPrimitives.Multiply(In(s, 0, n), In(s, 1, n), dst);
                    }

                    break;
                case NodeKind.Divide:
                    if (InConst(s, 1, out c1))
                    {
                        TensorPrimitives.Divide(In(s, 0, n), c1, dst);
                    }
                    else if (InConst(s, 0, out var c0))
                    {
                        TensorPrimitives.Divide(c0, In(s, 1, n), dst);
                    }
                    else
                    {
                        TensorPrimitives.Divide(In(s, 0, n), In(s, 1, n), dst);
                    }

                    break;
                case NodeKind.Negate: TensorPrimitives.Negate(In(s, 0, n), dst); break;
                case NodeKind.Abs: TensorPrimitives.Abs(In(s, 0, n), dst); break;
                case NodeKind.Exp: TensorPrimitives.Exp(In(s, 0, n), dst); break;
                case NodeKind.Log: TensorPrimitives.Log(In(s, 0, n), dst); break;
                case NodeKind.Log10: TensorPrimitives.Log10(In(s, 0, n), dst); break;
                case NodeKind.Sqrt: TensorPrimitives.Sqrt(In(s, 0, n), dst); break;
                case NodeKind.Pow:
                    {
                        var x = In(s, 0, n);
                        var y = In(s, 1, n);
                        for (var i = 0; i < n; i++)
                        {
                            dst[i] = Math.Pow(x[i], y[i]);
                        }

                        break;
                    }

                case NodeKind.Min: TensorPrimitives.Min(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.Max: TensorPrimitives.Max(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.Clamp:
                    {
                        var x = In(s, 0, n);
                        var lo = In(s, 1, n);
                        var hi = In(s, 2, n);
                        for (var i = 0; i < n; i++)
                        {
                            dst[i] = lo[i] <= hi[i] ? Math.Min(Math.Max(x[i], lo[i]), hi[i]) : double.NaN;
                        }

                        break;
                    }

                case NodeKind.Less: Compare<LessOp>(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.Greater: Compare<GreaterOp>(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.LessOrEqual: Compare<LessOrEqualOp>(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.GreaterOrEqual: Compare<GreaterOrEqualOp>(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.Equal: Compare<EqualOp>(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.NotEqual: Compare<NotEqualOp>(In(s, 0, n), In(s, 1, n), dst); break;
                case NodeKind.If:
                    {
                        var c = In(s, 0, n);
                        var a = In(s, 1, n);
                        var b = In(s, 2, n);
                        for (var i = 0; i < n; i++)
                        {
                            dst[i] = c[i] != 0 ? a[i] : b[i];
                        }

                        break;
                    }

                case NodeKind.Map1 or NodeKind.Map2 or NodeKind.Map3 or NodeKind.MapN:
                    Map(s, start, n, dst);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Compare<TOp>(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> dst)
            where TOp : struct, IComparison
        {
            for (var i = 0; i < dst.Length; i++)
            {
                dst[i] = TOp.Test(x[i], y[i]) ? 1 : 0;
            }
        }

        private void Correlated(int s, long chunk, Span<double> dst)
        {
            var node = _model.Nodes[s];
            var group = (CorrelationGroup)node.Payload!;
            _groups ??= new Dictionary<CorrelationGroup, (long Chunk, double[][] Columns)>(ReferenceEqualityComparer.Instance);
            if (!_groups.TryGetValue(group, out var cached) || cached.Chunk != chunk)
            {
                var columns = cached.Columns ?? [.. group.Members.Select(_ => new double[_length])];
                group.Sample(_leafKeys[s], chunk, dst.Length, columns, Scratch);
                cached = (chunk, columns);
                _groups[group] = cached;
            }

            cached.Columns[(int)node.Value].AsSpan(0, dst.Length).CopyTo(dst);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Mixture(int s, ref RandomStream rng, Span<double> dst)
        {
            var cumulative = DiscreteDistribution.Cumulative((double[])_model.Nodes[s].Payload!);
            var inputs = _model.Inputs[s];
            for (var i = 0; i < dst.Length; i++)
            {
                dst[i] = _buffers[inputs[Samplers.PickIndex(cumulative, rng.NextDouble())]][i];
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Map(int s, long start, int n, Span<double> dst)
        {
            var node = _model.Nodes[s];
            var inputs = _model.Inputs[s];
            if (node.Payload is not (Func<double, double> or Func<double, double, double> or Func<double, double, double, double> or Func<ReadOnlySpan<double>, double>))
            {
                throw new InvalidOperationException("A map node carries no function.");
            }

            var i = 0;
            try
            {
                switch (node.Payload)
                {
                    case Func<double, double> f1:
                        {
                            var a = _buffers[inputs[0]];
                            for (; i < n; i++)
                            {
                                dst[i] = f1(a[i]);
                            }

                            break;
                        }

                    case Func<double, double, double> f2:
                        {
                            var a = _buffers[inputs[0]];
                            var b = _buffers[inputs[1]];
                            for (; i < n; i++)
                            {
                                dst[i] = f2(a[i], b[i]);
                            }

                            break;
                        }

                    case Func<double, double, double, double> f3:
                        {
                            var a = _buffers[inputs[0]];
                            var b = _buffers[inputs[1]];
                            var c = _buffers[inputs[2]];
                            for (; i < n; i++)
                            {
                                dst[i] = f3(a[i], b[i], c[i]);
                            }

                            break;
                        }

                    case Func<ReadOnlySpan<double>, double> fn:
                        {
                            var args = new double[inputs.Length];
                            for (; i < n; i++)
                            {
                                for (var k = 0; k < inputs.Length; k++)
                                {
                                    args[k] = _buffers[inputs[k]][i];
                                }

                                dst[i] = fn(args);
                            }

                            break;
                        }

                    default:
                        throw new UnreachableException("The payload was checked above.");
                }
            }
            catch (Exception ex) when (ex is not SimulationException and not UnreachableException)
            {
                var name = node.ToString();
                throw new SimulationException(name, start + i, $"The function of '{name}' threw at sample {start + i} (inputs: {Inputs(s, i)}): {ex.Message}", ex);
            }
        }

        private string Inputs(int s, int i)
            => string.Join(", ", _model.Inputs[s].Select(p => $"{_model.Nodes[p]} = {Guard.Format(_buffers[p][i])}"));

        /// <summary>
        /// Finds the failure in a chunk with a non-finite value: the lowest sample index, then the earliest node,
        /// among values that reach an output (a value in the branch an <c>If</c> or a mixture did not take is not an error).
        /// </summary>
        private SimulationException? Diagnose(long chunk, long start, int n)
        {
            var count = _model.Count;
            var live = new bool[count][];
            for (var s = 0; s < count; s++)
            {
                live[s] = new bool[n];
            }

            foreach (var root in _model.RootSlots)
            {
                live[root].AsSpan().Fill(true);
            }

            for (var s = count - 1; s >= 0; s--)
            {
                if (_model.IsConstant[s])
                {
                    continue;
                }

                var node = _model.Nodes[s];
                var inputs = _model.Inputs[s];
                int[]? picks = null;
                if (node.Kind == NodeKind.Mixture)
                {
                    var rng = new RandomStream(StreamKeys.ChunkSeed(_leafKeys[s], chunk));
                    var cumulative = DiscreteDistribution.Cumulative((double[])node.Payload!);
                    picks = new int[n];
                    for (var i = 0; i < n; i++)
                    {
                        picks[i] = Samplers.PickIndex(cumulative, rng.NextDouble());
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    if (!live[s][i])
                    {
                        continue;
                    }

                    if (node.Kind == NodeKind.If)
                    {
                        live[inputs[0]][i] = true;
                        live[inputs[_buffers[inputs[0]][i] != 0 ? 1 : 2]][i] = true;
                    }
                    else if (picks is not null)
                    {
                        live[inputs[picks[i]]][i] = true;
                    }
                    else
                    {
                        foreach (var input in inputs)
                        {
                            live[input][i] = true;
                        }
                    }
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var s = 0; s < count; s++)
                {
                    var value = _buffers[s][i];
                    if (live[s][i] && !double.IsFinite(value))
                    {
                        return Failure(s, start + i, i, value);
                    }
                }
            }

            return null;
        }

        private SimulationException Failure(int s, long sampleIndex, int i, double value)
        {
            var node = _model.Nodes[s];
            var name = node.ToString();
            var inputs = _model.Inputs[s];
            var parameters = inputs.Select(p => _buffers[p][i]).ToArray();
            var invalid = ParameterRules.Explain(node, parameters);
            if (invalid is not null)
            {
                return new SimulationException(name, sampleIndex, $"'{name}' has an invalid parameter at sample {sampleIndex}: {invalid.Describe()}.");
            }

            var what = double.IsNaN(value) ? "NaN" : (value > 0 ? "+∞" : "−∞");
            var detail = inputs.Length == 0 ? string.Empty : $" (inputs: {Inputs(s, i)})";
            return new SimulationException(name, sampleIndex, $"'{name}' produced {what} at sample {sampleIndex}{detail}.");
        }
    }

    /// <summary>
    /// Which physical buffer each node writes: nodes whose lifetimes do not overlap share one, so a worker needs about
    /// as many buffers as the model's widest point, not one per node. Constants get one buffer per distinct value.
    /// </summary>
    internal sealed class BufferPlan
    {
        private BufferPlan(int[] bufferOf, int physicalCount)
        {
            BufferOf = bufferOf;
            PhysicalCount = physicalCount;
        }

        internal int[] BufferOf { get; }

        internal int PhysicalCount { get; }

        /// <summary>One buffer per node (used to diagnose a failing chunk).</summary>
        internal static BufferPlan Unshared(CompiledModel model)
            => new([.. Enumerable.Range(0, model.Count)], model.Count);

        /// <summary>Buffers shared by liveness: a node's buffer is freed after its last consumer; roots and kept nodes live to the end.</summary>
        internal static BufferPlan Shared(CompiledModel model, bool[] keptSlots)
        {
            var count = model.Count;
            var lastUse = new int[count];
            for (var s = 0; s < count; s++)
            {
                lastUse[s] = keptSlots[s] ? count : s;
                foreach (var input in model.Inputs[s])
                {
                    lastUse[input] = Math.Max(lastUse[input], s);
                }
            }

            foreach (var root in model.RootSlots)
            {
                lastUse[root] = count;
            }

            var bufferOf = new int[count];
            var free = new Stack<int>();
            var constants = new Dictionary<double, int>();
            var physical = 0;
            for (var s = 0; s < count; s++)
            {
                if (model.IsConstant[s])
                {
                    if (!constants.TryGetValue(model.Constants[s], out var shared))
                    {
                        shared = physical++;
                        constants[model.Constants[s]] = shared;
                    }

                    bufferOf[s] = shared;
                    continue;
                }

                bufferOf[s] = free.Count > 0 ? free.Pop() : physical++;
                foreach (var input in model.Inputs[s].Distinct())
                {
                    if (lastUse[input] == s && !model.IsConstant[input])
                    {
                        free.Push(bufferOf[input]);
                    }
                }
            }

            return new BufferPlan(bufferOf, physical);
        }
    }
}
