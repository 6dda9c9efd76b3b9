using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Exact order statistics of several outputs at once, by radix (histogram) selection over passes that only read the
/// samples: each pass either counts values into 65 536 bins of a key range or gathers the few values of the bins that
/// hold the requested ranks; a bin with too many values is refined by another counting pass inside it.
/// </summary>
/// <remarks>
/// Values are compared through an order-preserving map of doubles to unsigned 64-bit keys (the sign bit flipped for
/// positives, every bit for negatives; −0 is read as +0), so a key range splits evenly in bits whatever the scale, and
/// four counting levels of 16 bits resolve any range. A pass is whatever the caller's scan does: one read of a kept
/// array per output (in parallel across outputs), or a deterministic re-simulation of every chunk (the bounded-memory
/// mode), so the values seen are the same in every pass. The result is the k-th smallest value, exactly what a sort
/// would put at index k, for any order in which the pass visits the values. Thread-safe per call: a pass may visit one
/// output from several threads at once (visits of one output are serialized by a lock).
/// </remarks>
internal static class RankSelection
{
    private const int BinBits = 16;
    private const ulong SignBit = 0x8000_0000_0000_0000;

    /// <summary>The order-preserving key of a finite double (−0 and +0 share the key of +0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the inner operation of every pass (Native AOT did not inline it)
    internal static ulong Key(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x + 0.0);
        return unchecked((ulong)bits ^ ((ulong)(bits >> 63) | SignBit)); // branch-free: all ones for negatives, the sign bit for positives
    }

    /// <summary><see cref="Key"/> of four doubles at once: the same bits, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ulong> Keys(Vector256<double> x)
    {
        var bits = (x + Vector256<double>.Zero).AsUInt64();
        var negative = Vector256.LessThan(bits.AsInt64(), Vector256<long>.Zero).AsUInt64(); // all ones where the sign bit is set
        return bits ^ (negative | Vector256.Create(SignBit));
    }

    /// <summary>The double whose key is <paramref name="key"/>.</summary>
    internal static double FromKey(ulong key)
        => BitConverter.Int64BitsToDouble(unchecked((long)((key & SignBit) != 0 ? key & ~SignBit : ~key)));

    /// <summary>
    /// Finds the values of <paramref name="ranks"/>[o] (0-based positions in sorted order; each in [0, counts[o] − 1])
    /// for every output o whose samples lie in [<paramref name="min"/>[o], <paramref name="max"/>[o]].
    /// <paramref name="scan"/> runs one pass: it must call <see cref="Pass.Visit"/> with every sample of every output
    /// exactly once (in any pieces, order and threads). A gather keeps at most <paramref name="gatherLimit"/> values per bin.
    /// </summary>
    /// <returns>For each output, the value of each of its ranks, in the order given.</returns>
    internal static double[][] Select(long[] counts, double[] min, double[] max, long[][] ranks, Action<Pass> scan, long gatherLimit)
    {
        var results = new double[ranks.Length][];
        var pending = new List<Step>[ranks.Length];
        for (var o = 0; o < ranks.Length; o++)
        {
            results[o] = new double[ranks[o].Length];
            pending[o] = [];
            if (ranks[o].Length == 0)
            {
                continue;
            }

            var all = Enumerable.Range(0, ranks[o].Length).ToList();
            var root = new Bin(Key(min[o]), Key(max[o]), Below: 0, counts[o], all);
            // Sorting all values is cheaper than two passes only for small outputs.
            var step = Plan(root, new Frame(root.Lo, root.Hi, 63), 0, results[o], ranks[o], Math.Min(gatherLimit, 1 << BinBits));
            if (step is not null)
            {
                pending[o].Add(step);
            }
        }

        while (pending.Any(p => p.Count > 0))
        {
            var pass = new Pass([.. pending.Select(p => p.ToArray())]);
            scan(pass);
            for (var o = 0; o < ranks.Length; o++)
            {
                var next = new List<Step>();
                foreach (var step in pending[o])
                {
                    step.Finish(results[o], ranks[o], gatherLimit, next);
                }

                pending[o] = next;
            }
        }

        return results;
    }

    /// <summary>The step that resolves <paramref name="bin"/> (or null when it holds one key and is resolved now).</summary>
    private static Step? Plan(Bin bin, Frame frame, int binIndex, double[] results, long[] ranks, long gatherLimit)
    {
        if (bin.Lo == bin.Hi)
        {
            var value = FromKey(bin.Lo);
            foreach (var r in bin.Ranks)
            {
                results[r] = value;
            }

            return null;
        }

        return bin.Count <= gatherLimit ? new GatherStep(bin, frame, binIndex) : new CountStep(bin, frame, binIndex);
    }

    private static InvalidOperationException Mismatch(long seen, long expected)
        => new($"A selection pass saw {seen} values in a bin that held {expected} before: the passes did not see the same samples.");

    /// <summary>One pass: the steps of every output, each reached through its parent's frame.</summary>
    internal sealed class Pass
    {
        private readonly Step[][] _steps;
        private readonly Group[][] _groups;
        private readonly Lock[] _gates;

        internal Pass(Step[][] steps)
        {
            _steps = steps;
            _groups = [.. steps.Select(s => s.GroupBy(step => step.Frame).Select(g => new Group(g.Key, [.. g])).ToArray())];
            _gates = [.. steps.Select(_ => new Lock())];
        }

        /// <summary>Gets a value indicating whether output <paramref name="output"/> needs this pass at all.</summary>
        internal bool Needs(int output) => _steps[output].Length > 0;

        /// <summary>Counts or gathers <paramref name="values"/>, samples of output <paramref name="output"/>.</summary>
        internal void Visit(int output, ReadOnlySpan<double> values)
        {
            var groups = _groups[output];
            if (groups.Length == 0)
            {
                return;
            }

            lock (_gates[output])
            {
                foreach (var group in groups)
                {
                    group.Visit(values);
                }
            }
        }
    }

    /// <summary>A key range split into equal bins of 2^Shift keys (the last one clipped at Hi).</summary>
    internal sealed record Frame(ulong Lo, ulong Hi, int Shift)
    {
        internal int BinCount => (int)((Hi - Lo) >> Shift) + 1;
    }

    /// <summary>A key range [Lo, Hi] holding Count values, Below values under it, and the ranks (indices into the output's rank list) inside it.</summary>
    internal sealed record Bin(ulong Lo, ulong Hi, long Below, long Count, List<int> Ranks);

    /// <summary>The steps of one output that share a parent frame: a value's bin in that frame picks its step.</summary>
    private sealed class Group
    {
        private readonly Frame _frame;
        private readonly int[] _table;
        private readonly ulong[] _wanted;
        private readonly Step[] _steps;
        private readonly Step? _whole;

        internal Group(Frame frame, Step[] steps)
        {
            _frame = frame;
            _steps = steps;
            _whole = steps.Length == 1 && steps[0].Bin.Lo == frame.Lo && steps[0].Bin.Hi == frame.Hi ? steps[0] : null;
            _table = new int[frame.BinCount];
            _wanted = new ulong[(frame.BinCount + 63) / 64];
            Array.Fill(_table, -1);
            for (var i = 0; i < steps.Length; i++)
            {
                _table[steps[i].BinIndex] = i;
                _wanted[steps[i].BinIndex >> 6] |= 1UL << steps[i].BinIndex;
            }
        }

        internal void Visit(ReadOnlySpan<double> values)
        {
            if (_whole is not null)
            {
                _whole.AddAll(values); // the first pass: one step covering the whole range
                return;
            }

            var lo = _frame.Lo;
            var span = _frame.Hi - _frame.Lo;
            var shift = _frame.Shift;

            // Most values fall in bins no step wants: a bit per bin (8 KB for 65 536 bins, in the first-level cache) turns
            // them away before the step table is read.
            var wanted = _wanted;
            foreach (var x in values)
            {
                var d = unchecked(Key(x) - lo); // wraps to a huge value below the frame
                if (d > span)
                {
                    continue;
                }

                var b = unchecked((int)(d >> shift));
                if ((wanted[b >> 6] & (1UL << b)) != 0)
                {
                    _steps[_table[b]].Add(d + lo);
                }
            }
        }
    }

    /// <summary>What one pass does for one bin.</summary>
    internal abstract class Step(Bin bin, Frame frame, int binIndex)
    {
        internal Bin Bin { get; } = bin;

        internal Frame Frame { get; } = frame;

        internal int BinIndex { get; } = binIndex;

        internal abstract void Add(ulong key);

        /// <summary>Adds values all known to lie in the bin.</summary>
        internal abstract void AddAll(ReadOnlySpan<double> values);

        internal abstract void Finish(double[] results, long[] ranks, long gatherLimit, List<Step> next);
    }

    /// <summary>Keeps the keys of the bin, then sorts them and reads the ranks off.</summary>
    private sealed class GatherStep(Bin bin, Frame frame, int binIndex) : Step(bin, frame, binIndex)
    {
        private readonly ulong[] _keys = new ulong[bin.Count];
        private int _filled;

        internal override void Add(ulong key)
        {
            if (_filled == _keys.Length)
            {
                throw Mismatch(_filled + 1, _keys.Length);
            }

            _keys[_filled++] = key;
        }

        internal override void AddAll(ReadOnlySpan<double> values)
        {
            foreach (var x in values)
            {
                Add(Key(x));
            }
        }

        internal override void Finish(double[] results, long[] ranks, long gatherLimit, List<Step> next)
        {
            if (_filled != _keys.Length)
            {
                throw Mismatch(_filled, _keys.Length);
            }

            Array.Sort(_keys);
            foreach (var r in Bin.Ranks)
            {
                results[r] = FromKey(_keys[ranks[r] - Bin.Below]);
            }
        }
    }

    /// <summary>Counts the bin's values in 65 536 sub-bins, then plans a step for each sub-bin holding a rank.</summary>
    private sealed class CountStep : Step
    {
        private readonly Frame _inner;
        private readonly int[] _counts;

        internal CountStep(Bin bin, Frame frame, int binIndex)
            : base(bin, frame, binIndex)
        {
            var width = 64 - BitOperations.LeadingZeroCount(bin.Hi - bin.Lo);
            _inner = new Frame(bin.Lo, bin.Hi, Math.Max(0, width - BinBits));
            _counts = new int[_inner.BinCount];
        }

        internal override void Add(ulong key) => _counts[unchecked((int)((key - _inner.Lo) >> _inner.Shift))]++;

        internal override void AddAll(ReadOnlySpan<double> values)
        {
            var counts = _counts;
            var lo = _inner.Lo;
            var shift = _inner.Shift;
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Keys and bins four at a time; the increments stay scalar (two values may share a bin).
                var low = Vector256.Create(lo);
                for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
                {
                    var bins = Vector256.ShiftRightLogical(Keys(Vector256.Create(values.Slice(i, Vector256<double>.Count))) - low, shift);
                    counts[unchecked((int)bins.GetElement(0))]++;
                    counts[unchecked((int)bins.GetElement(1))]++;
                    counts[unchecked((int)bins.GetElement(2))]++;
                    counts[unchecked((int)bins.GetElement(3))]++;
                }
            }

            for (; i < values.Length; i++)
            {
                counts[unchecked((int)((Key(values[i]) - lo) >> shift))]++;
            }
        }


        internal override void Finish(double[] results, long[] ranks, long gatherLimit, List<Step> next)
        {
            if (_counts.Sum(c => (long)c) != Bin.Count)
            {
                throw Mismatch(_counts.Sum(c => (long)c), Bin.Count);
            }

            // Ranks are visited in increasing order, so one sweep over the bins finds them all.
            var order = Bin.Ranks.OrderBy(r => ranks[r]).ToList();
            var below = Bin.Below;
            var b = 0;
            var i = 0;
            while (i < order.Count)
            {
                while (ranks[order[i]] >= below + _counts[b])
                {
                    if (b == _counts.Length - 1)
                    {
                        throw Mismatch(below + _counts[b], Bin.Count);
                    }

                    below += _counts[b];
                    b++;
                }

                var inBin = new List<int>();
                while (i < order.Count && ranks[order[i]] < below + _counts[b])
                {
                    inBin.Add(order[i]);
                    i++;
                }

                var lo = _inner.Lo + ((ulong)b << _inner.Shift);
                var last = ((ulong)b << _inner.Shift) + ((1UL << _inner.Shift) - 1);
                var hi = last >= _inner.Hi - _inner.Lo ? _inner.Hi : _inner.Lo + last;
                var step = Plan(new Bin(lo, hi, below, _counts[b], inBin), _inner, b, results, ranks, gatherLimit);
                if (step is not null)
                {
                    next.Add(step);
                }
            }
        }
    }
}
