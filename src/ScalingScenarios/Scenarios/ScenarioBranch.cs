using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// One branch of a <see cref="Scenario"/> (e.g. the interview's "scaling continues" or "stops", claims C11 and C12): its
/// probability and the variables it redefines.
/// </summary>
/// <remarks>
/// The branch's <see cref="Scenario"/> is the parent scenario with the overrides applied; it uses the same seed, so
/// variables the branch does not touch draw the same numbers in every branch (common random numbers). Immutable and thread-safe.
/// </remarks>
public sealed class ScenarioBranch
{
    private readonly KeyValuePair<string, string>[] _overrides;

    internal ScenarioBranch(string name, string? description, string probability, Uncertain probabilityNode, KeyValuePair<string, string>[] overrides, Scenario scenario)
    {
        Name = name;
        Description = description;
        Probability = probability;
        ProbabilityNode = probabilityNode;
        _overrides = overrides;
        Scenario = scenario;
    }

    /// <summary>The branch's name, e.g. "continues".</summary>
    public string Name { get; }

    /// <summary>The branch's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The probability as written: a number or a formula over the parent scenario's variables, e.g. "pContinue".</summary>
    public string Probability { get; }

    /// <summary>The variables the branch redefines, as (name, formula) in the file's order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Overrides => _overrides;

    /// <summary>The parent scenario with this branch's overrides applied (it has no branches of its own).</summary>
    public Scenario Scenario { get; }

    /// <summary>The probability's node, bound over the parent scenario's variables.</summary>
    internal Uncertain ProbabilityNode { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} (p = {Probability})";
}
