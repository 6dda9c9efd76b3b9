using System.Globalization;
using ScalingScenarios.Formulas;
using ScalingScenarios.Reporting;
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
public sealed partial class Scenario
{
    /// <summary>The number of samples when the file gives none.</summary>
    public const int DefaultSamples = SimulationOptions.DefaultSamples;

    /// <summary>The seed when the file gives none (runs are reproducible by default).</summary>
    public const long DefaultSeed = SimulationOptions.DefaultSeed;

    /// <summary>How far from 1 the sum of branch probabilities may be (rounding of formulas such as 1/3).</summary>
    public const double BranchProbabilityTolerance = 1e-9;

    private const int BranchCheckSamples = 4096;

    private readonly ScenarioDocument _document;
    private readonly ScenarioVariable[] _variables;
    private readonly ScenarioVariable[] _outputs;
    private readonly ScenarioBranch[] _branches;

    private Scenario(ScenarioDocument document, string name, string? description, int samples, long seed, ScenarioVariable[] variables, ScenarioVariable[] outputs, ScenarioBranch[] branches)
    {
        _document = document;
        Name = name;
        Description = description;
        Samples = samples;
        Seed = seed;
        _variables = variables;
        _outputs = outputs;
        _branches = branches;
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

    /// <summary>The branches (claims C11, C12), in the file's order; empty when the scenario has none.</summary>
    /// <remarks>Their probabilities are each in [0, 1] and sum to 1 within <see cref="BranchProbabilityTolerance"/> (checked when the scenario is read, and in every sample of a run).</remarks>
    public IReadOnlyList<ScenarioBranch> Branches => Array.AsReadOnly(_branches);

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

        return TryBuild(document, out scenario, out errors);
    }

    /// <summary>Checks and binds a document read from a file or derived from another scenario, collecting every problem.</summary>
    internal static bool TryBuild(ScenarioDocument document, out Scenario? scenario, out IReadOnlyList<ScenarioError> errors)
    {
        scenario = null;
        var correlations = document.Errors.Any(e => e.Field?.StartsWith("correlations", StringComparison.Ordinal) == true) ? [] : document.Correlations;
        var checkedModel = FormulaChecker.Check([.. document.Variables, .. document.Branches.Select(b => b.Probability)], [.. correlations.SelectMany(c => new[] { c.First, c.Second })]);
        var bound = FormulaBinder.Bind(checkedModel, correlations);
        var all = document.Errors.Concat(checkedModel.Errors).Concat(bound.Errors).Concat(BranchReferenceErrors(document)).ToList();
        var branches = Array.Empty<ScenarioBranch>();
        if (all.Count == 0 && document.Branches.Count > 0)
        {
            branches = BuildBranches(document, bound.Nodes, all);
        }

        if (all.Count > 0)
        {
            errors = [.. all
                .DistinctBy(e => e.Message)
                .OrderBy(e => e.Line ?? 0)
                .ThenBy(e => e.Column ?? 0)
                .ThenBy(e => e.Position ?? 0)];
            return false;
        }

        var variables = document.Variables
            .Select(v => new ScenarioVariable(v.Name, v.Text, document.Descriptions.GetValueOrDefault(v.Name), document.Units.GetValueOrDefault(v.Name), bound.Nodes[v.Name]))
            .ToArray();
        var byName = variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        scenario = new Scenario(
            document,
            document.Name!,
            document.Description,
            document.Samples ?? DefaultSamples,
            document.Seed ?? DefaultSeed,
            variables,
            [.. document.Outputs.Select(o => byName[o.Name])],
            branches);
        errors = [];
        return true;
    }

    private static IEnumerable<ScenarioError> BranchReferenceErrors(ScenarioDocument document)
    {
        var names = document.Variables.Select(v => v.Name).ToList();
        foreach (var branch in document.Branches)
        {
            foreach (var o in branch.Overrides.Where(o => !names.Contains(o.Name)))
            {
                var suggestion = NameSuggester.Suggest(o.Name, names);
                yield return new ScenarioError(ScenarioErrorKind.UnknownVariable, "the name of a variable defined in \"variables\"", $"'{o.Name}'",
                    hint: suggestion is null ? null : $"Did you mean '{suggestion}'?", line: o.Line, column: o.Column, field: $"{branch.Field}.variables.{o.Name}");
            }
        }
    }

