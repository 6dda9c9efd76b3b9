using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScalingScenarios.Uncertainty;

/// <content>Evaluation: one worker's buffers and the vectorized evaluation of one chunk, node by node.</content>
internal static partial class SimulationEngine
{
    /// <summary>
    /// True when every value is finite (vectorized: x · 0 is 0 for finite x and NaN otherwise; four accumulators, so
    /// that the additions do not wait on one another).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool AllFinite(ReadOnlySpan<double> values)
    {
        var (a0, a1, a2, a3) = (Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero);
        var n = values.Length;
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(values);
        const int Step = 4 * 4;
        unchecked
        {
            // In bounds: i + 15 < n.
            for (; i <= n - Step; i += Step)
            {
                a0 += Vector256.LoadUnsafe(ref start, (nuint)i) * Vector256<double>.Zero;
                a1 += Vector256.LoadUnsafe(ref start, (nuint)(i + 4)) * Vector256<double>.Zero;
                a2 += Vector256.LoadUnsafe(ref start, (nuint)(i + 8)) * Vector256<double>.Zero;
                a3 += Vector256.LoadUnsafe(ref start, (nuint)(i + 12)) * Vector256<double>.Zero;
            }
        }

        if (!Vector256.EqualsAll((a0 + a1) + (a2 + a3), Vector256<double>.Zero))
        {
            return false;
        }

        for (; i < n; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A binary arithmetic operator over spans, as a type so that the JIT specializes each call site.</summary>
    private interface IArithmetic
    {
        static abstract void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> dst);

        static abstract void Apply(ReadOnlySpan<double> x, double y, Span<double> dst);

        static abstract void Apply(double x, ReadOnlySpan<double> y, Span<double> dst);
    }

    private readonly struct AddOp : IArithmetic
    {
        public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Add(x, y, dst);

        public static void Apply(ReadOnlySpan<double> x, double y, Span<double> dst) => TensorPrimitives.Add(x, y, dst);

        public static void Apply(double x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Add(y, x, dst); // x + y == y + x exactly in IEEE 754
    }

    private readonly struct SubtractOp : IArithmetic
    {
        public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Subtract(x, y, dst);

        public static void Apply(ReadOnlySpan<double> x, double y, Span<double> dst) => TensorPrimitives.Subtract(x, y, dst);

        public static void Apply(double x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Subtract(x, y, dst);
    }

    private readonly struct MultiplyOp : IArithmetic
    {
        public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Multiply(x, y, dst);

        public static void Apply(ReadOnlySpan<double> x, double y, Span<double> dst) => TensorPrimitives.Multiply(x, y, dst);

        public static void Apply(double x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Multiply(y, x, dst); // x · y == y · x exactly in IEEE 754
    }

    private readonly struct DivideOp : IArithmetic
    {
        public static void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Divide(x, y, dst);

        public static void Apply(ReadOnlySpan<double> x, double y, Span<double> dst) => TensorPrimitives.Divide(x, y, dst);

        public static void Apply(double x, ReadOnlySpan<double> y, Span<double> dst) => TensorPrimitives.Divide(x, y, dst);
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

    /// <summary>One worker's buffers and the evaluation of one chunk.</summary>
    private sealed partial class Worker
    {
        private readonly CompiledModel _model;
        private readonly ulong[] _leafKeys;
        private readonly double[][] _buffers;
        private readonly BufferPlan _plan;
        private readonly int _length;
        private readonly bool _diagnostic;
        private Dictionary<CorrelationGroup, (long Chunk, double[][] Columns)>? _groups;
        private Param[] _parameters = [];
        private double[][]?[]? _chunkInputs;

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

        /// <summary>The whole buffer a slot writes (its first chunk-length values are the current chunk's).</summary>
        internal double[] BufferArray(int slot) => _buffers[slot];

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
                case NodeKind.Add: Arithmetic<AddOp>(s, n, dst); break;
                case NodeKind.Subtract: Arithmetic<SubtractOp>(s, n, dst); break;
                case NodeKind.Multiply: Arithmetic<MultiplyOp>(s, n, dst); break;
                case NodeKind.Divide: Arithmetic<DivideOp>(s, n, dst); break;
                case NodeKind.Negate: TensorPrimitives.Negate(In(s, 0, n), dst); break;
                case NodeKind.Abs: TensorPrimitives.Abs(In(s, 0, n), dst); break;
                case NodeKind.Exp: StableExp.Exp(In(s, 0, n), dst); break;
                case NodeKind.Log: AlignedStack.Log(In(s, 0, n), dst); break;
                case NodeKind.Log10: AlignedStack.Log10(In(s, 0, n), dst); break;
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
                case NodeKind.MapChunk:
                    MapChunk(s, start, dst);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
            }
        }

        /// <summary>
        /// A binary arithmetic node: a constant operand on either side uses the scalar overload (no buffer is read for it),
        /// otherwise the element-wise one.
        /// </summary>
        private void Arithmetic<TOp>(int s, int n, Span<double> dst)
            where TOp : struct, IArithmetic
        {
            if (InConst(s, 1, out var right))
            {
                TOp.Apply(In(s, 0, n), right, dst);
            }
            else if (InConst(s, 0, out var left))
            {
                TOp.Apply(left, In(s, 1, n), dst);
            }
            else
            {
                TOp.Apply(In(s, 0, n), In(s, 1, n), dst);
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

        /// <summary>A <see cref="NodeKind.MapChunk"/> node: its function gets the inputs' buffers (fixed per worker, so gathered once) and the chunk's start.</summary>
        private void MapChunk(int s, long start, Span<double> dst)
        {
            _chunkInputs ??= new double[_model.Count][][];
            var inputs = _chunkInputs[s] ??= [.. _model.Inputs[s].Select(input => _buffers[input])];
            var node = _model.Nodes[s];
            try
            {
                ((ChunkFunction)node.Payload!)(start, inputs, dst);
            }
            catch (Exception ex) when (ex is not SimulationException)
            {
                var name = node.ToString();
                throw new SimulationException(name, start, $"The function of '{name}' threw in the chunk starting at sample {start}: {ex.Message}", ex);
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
    }
}
