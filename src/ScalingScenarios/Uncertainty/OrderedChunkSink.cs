using System.Runtime.ExceptionServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Hands chunks to a callback one at a time, in chunk order, while workers compute ahead: each finished chunk's outputs
/// are copied into one of a few slots (a ring indexed by chunk), and a worker may start a chunk only once its slot is free,
/// so memory stays at <c>slots × outputs × chunk size</c> whatever the sample count.
/// </summary>
/// <remarks>
/// The callback runs on a worker thread, never concurrently with itself, outside the lock. If it throws, no further chunk
/// is delivered, the run stops, and the exception is rethrown to the caller of the run. Delivery also stops at the first
/// chunk whose evaluation failed; the run then reports that chunk's error.
/// </remarks>
internal sealed class OrderedChunkSink : ChunkConsumer
{
    private const int Empty = 0;
    private const int Ready = 1;
    private const int Failed = 2;

    private readonly Action<SampleChunk> _callback;
    private readonly int[] _outputRoot;
    private readonly double[][][] _slots;
    private readonly long[] _starts;
    private readonly double[][]?[] _views;
    private readonly int[] _lengths;
    private readonly int[] _states;
    private readonly object _gate = new();
    private long _next;
    private bool _delivering;
    private bool _stopped;
    private ExceptionDispatchInfo? _error;

    /// <param name="callback">Receives each chunk.</param>
    /// <param name="outputRoot">For each output, in the order given to the run, the index of its distinct root.</param>
    /// <param name="workers">The number of workers (sets the ring's size).</param>
    /// <param name="chunkLength">The length of a full chunk.</param>
    internal OrderedChunkSink(Action<SampleChunk> callback, int[] outputRoot, int workers, int chunkLength)
    {
        _callback = callback;
        _outputRoot = outputRoot;
        var slots = 2 * Math.Max(1, workers);
        _slots = new double[slots][][];
        for (var k = 0; k < slots; k++)
        {
            _slots[k] = new double[outputRoot.Length][];
            for (var o = 0; o < outputRoot.Length; o++)
            {
                _slots[k][o] = GC.AllocateUninitializedArray<double>(chunkLength);
            }
        }

        _views = new double[][]?[slots];
        _starts = new long[slots];
        _lengths = new int[slots];
        _states = new int[slots];
    }

    /// <inheritdoc />
    internal override bool WaitForRoom(long chunk, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (!_stopped && chunk >= _next + _slots.Length && !cancellationToken.IsCancellationRequested)
            {
                Monitor.Wait(_gate, 50); // also wakes up now and then to notice cancellation
            }

            return !_stopped;
        }
    }

    /// <inheritdoc />
    internal override void Consume(long chunk, long start, int length, double[][] roots, double[]?[] kept)
    {
        var slot = (int)(chunk % _slots.Length);
        if (_outputRoot.All(r => kept[r] is not null))
        {
            // Every output keeps its samples: the callback reads the chunk there, nothing is copied.
            _views[slot] = [.. _outputRoot.Select(r => kept[r]!)];
        }
        else
        {
            _views[slot] = null;
            for (var o = 0; o < _outputRoot.Length; o++)
            {
                roots[_outputRoot[o]].AsSpan(0, length).CopyTo(_slots[slot][o]);
            }
        }

        _starts[slot] = start;
        _lengths[slot] = length;
        Complete(slot, Ready);
    }

    /// <inheritdoc />
    internal override void Fail(long chunk) => Complete((int)(chunk % _slots.Length), Failed);

    /// <inheritdoc />
    internal override void ThrowIfFailed() => _error?.Throw();

    private void Complete(int slot, int state)
    {
        lock (_gate)
        {
            _states[slot] = state;
            if (_delivering)
            {
                return; // the worker delivering now will reach this slot.
            }

            _delivering = true;
        }

        while (true)
        {
            long chunk;
            int next;
            lock (_gate)
            {
                chunk = _next;
                next = (int)(chunk % _slots.Length);
                if (_stopped || _states[next] != Ready)
                {
                    _stopped |= _states[next] == Failed;
                    _delivering = false;
                    Monitor.PulseAll(_gate);
                    return;
                }
            }

            try
            {
                _callback(_views[next] is { } view
                    ? new SampleChunk((int)chunk, _starts[next], _lengths[next], view, (int)_starts[next])
                    : new SampleChunk((int)chunk, _starts[next], _lengths[next], _slots[next]));
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _error = ExceptionDispatchInfo.Capture(ex);
                    _stopped = true;
                    _delivering = false;
                    Monitor.PulseAll(_gate);
                }

                return;
            }

            lock (_gate)
            {
                _states[next] = Empty;
                _next++;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
