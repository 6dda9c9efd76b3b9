namespace ScalingScenarios.Scenarios;

/// <summary>One input of a <see cref="ClaimCheck"/>: its name, the value used, its unit and where it came from.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CheckInput
{
    internal CheckInput(string name, double value, string? unit, string source)
    {
        Name = name;
        Value = value;
        Unit = unit;
        Source = source;
    }

    /// <summary>The input's name: a scenario variable (e.g. "pContinue") or a library constant.</summary>
    public string Name { get; }

    /// <summary>The value the check used (for an uncertain variable, the statistic its source names).</summary>
    public double Value { get; }

    /// <summary>"USD", "percent", another unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>Where the value came from, e.g. "scenario: uniform(0.6, 0.7), mean" or "library: Reliability.DefaultStepReliability (C10)".</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value:G6} ({Source})";
}
