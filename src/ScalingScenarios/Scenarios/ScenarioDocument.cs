using ScalingScenarios.Formulas;

namespace ScalingScenarios.Scenarios;

/// <summary>What a scenario file says, field by field, before any formula is parsed; with every problem found while reading it.</summary>
internal sealed class ScenarioDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public int? Samples { get; set; }

    public long? Seed { get; set; }

    public List<VariableDefinition> Variables { get; } = [];

    public List<(string Name, int Line, int Column)> Outputs { get; } = [];

    public List<CorrelationDefinition> Correlations { get; } = [];

    public Dictionary<string, string> Descriptions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys of <see cref="Descriptions"/> and <see cref="Units"/> with where they were written, checked against the variables at the end.</summary>
    public List<(string Field, string Name, int Line, int Column)> AnnotationKeys { get; } = [];

    /// <summary>The <c>"branches"</c> field, in file order; empty when the file has none.</summary>
    public List<BranchDefinition> Branches { get; } = [];

    /// <summary>Where the <c>"branches"</c> field starts (for the error about their sum), or null.</summary>
    public (int Line, int Column)? BranchesPosition { get; set; }

    public List<ScenarioError> Errors { get; } = [];

    /// <summary>A copy without errors, with the variables and outputs given (for <see cref="Scenario.WithVariable"/> and branches).</summary>
    public ScenarioDocument With(IEnumerable<VariableDefinition> variables, IEnumerable<(string Name, int Line, int Column)>? outputs = null, bool keepBranches = true)
    {
        var copy = new ScenarioDocument { Name = Name, Description = Description, Samples = Samples, Seed = Seed, BranchesPosition = BranchesPosition };
        copy.Variables.AddRange(variables);
        copy.Outputs.AddRange(outputs ?? Outputs);
        copy.Correlations.AddRange(Correlations);
        foreach (var (key, value) in Descriptions)
        {
            copy.Descriptions[key] = value;
        }

        foreach (var (key, value) in Units)
        {
            copy.Units[key] = value;
        }

        copy.AnnotationKeys.AddRange(AnnotationKeys);
        if (keepBranches)
        {
            copy.Branches.AddRange(Branches);
        }

        return copy;
    }

    /// <summary>True when the text was not valid JSON (nothing else can be checked then).</summary>
    public bool HasJsonSyntaxError => Errors.Any(e => e.Kind == ScenarioErrorKind.JsonSyntax);
}
