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

    public List<ScenarioError> Errors { get; } = [];

    /// <summary>True when the text was not valid JSON (nothing else can be checked then).</summary>
    public bool HasJsonSyntaxError => Errors.Any(e => e.Kind == ScenarioErrorKind.JsonSyntax);
}
