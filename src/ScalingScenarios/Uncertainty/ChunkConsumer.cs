namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Sees every chunk's output values as the engine computes them, on the worker thread that computed them, in whatever
/// order the workers finish; used to stream samples out (<see cref="OrderedChunkSink"/>) and by the bounded-memory passes.
/// </summary>
/// <remarks>Implementations must be safe to call from several workers at once, for different chunks.</remarks>
internal abstract class ChunkConsumer
{
    /// <summary>
    /// Called before a worker evaluates <paramref name="chunk"/>; may block until the consumer has room for it.
    /// Returns false when the run should stop taking chunks (the consumer failed).
    /// </summary>
    internal virtual bool WaitForRoom(long chunk, CancellationToken cancellationToken) => true;

    /// <summary>
    /// Receives the values of one evaluated chunk: <paramref name="roots"/>[r] holds the r-th distinct root's values in its
    /// first <paramref name="length"/> elements; <paramref name="kept"/>[r] is that root's kept-sample array when the run
    /// keeps it (already holding this chunk's values from index <paramref name="start"/>, and for the rest of the run), else null.
    /// </summary>
    internal abstract void Consume(long chunk, long start, int length, double[][] roots, double[]?[] kept);

    /// <summary>Called instead of <see cref="Consume"/> for a chunk whose evaluation failed (the run will report that error).</summary>
    internal virtual void Fail(long chunk)
    {
    }

    /// <summary>After the run: rethrows what the consumer itself failed with, if anything.</summary>
    internal virtual void ThrowIfFailed()
    {
    }
}
