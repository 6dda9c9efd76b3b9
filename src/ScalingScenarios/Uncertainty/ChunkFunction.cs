namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Computes a derived node's values for the samples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="destination"/>.Length)
/// of one chunk: <paramref name="inputs"/>[k] holds the k-th input's values for those samples in its first elements.
/// </summary>
/// <remarks>Called on worker threads, for different chunks at once: it must be pure (its values may depend on the sample index, never on the call order).</remarks>
/// <param name="start">The index of the chunk's first sample in the run.</param>
/// <param name="inputs">The inputs' buffers, in the node's input order; read only the first <c>destination.Length</c> values.</param>
/// <param name="destination">Receives one value per sample.</param>
internal delegate void ChunkFunction(long start, double[][] inputs, Span<double> destination);
