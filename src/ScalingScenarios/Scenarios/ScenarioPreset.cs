using ScalingScenarios.Claims;

namespace ScalingScenarios.Scenarios;

/// <summary>A named variant of the interview scenario: a few variables set to what one reading of a claim says (e.g. "odds-60-40" sets pContinue = 0.6, C11).</summary>
/// <remarks>Apply it with <see cref="ApplyTo(Scenario)"/> or take <see cref="Scenario"/> (the built-in scenario with the preset applied). Immutable and thread-safe.</remarks>
public sealed class ScenarioPreset
{
    private readonly KeyValuePair<string, string>[] _assignments;
    private readonly ClaimId[] _claims;
    private readonly Lazy<Scenario> _scenario;

    internal ScenarioPreset(string name, string description, ClaimId[] claims, params KeyValuePair<string, string>[] assignments)
    {
        Name = name;
        Description = description;
        _claims = claims;
        _assignments = assignments;
        _scenario = new Lazy<Scenario>(() => ApplyTo(InterviewScenario.Default));
    }

    /// <summary>The preset's name, e.g. "odds-60-40" (what <c>--preset</c> takes).</summary>
    public string Name { get; }

    /// <summary>What the preset assumes, in one sentence.</summary>
    public string Description { get; }

    /// <summary>The claims the preset reads.</summary>
    public IReadOnlyList<ClaimId> Claims => _claims;

    /// <summary>The variables it sets, as (name, formula).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Assignments => _assignments;

    /// <summary>The built-in interview scenario with this preset applied, named "&lt;scenario&gt; (&lt;preset&gt;)".</summary>
    public Scenario Scenario => _scenario.Value;

    /// <summary>Applies the preset to a scenario that defines the same variables (the interview scenario or a copy of it).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>A new scenario with the preset's variables set, named "&lt;scenario&gt; (&lt;preset&gt;)".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ScenarioException">The scenario lacks a variable the preset sets (the error names it).</exception>
    public Scenario ApplyTo(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.WithVariables(_assignments).WithName($"{scenario.Name} ({Name})");
    }

    /// <inheritdoc />
    public override string ToString() => _assignments.Length == 0
        ? $"{Name}: the interview scenario as written"
        : $"{Name}: " + string.Join("; ", _assignments.Select(a => $"{a.Key} = {a.Value}"));
}