    /// <summary>Binds each branch's overrides and checks that the probabilities are in [0, 1] and sum to 1.</summary>
    private static ScenarioBranch[] BuildBranches(ScenarioDocument document, IReadOnlyDictionary<string, Uncertain> nodes, List<ScenarioError> errors)
    {
        var branches = new List<ScenarioBranch>();
        foreach (var b in document.Branches)
        {
            var variables = document.Variables.Select(v => b.Overrides.FirstOrDefault(o => o.Name == v.Name) ?? v);
            var branchDocument = document.With(variables, keepBranches: false);
            branchDocument.Name = $"{document.Name}: {b.Name}";
            if (!TryBuild(branchDocument, out var branchScenario, out var branchErrors))
            {
                errors.AddRange(branchErrors);
                continue;
            }

            branches.Add(new ScenarioBranch(b.Name, b.Description, b.Probability.Text, nodes[b.Probability.Name],
                [.. b.Overrides.Select(o => KeyValuePair.Create(o.Name, o.Text))], branchScenario!));
        }

        if (errors.Count == 0)
        {
            var (line, column) = document.BranchesPosition ?? (1, 1);
            var problem = FindProbabilityProblem([.. document.Branches.Select(b => b.Name)], [.. document.Branches.Select(b => nodes[b.Probability.Name])], document.Seed ?? DefaultSeed);
            if (problem is not null)
            {
                errors.Add(new ScenarioError(ScenarioErrorKind.InvalidScenario, "branch probabilities, each in [0, 1], that sum to 1", problem, line: line, column: column, field: "branches"));
            }
        }

        return [.. branches];
    }

    /// <summary>
    /// Describes the first way the probabilities fail to be a distribution (e.g. "continues 0.6 + stops 0.3 = 0.9"), or null.
    /// Constant probabilities are checked exactly; uncertain ones on a check run of <see cref="BranchCheckSamples"/> samples (the full run checks every sample).
    /// </summary>
    internal static string? FindProbabilityProblem(string[] names, Uncertain[] probabilities, long seed)
    {
        if (probabilities.All(p => p.IsConstant))
        {
            return DescribeProbabilities(names, [.. probabilities.Select(p => p.Value)], null);
        }

        SimulationResult run;
        try
        {
            run = Simulation.Run(SimulationOptions.Default.WithSamples(BranchCheckSamples).WithSeed(seed).WithKeepSamples(true), probabilities);
        }
        catch (SimulationException)
        {
            return null; // The full run reports the node and sample that failed.
        }

        return FindProbabilityProblem(names, [.. run.Outputs.Select(o => o.Samples)]);
    }

    /// <summary>The first sample at which per-sample probabilities fail to be a distribution, described; or null.</summary>
    internal static string? FindProbabilityProblem(string[] names, IReadOnlyList<double>[] samples)
    {
        var values = new double[names.Length];
        for (var s = 0; s < samples[0].Count; s++)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = samples[i][s];
            }

