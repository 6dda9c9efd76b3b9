using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>One output that every compared result has: its summary in each, and each result's difference from the first (the baseline).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ComparedOutput
{
    private readonly Summary[] _summaries;
    private readonly OutputDifference[] _differences;

    internal ComparedOutput(string name, string? unit, string? description, Summary[] summaries, OutputDifference[] differences)
    {
        Name = name;
        Unit = unit;
        Description = description;
        _summaries = summaries;
        _differences = differences;
    }

    /// <summary>The output's name.</summary>
    public string Name { get; }

    /// <summary>Its unit (from the first result that gives one), or null.</summary>
    public string? Unit { get; }

    /// <summary>Its description (from the first result that gives one), or null.</summary>
    public string? Description { get; }

    /// <summary>The output's summary in each result, in the comparison's order.</summary>
    public IReadOnlyList<Summary> Summaries => _summaries;

    /// <summary>Each result after the first, against the first: one fewer than <see cref="Summaries"/>.</summary>
    public IReadOnlyList<OutputDifference> Differences => _differences;

    /// <inheritdoc />
    public override string ToString() => $"{Name}: " + string.Join(", ", _differences.Select(d => d.ToString()));
}
