using ScalingScenarios.Formulas;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// A named set of uncertain variables, written as formulas, and the outputs to summarize: the contents of a
/// scenario file, bound to the model graph and ready to run.
/// </summary>
/// <remarks>
/// Read one with <see cref="Parse(string)"/> (pure: text in, scenario out; the caller reads files). Variables may
/// refer to variables defined later; every variable is one node, so a variable used twice is the same draw in
/// each sample. Immutable and thread-safe; running it twice with the same options gives the same result.
/// </remarks>
public sealed class Scenario
{
    /// <summary>The number of samples when the file gives none.</summary>
    public const int DefaultSamples = SimulationOptions.DefaultSamples;

    /// <summary>The seed when the file gives none (runs are reproducible by default).</summary>
    public const long DefaultSeed = SimulationOptions.DefaultSeed;

    private readonly ScenarioVariable[] _variables;
    private readonly ScenarioVariable[] _outputs;

    private Scenario(string name, string? description, int samples, long seed, ScenarioVariable[] variables, ScenarioVariable[] outputs)
    {
        Name = name;
        Description = description;
        Samples = samples;
        Seed = seed;
        _variables = variables;
        _outputs = outputs;
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>The scenario's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The number of samples a run draws by default. Range: [1, 2^31 − 1].</summary>
    public int Samples { get; }

    /// <summary>The seed a run uses by default.</summary>
    public long Seed { get; }

    /// <summary>Every variable, in the file's order.</summary>
    public IReadOnlyList<ScenarioVariable> Variables => Array.AsReadOnly(_variables);

    /// <summary>The output variables, in the file's order.</summary>
    public IReadOnlyList<ScenarioVariable> Outputs => Array.AsReadOnly(_outputs);

    /// <summary>The simulation options of the file: its samples and seed, with the engine's other defaults.</summary>
    public SimulationOptions Options => SimulationOptions.Default.WithSamples(Samples).WithSeed(Seed);

    /// <summary>Reads a scenario file's text and binds its formulas.</summary>
    /// <param name="json">The file's text: JSON, with comments and trailing commas allowed.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ScenarioException">The text has one or more problems; <see cref="ScenarioException.Errors"/> lists every one.</exception>
    public static Scenario Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var scenario, out var errors) ? scenario! : throw new ScenarioException(errors);
    }

    /// <summary>Reads a scenario file's text and binds its formulas, returning every problem instead of throwing.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="scenario">The scenario when there is no problem; otherwise null.</param>
    /// <param name="errors">Every problem found, in file order; empty on success.</param>
    /// <returns>True when the text is a valid scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, out Scenario? scenario, out IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        scenario = null;
        var document = ScenarioJsonReader.Read(json.TrimStart('\uFEFF'));
        if (document.HasJsonSyntaxError)
        {
            errors = document.Errors;
            return false;
        }

        var correlations = document.Errors.Any(e => e.Field?.StartsWith("correlations", StringComparison.Ordinal) == true) ? [] : document.Correlations;
        var checkedModel = FormulaChecker.Check(document.Variables, [.. correlations.SelectMany(c => new[] { c.First, c.Second })]);
        var bound = FormulaBinder.Bind(checkedModel, correlations);
        var all = document.Errors.Concat(checkedModel.Errors).Concat(bound.Errors)
            .OrderBy(e => e.Line ?? 0)
            .ThenBy(e => e.Column ?? 0)
            .ThenBy(e => e.Position ?? 0)
            .ToList();
        if (all.Count > 0)
        {
            errors = all;
            return false;
        }

        var variables = document.Variables
            .Select(v => new ScenarioVariable(v.Name, v.Text, document.Descriptions.GetValueOrDefault(v.Name), document.Units.GetValueOrDefault(v.Name), bound.Nodes[v.Name]))
            .ToArray();
        var byName = variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        scenario = new Scenario(
            document.Name!,
            document.Description,
            document.Samples ?? DefaultSamples,
            document.Seed ?? DefaultSeed,
            variables,
            [.. document.Outputs.Select(o => byName[o.Name])]);
        errors = [];
        return true;
    }

    /// <summary>Builds a scenario from formulas given in code (for notebooks and programs), with the file format's checks.</summary>
    /// <param name="name">The scenario's name. Must not be empty.</param>
    /// <param name="variables">The variables in order: name and formula, e.g. ("market", "1T to 10T"). Later references are allowed.</param>
    /// <param name="outputs">The names of the variables to summarize; at least one.</param>
    /// <returns>The scenario, with <see cref="DefaultSamples"/> samples and seed <see cref="DefaultSeed"/> (change them with <see cref="WithSamples(int)"/> and <see cref="WithSeed(long)"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ScenarioException">A formula, a name or an output has a problem; every one is listed, located by variable and character.</exception>
    public static Scenario FromFormulas(string name, IEnumerable<KeyValuePair<string, string>> variables, IEnumerable<string> outputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(outputs);
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteStartObject("variables");
            foreach (var (variable, formula) in variables)
            {
                ArgumentNullException.ThrowIfNull(variable, nameof(variables));
                ArgumentNullException.ThrowIfNull(formula, nameof(variables));
                writer.WriteString(variable, formula);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("outputs");
            foreach (var output in outputs)
            {
                ArgumentNullException.ThrowIfNull(output, nameof(outputs));
                writer.WriteStringValue(output);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (TryParse(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), out var scenario, out var errors))
        {
            return scenario!;
        }

        // The JSON was generated here: its lines and columns mean nothing to the caller, the variable and character do.
        throw new ScenarioException(errors.Select(e => new ScenarioError(
            e.Kind, e.Expected, e.Found, e.Variable, e.Position, e.Length, e.Hint, field: e.Field, formula: e.Formula)));
    }

    /// <summary>Checks a scenario file's text and lists every problem (empty when it is valid).</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>Every problem, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<ScenarioError> Validate(string json)
    {
        return TryParse(json, out _, out var errors) ? [] : errors;
    }

    /// <summary>Finds a variable by name.</summary>
    /// <param name="name">The variable's name (case-sensitive).</param>
    /// <returns>The variable.</returns>
    /// <exception cref="KeyNotFoundException">No variable has that name; the message suggests the nearest one.</exception>
    public ScenarioVariable Variable(string name)
    {
        foreach (var v in _variables)
        {
            if (v.Name == name)
            {
                return v;
            }
        }

        var suggestion = NameSuggester.Suggest(name ?? string.Empty, _variables.Select(v => v.Name));
        throw new KeyNotFoundException($"Expected the name of a variable of '{Name}'; got '{name}'." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
    }

    /// <summary>Returns a copy that draws <paramref name="samples"/> samples by default.</summary>
    /// <param name="samples">The number of samples. Range: [1, 2^31 − 1].</param>
    /// <returns>The new scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> is below 1.</exception>
    public Scenario WithSamples(int samples) => new(Name, Description, Guard.AtLeast(samples, 1), Seed, _variables, _outputs);

    /// <summary>Returns a copy that uses <paramref name="seed"/> by default.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithSeed(long seed) => new(Name, Description, Samples, seed, _variables, _outputs);

    /// <summary>Runs the scenario and summarizes every output.</summary>
    /// <param name="options">The simulation options; null uses <see cref="Options"/> (the file's samples and seed).</param>
    /// <param name="progress">Receives the fraction done, from 0 to 1; may be null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One summary per output, with the seed, the sample count and the elapsed time.</returns>
    /// <exception cref="SimulationException">A formula produced NaN or ±∞, or an uncertain parameter was invalid, at some sample; the message names the node and the sample.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ScenarioResult Run(SimulationOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = Simulation.Run(options ?? Options, [.. _outputs.Select(o => o.Node)], progress, cancellationToken);
        return new ScenarioResult(this, result);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({_variables.Length} variables, {_outputs.Length} outputs)";
}
