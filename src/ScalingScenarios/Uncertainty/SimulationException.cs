namespace ScalingScenarios.Uncertainty;

/// <summary>
/// A run failed at one sample: a node produced NaN or ±∞ that reaches an output, an uncertain
/// distribution parameter was invalid, or a mapped function threw.
/// </summary>
/// <remarks>
/// The failure reported is the one at the lowest sample index (then the earliest node in evaluation order),
/// so it is the same for any thread count. Not serializable across app domains; thread-safe (immutable).
/// </remarks>
public sealed class SimulationException : Exception
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public SimulationException()
        : this("A simulation failed.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public SimulationException(string message)
        : base(message)
    {
        NodeName = string.Empty;
        SampleIndex = -1;
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SimulationException(string message, Exception innerException)
        : base(message, innerException)
    {
        NodeName = string.Empty;
        SampleIndex = -1;
    }

    /// <summary>Initializes a new instance naming the node and the sample.</summary>
    /// <param name="nodeName">The node's name, or its description when unnamed.</param>
    /// <param name="sampleIndex">The zero-based sample index.</param>
    /// <param name="message">The full message (it names both).</param>
    /// <param name="innerException">The cause, if any.</param>
    public SimulationException(string nodeName, long sampleIndex, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        NodeName = nodeName;
        SampleIndex = sampleIndex;
    }

    /// <summary>Gets the name (or description) of the node that failed; empty when unknown.</summary>
    public string NodeName { get; }

    /// <summary>Gets the zero-based index of the sample at which it failed; −1 when unknown.</summary>
    public long SampleIndex { get; }
}
