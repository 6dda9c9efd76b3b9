using System.CommandLine;
using System.Globalization;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using Spectre.Console;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>sensitivity [FILE] --output NAME</c>: which uncertain inputs drive one output (tornado swings and rank correlations, ranked).</summary>
internal sealed class SensitivityCommand : CliCommand
{
    private readonly Argument<string?> _file = new("FILE")
    {
        HelpName = "FILE",
        Description = "A scenario file. Without it: the built-in interview scenario.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _output = new("--output")
    {
        HelpName = "NAME",
        Description = "The variable to explain (default: the file's first output). Any variable may be named, not only outputs.",
        CustomParser = ValueParsers.Text,
    };

    private readonly ScenarioRunOptions _run = new();

    public SensitivityCommand()
        : base("sensitivity", "Ranks the uncertain inputs by how much they move one output: tornado swings (input at its 10th vs 90th percentile) and rank correlations.")
    {
        Arguments.Add(_file);
        Options.Add(_output);
        _run.AddTo(this);
        AddFormat();
        AddExamples("sensitivity --output modelProfit", "sensitivity --output market --samples 20000 --format markdown");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var scenario = _run.ApplySets(parse, ScenarioLoader.Load(parse.GetValue(_file)));
        var target = parse.GetValue(_output) is { } name ? scenario.Variable(name) : scenario.Outputs[0];
        var options = _run.Apply(parse, scenario.Options).WithKeepSamples(false);
        SensitivityResult result = null!;
        if (console.IsInteractive)
        {
            console.Progress.Status().Start(Markup.Escape(Printable.Sanitize($"Analyzing {target.Name}: one run per input at its 10th and 90th percentile...")), _ =>
                result = Sensitivity.Analyze(target.Node, options, context.CancellationToken));
        }
        else
        {
            result = Sensitivity.Analyze(target.Node, options, context.CancellationToken);
        }

        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteString("scenario", scenario.Name);
                w.WriteString("output", target.Name);
                w.WriteNumber("samples", options.Samples);
                w.WriteNumber("seed", options.Seed);
                w.WriteDouble("outputMean", result.Output.Mean);
                w.WriteStartArray("inputs");
                foreach (var e in result.Entries)
                {
                    w.WriteStartObject();
                    w.WriteString("input", e.LeafName);
                    w.WriteDouble("rankCorrelation", e.RankCorrelation);
                    w.WriteDouble("inputLow", e.LeafLow);
                    w.WriteDouble("inputHigh", e.LeafHigh);
                    w.WriteDouble("meanAtLow", e.MeanAtLow);
                    w.WriteDouble("meanAtHigh", e.MeanAtHigh);
                    w.WriteDouble("swing", e.Swing);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var unit = target.Unit;
        var table = new TextTable(
            $"What drives {target.Name} ({scenario.Name})",
            ["#", "Input", "Input P10 to P90", "Mean at P10", "Mean at P90", "Swing", "Rank correlation"],
            result.Entries.Select((e, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture),
                e.LeafName,
                $"{InputValue(scenario, e.LeafName, e.LeafLow)} to {InputValue(scenario, e.LeafName, e.LeafHigh)}",
                Display.WithUnit(e.MeanAtLow, unit),
                Display.WithUnit(e.MeanAtHigh, unit),
                Display.WithUnit(e.Swing, unit),
                e.RankCorrelation.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
            }),
            [
                string.Create(CultureInfo.InvariantCulture, $"Mean of {target.Name}: {Display.WithUnit(result.Output.Mean, unit)} ({options.Samples:N0} samples, seed {options.Seed})."),
                "Swing: the output's mean with one input held at its 10th, then its 90th percentile, the rest sampled (a tornado, largest first).",
                "Rank correlation: Spearman's, between input and output over all samples (+1 rise together, 0 no monotone relation).",
                "Inputs are the model's random draws: a variable, or 'variable: formula' for a distribution inside a formula.",
            ]);
        Output.Tables(console, format, table);
        return ExitCodes.Ok;
    }

    private static string InputValue(Scenario scenario, string leafName, double value)
    {
        var variable = scenario.Variables.FirstOrDefault(v => v.Name == leafName);
        return Display.WithUnit(value, variable?.Unit);
    }
}
