namespace ScalingScenarios.Uncertainty;

/// <summary>The result of one run: a summary per requested output, with the run's sample count, seed and elapsed time.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SimulationResult
{
    private readonly Uncertain[] _nodes;
    private readonly Summary[] _summaries;

    internal SimulationResult(Uncertain[] nodes, Summary[] summaries, int samples, long seed, TimeSpan elapsed, bool boundedMemory = false)
    {
        BoundedMemory = boundedMemory;
        _nodes = nodes;
        _summaries = summaries;
        Outputs = Array.AsReadOnly(summaries);
        Samples = samples;
        Seed = seed;
        Elapsed = elapsed;
    }

    /// <summary>Gets the summaries, in the order the outputs were given.</summary>
    public IReadOnlyList<Summary> Outputs { get; }

    /// <summary>Gets the number of samples of the run.</summary>
    public int Samples { get; }

    /// <summary>Gets the seed of the run.</summary>
    public long Seed { get; }

    /// <summary>Gets the wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>
    /// Gets a value indicating whether the run used the bounded-memory mode: keeping the samples would have exceeded
    /// <see cref="SimulationOptions.MaxMemoryBytes"/>, so none were kept, and the exact p5 … p95 and histograms were
    /// found by extra passes that re-simulate the same samples. Every number is the same as with kept samples; only
    /// <see cref="Summary.Samples"/>, other quantiles and probabilities are unavailable.
    /// </summary>
    public bool BoundedMemory { get; }

    /// <summary>Gets the summary of an output node (the same instance that was passed to the run).</summary>
    /// <param name="output">The output node.</param>
    /// <returns>Its summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="output"/> was not an output of the run.</exception>
    public Summary this[Uncertain output]
    {
        get
        {
            Guard.NotNull(output);
            var index = Array.IndexOf(_nodes, output);
            return index >= 0 ? _summaries[index] : throw new KeyNotFoundException($"'{output}' was not an output of this run.");
        }
    }

    /// <summary>Gets the summary of the output with this name (or description).</summary>
    /// <param name="name">The output's name.</param>
    /// <returns>Its summary (the first, if several outputs share the name).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No output has this name.</exception>
    public Summary this[string name]
    {
        get
        {
            Guard.NotNull(name);
            return _summaries.FirstOrDefault(s => s.Name == name)
                ?? throw new KeyNotFoundException($"No output is named '{name}'; the outputs are: {string.Join(", ", _summaries.Select(s => $"'{s.Name}'"))}.");
        }
    }
}
