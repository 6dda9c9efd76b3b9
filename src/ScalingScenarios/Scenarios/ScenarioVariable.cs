using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>One variable of a <see cref="Scenario"/>: its name, its formula, its optional description and unit, and its node in the model graph.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScenarioVariable
{
    internal ScenarioVariable(string name, string formula, string? description, string? unit, Uncertain node)
    {
        Name = name;
        Formula = formula;
        Description = description;
        Unit = unit;
        Node = node;
    }

    /// <summary>The variable's name, e.g. "marketSize".</summary>
    public string Name { get; }

    /// <summary>The formula as written (a number is written as a formula, e.g. "4").</summary>
    public string Formula { get; }

    /// <summary>The text of the file's <c>"descriptions"</c> entry for this variable, or null.</summary>
    public string? Description { get; }

    /// <summary>The text of the file's <c>"units"</c> entry for this variable ("USD", "percent" or free text), or null.</summary>
    public string? Unit { get; }

    /// <summary>The variable's node in the model graph, named after the variable.</summary>
    public Uncertain Node { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Formula}";
}