            if (DescribeProbabilities(names, values, s) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Describes how one sample's probabilities fail to be a distribution (e.g. "continues 0.6 + stops 0.3 = 0.9 at sample 7"), or null when they are one.</summary>
    internal static string? DescribeProbabilities(string[] names, double[] values, long? sample)
    {
        string At() => sample is { } s ? string.Create(CultureInfo.InvariantCulture, $" at sample {s}") : string.Empty;
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0 && values[i] <= 1))
            {
                return $"{names[i]} = {Format(values[i])}{At()}";
            }
        }

        var sum = values.Sum();
        return Math.Abs(sum - 1) <= BranchProbabilityTolerance
            ? null
            : string.Join(" + ", names.Zip(values, (n, v) => $"{n} {Format(v)}")) + $" = {Format(sum)}{At()}";
    }

    private static string Format(double value) => value.ToString("G12", CultureInfo.InvariantCulture);

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
    public Scenario WithSamples(int samples) => new(_document, Name, Description, Guard.AtLeast(samples, 1), Seed, _variables, _outputs, _branches);

    /// <summary>Returns a copy that uses <paramref name="seed"/> by default.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithSeed(long seed) => new(_document, Name, Description, Samples, seed, _variables, _outputs, _branches);

    /// <summary>Returns a copy with another name (shown above results and in comparisons).</summary>
    /// <param name="name">The new name. Must not be empty or white space.</param>
    /// <returns>The new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Scenario WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(_document, name, Description, Samples, Seed, _variables, _outputs, _branches);
    }

    /// <summary>Returns a copy in which one variable has a new formula, checked exactly as if the file had said so.</summary>
    /// <param name="name">The variable's name (case-sensitive), e.g. "pContinue".</param>
    /// <param name="formula">The new formula or number, e.g. "0.7" or "uniform(0.6, 0.8)".</param>
    /// <returns>The new scenario, with this scenario's samples and seed; variables and branches that use the variable follow it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScenarioException">No variable has that name (the error suggests the nearest), or the formula or a formula that uses it has a problem: the errors are those a file would give, located by variable and character.</exception>
    public Scenario WithVariable(string name, string formula) => WithVariables([KeyValuePair.Create(name, formula)]);

    /// <summary>Returns a copy in which several variables have new formulas, all checked together.</summary>
    /// <param name="assignments">(name, formula) pairs, e.g. ("pContinue", "0.7"); a later pair for the same name wins.</param>
    /// <returns>The new scenario, with this scenario's samples and seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignments"/>, a name or a formula is null.</exception>
    /// <exception cref="ScenarioException">A name is not a variable (with a suggestion), or a formula has a problem; every problem is listed.</exception>
    public Scenario WithVariables(IEnumerable<KeyValuePair<string, string>> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var definitions = _document.Variables.ToList();
        var errors = new List<ScenarioError>();
        foreach (var (name, formula) in assignments)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(assignments));
            ArgumentNullException.ThrowIfNull(formula, nameof(assignments));
            var index = definitions.FindIndex(d => d.Name == name);
            if (index < 0)
            {
                var suggestion = NameSuggester.Suggest(name, definitions.Select(d => d.Name));
                errors.Add(new ScenarioError(ScenarioErrorKind.UnknownVariable, $"the name of a variable of '{Name}'", $"'{name}'",
                    hint: suggestion is null ? null : $"Did you mean '{suggestion}'?"));
                continue;
            }

            definitions[index] = VariableDefinition.FromFormula(name, formula);
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        return Rebuild(_document.With(definitions));
    }

    /// <summary>Returns a copy that summarizes other variables (for example inputs, to see what a run drew for them).</summary>
    /// <param name="outputs">The names of the variables to summarize, in order; at least one.</param>
    /// <returns>The new scenario, with this scenario's samples and seed; its branches summarize the same variables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outputs"/> or a name is null.</exception>
    /// <exception cref="ScenarioException">A name is not a variable (with a suggestion), is listed twice, or the list is empty.</exception>
    public Scenario WithOutputs(IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        string[] names = [.. outputs];
        foreach (var name in names)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(outputs));
        }

        var document = _document.With(_document.Variables, [.. names.Select(n => (n, 0, 0))]);
        var known = new HashSet<string>(_variables.Select(v => v.Name), StringComparer.Ordinal);
        var errors = names.Select((n, i) => (n, i)).Where(p => !known.Contains(p.n) || Array.IndexOf(names, p.n) != p.i)
            .Select(p => new ScenarioError(ScenarioErrorKind.UnknownOutput, known.Contains(p.n) ? "each output listed once" : $"the name of a variable of '{Name}'", $"'{p.n}'",
                hint: known.Contains(p.n) || NameSuggester.Suggest(p.n, known) is not { } suggestion ? null : $"Did you mean '{suggestion}'?",
                field: string.Create(CultureInfo.InvariantCulture, $"outputs[{p.i}]")))
            .ToList();
        if (names.Length == 0)
        {
            errors.Add(new ScenarioError(ScenarioErrorKind.UnknownOutput, "at least one output (a variable name)", "an empty list", field: "outputs"));
        }

        return errors.Count > 0 ? throw new ScenarioException(errors) : Rebuild(document);
    }

    /// <summary>Finds a branch by name.</summary>
    /// <param name="name">The branch's name (case-sensitive), e.g. "continues".</param>
    /// <returns>The branch.</returns>
    /// <exception cref="KeyNotFoundException">The scenario has no branch of that name; the message lists the branches and suggests the nearest.</exception>
    public ScenarioBranch Branch(string name)
    {
        foreach (var b in _branches)
        {
            if (b.Name == name)
            {
                return b;
            }
        }

        var suggestion = NameSuggester.Suggest(name ?? string.Empty, _branches.Select(b => b.Name));
        throw new KeyNotFoundException(_branches.Length == 0
            ? $"Expected a branch of '{Name}'; got '{name}', but the scenario has no branches."
            : $"Expected one of the branches {string.Join(", ", _branches.Select(b => b.Name))} of '{Name}'; got '{name}'." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
    }

    private Scenario Rebuild(ScenarioDocument document)
    {
        document.Name = Name;
        return TryBuild(document, out var scenario, out var errors) ? scenario!.WithSamples(Samples).WithSeed(Seed) : throw new ScenarioException(errors);
    }

    /// <summary>Runs the scenario and summarizes every output.</summary>
    /// <param name="options">The simulation options; null uses <see cref="Options"/> (the file's samples and seed).</param>
    /// <param name="progress">Receives the fraction done, from 0 to 1; may be null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One summary per output, with the seed, the sample count and the elapsed time; with branches, also <see cref="ScenarioResult.Branches"/> (each branch run with the same samples and seed in one joint run; within the memory budget, the base run's kept samples counted first, the branches keep their samples, beyond it they use the bounded-memory mode and give the same numbers).</returns>
    /// <exception cref="ScenarioException">The branch probabilities are not in [0, 1] or do not sum to 1 at some sample.</exception>
    /// <exception cref="SimulationException">A formula produced NaN or ±∞, or an uncertain parameter was invalid, at some sample; the message names the node and the sample.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ScenarioResult Run(SimulationOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var chosen = options ?? Options;
        if (_branches.Length == 0)
        {
            return new ScenarioResult(this, Simulation.Run(chosen, [.. _outputs.Select(o => o.Node)], progress, cancellationToken));
        }

        // When the base run and the branches all keep their samples within the budget, one joint run gives both: the
        // variables no branch overrides are sampled once for all of them, and every number is what the separate runs give.
        var everything = BranchResults.JointOutputCount(_outputs.Length, _branches.Length, withBase: true) * chosen.Samples * sizeof(double);
        if (chosen.KeepSamples && everything <= chosen.MaxMemoryBytes && chosen.Samples <= Array.MaxLength)
        {
            var (joint, jointBase) = BranchResults.Run(this, chosen, progress, cancellationToken, withBase: true);
            return new ScenarioResult(this, jointBase!, joint);
        }

        // Progress: the base run and each branch's graph cost about the same, so the base run is the first share of the work.
        var baseShare = 1.0 / (1 + _branches.Length);
        var result = Simulation.Run(chosen, [.. _outputs.Select(o => o.Node)], progress is null ? null : new ScaledProgress(progress, 0, baseShare), cancellationToken);

        // The budget covers the whole run: the branches get what the base run's kept samples left of it.
        var keptByBase = result.Outputs.Any(o => o.HasSamples) ? (long)_outputs.Length * chosen.Samples * sizeof(double) : 0;
        var branchOptions = chosen.WithMaxMemory(Math.Max(SimulationOptions.MinMaxMemoryBytes, chosen.MaxMemoryBytes - keptByBase));
        return new ScenarioResult(this, result, BranchResults.Run(this, branchOptions, progress is null ? null : new ScaledProgress(progress, baseShare, 1 - baseShare), cancellationToken).Branches);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Display.Count(_variables.Length, "variable")}, {Display.Count(_outputs.Length, "output")})";

    /// <summary>Reports a part of the work: <c>from + share × fraction</c>.</summary>
    private sealed class ScaledProgress(IProgress<double> inner, double from, double share) : IProgress<double>
    {
        public void Report(double value) => inner.Report(from + (share * value));
    }
}
