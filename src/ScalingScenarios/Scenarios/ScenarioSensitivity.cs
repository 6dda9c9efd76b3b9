using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// Which uncertain inputs of a scenario drive one of its variables: the engine's <see cref="SensitivityResult"/> in the
/// scenario's own names and units, as <c>scaling-scenarios sensitivity</c> shows it (table, Markdown, CSV, JSON).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScenarioSensitivity
{
    private ScenarioSensitivity(Scenario scenario, ScenarioVariable target, SimulationOptions options, SensitivityResult result)
    {
        Scenario = scenario;
        Target = target;
        Options = options;
        Result = result;
    }

    /// <summary>The scenario analyzed.</summary>
    public Scenario Scenario { get; }

    /// <summary>The variable explained.</summary>
    public ScenarioVariable Target { get; }

    /// <summary>The samples, seed and threads of every run.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The engine's ranked entries and the output's summary.</summary>
    public SensitivityResult Result { get; }

    /// <summary>Analyzes one variable of a scenario (see <see cref="Sensitivity.Analyze(Uncertain, SimulationOptions, CancellationToken)"/>).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="variable">The variable to explain; null for the first output.</param>
    /// <param name="options">Samples, seed and threads; null for the scenario's own. Samples are not kept.</param>
    /// <param name="cancellationToken">Stops the analysis between chunks.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="variable"/> is not a variable of the scenario (the message suggests the closest).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The samples sensitivity ranks (every random input and the target) would exceed the memory budget of <paramref name="options"/>; the message says how much they need and what to change.</exception>
    /// <exception cref="SimulationException">A run failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ScenarioSensitivity Analyze(Scenario scenario, string? variable = null, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var target = variable is null ? scenario.Outputs[0] : scenario.Variable(variable);
        var runOptions = (options ?? scenario.Options).WithKeepSamples(false);
        return new ScenarioSensitivity(scenario, target, runOptions, Sensitivity.Analyze(target.Node, runOptions, cancellationToken));
    }

    /// <summary>The ranked table: each input's P10 to P90, the output's mean at each, the swing and the rank correlation.</summary>
    /// <returns>The table.</returns>
    public TextTable ToTable()
    {
        var unit = Target.Unit;
        return new TextTable(
            $"What drives {Target.Name} ({Scenario.Name})",
            ["#", "Input", "Input P10 to P90", "Mean at P10", "Mean at P90", "Swing", "Rank correlation"],
            Result.Entries.Select((e, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture),
                e.LeafName,
                $"{Display.WithUnit(e.LeafLow, InputUnit(e.LeafName))} to {Display.WithUnit(e.LeafHigh, InputUnit(e.LeafName))}",
                Display.WithUnit(e.MeanAtLow, unit),
                Display.WithUnit(e.MeanAtHigh, unit),
                Display.WithUnit(e.Swing, unit),
                e.RankCorrelation.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
            }),
            [
                string.Create(CultureInfo.InvariantCulture, $"Mean of {Target.Name}: {Display.WithUnit(Result.Output.Mean, unit)} ({Options.Samples:N0} samples, seed {Options.Seed})."),
                "Swing: the output's mean with one input held at its 10th, then its 90th percentile, the rest sampled (a tornado, largest first).",
                "Rank correlation: Spearman's, between input and output over all samples (+1 rise together, 0 no monotone relation).",
                "Inputs are the model's random draws: a variable, or 'variable: formula' for a distribution inside a formula.",
            ]);
    }

    /// <summary>The table as Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>
    /// One CSV row per input, ranked: <c>rank,input,inputP10,inputP90,inputUnit,meanAtP10,meanAtP90,swing,unit,rankCorrelation</c>
    /// with raw round-trip numbers; <c>unit</c> is the output's.
    /// </summary>
    /// <returns>The CSV text with "\n" line ends.</returns>
    public string ToCsv()
        => new TextTable(
            string.Empty,
            ["rank", "input", "inputP10", "inputP90", "inputUnit", "meanAtP10", "meanAtP90", "swing", "unit", "rankCorrelation"],
            Result.Entries.Select((e, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), e.LeafName, Raw(e.LeafLow), Raw(e.LeafHigh), InputUnit(e.LeafName) ?? string.Empty,
                Raw(e.MeanAtLow), Raw(e.MeanAtHigh), Raw(e.Swing), Target.Unit ?? string.Empty, Raw(e.RankCorrelation),
            })).ToCsv();

    /// <summary>
    /// Writes the JSON object: <c>scenario</c>, <c>output</c>, <c>unit</c>, <c>description</c>, <c>samples</c>, <c>seed</c>,
    /// <c>outputMean</c> and <c>inputs</c> (ranked; each with <c>input</c>, <c>unit</c>, <c>rankCorrelation</c>,
    /// <c>inputLow</c>, <c>inputHigh</c>, <c>meanAtLow</c>, <c>meanAtHigh</c>, <c>swing</c>).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("scenario", Scenario.Name);
        writer.WriteString("output", Target.Name);
        writer.WriteOptional("unit", Target.Unit);
        writer.WriteOptional("description", Target.Description);
        writer.WriteNumber("samples", Options.Samples);
        writer.WriteNumber("seed", Options.Seed);
        writer.WriteDouble("outputMean", Result.Output.Mean);
        writer.WriteStartArray("inputs");
        foreach (var e in Result.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("input", e.LeafName);
            writer.WriteOptional("unit", InputUnit(e.LeafName));
            writer.WriteDouble("rankCorrelation", e.RankCorrelation);
            writer.WriteDouble("inputLow", e.LeafLow);
            writer.WriteDouble("inputHigh", e.LeafHigh);
            writer.WriteDouble("meanAtLow", e.MeanAtLow);
            writer.WriteDouble("meanAtHigh", e.MeanAtHigh);
            writer.WriteDouble("swing", e.Swing);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The JSON object as text (see <see cref="WriteJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <summary>One line for a debugger or a log: the variable explained and its largest driver (the table is <see cref="ToMarkdown"/>).</summary>
    /// <returns>E.g. "Sensitivity of modelProfitPerFirm: 7 inputs, largest swing marketIfContinues (1.4e+11); The interview's value chain, 100,000 samples, seed 42".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Result}; {Scenario.Name}, {Options.Samples:N0} samples, seed {Options.Seed}");

    private static string Raw(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private string? InputUnit(string leafName) => Scenario.Variables.FirstOrDefault(v => v.Name == leafName)?.Unit;
}
