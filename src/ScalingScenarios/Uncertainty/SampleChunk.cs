namespace ScalingScenarios.Uncertainty;

/// <summary>
/// One chunk of a streamed run: the samples with indices [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>)
/// of every output, handed to the callback of <see cref="Simulation.Stream"/> in chunk order.
/// </summary>
/// <remarks>
/// The spans returned by <see cref="Output"/> point into the engine's buffers and are valid only until the callback
/// returns: copy or write out what you need before returning, and never keep the spans. The chunk itself holds no
/// other state; it is not thread-safe to use after the callback.
/// </remarks>
public sealed class SampleChunk
{
    private readonly double[][] _outputs;
    private readonly int _offset;

    internal SampleChunk(int index, long start, int length, double[][] outputs, int offset = 0)
    {
        _offset = offset;
        Index = index;
        Start = start;
        Length = length;
        _outputs = outputs;
    }

    /// <summary>Gets the chunk's index, counting from 0; callbacks receive 0, 1, 2, … in this order.</summary>
    public int Index { get; }

    /// <summary>Gets the index of the chunk's first sample in the run. Range: [0, samples − 1].</summary>
    public long Start { get; }

    /// <summary>Gets the number of samples in the chunk. Range: [1, 4096]; only the last chunk may be shorter.</summary>
    public int Length { get; }

    /// <summary>Gets the number of outputs, in the order they were given to the run.</summary>
    public int OutputCount => _outputs.Length;

    /// <summary>The array behind output <paramref name="output"/> and where this chunk's values start in it, for folds that read many outputs at once.</summary>
    internal (double[] Array, int Offset) Column(int output)
    {
        _ = Output(output); // the same check of the index
        return (_outputs[output], _offset);
    }

    /// <summary>The samples of one output in this chunk, in sample-index order.</summary>
    /// <param name="output">The output's position in the list given to the run. Range: [0, <see cref="OutputCount"/> − 1].</param>
    /// <returns><see cref="Length"/> values, valid only until the callback returns.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="output"/> is outside [0, <see cref="OutputCount"/> − 1].</exception>
    public ReadOnlySpan<double> Output(int output)
    {
        if ((uint)output >= (uint)_outputs.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(output), output, $"Expected an output index in [0, {_outputs.Length - 1}]; got {output}.");
        }

        return _outputs[output].AsSpan(_offset, Length);
    }
}
