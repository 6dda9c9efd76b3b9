using System.ComponentModel;
using System.Globalization;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>sensitivity [FILE] --output NAME</c>: which uncertain inputs drive one output (tornado swings and rank correlations, ranked).</summary>
internal sealed class SensitivityCommand(CliConsole console) : Command<SensitivityCommand.Settings>
{
    internal sealed class Settings : ScenarioSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A scenario file. Without it: the interview scenario (samples/scenarios/interview.json).")]
        public string? File { get; init; }

        [CommandOption("--output <NAME>")]
        [Description("The variable to explain (default: the file's first output). Any variable may be named, not only outputs.")]
        public string? Output { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioLoader.Load(settings.File);
        var target = settings.Output is null ? scenario.Outputs[0] : scenario.Variable(settings.Output);
        var options = ScenarioLoader.Options(scenario, settings).WithKeepSamples(false);
        SensitivityResult result = null!;
        if (console.IsInteractive && settings.Format == OutputFormat.Table)
        {
            console.Ansi.Status().Start($"Analyzing {target.Name}: one run per input at its 10th and 90th percentile...", _ =>
                result = Sensitivity.Analyze(target.Node, options, cancellationToken));
        }
        else
        {
            result = Sensitivity.Analyze(target.Node, options, cancellationToken);
        }

        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new
            {
                scenario = scenario.Name,
                output = target.Name,
                samples = options.Samples,
                seed = options.Seed,
                outputMean = result.Output.Mean,
                inputs = result.Entries.Select(e => new
                {
                    input = e.LeafName,
                    rankCorrelation = e.RankCorrelation,
                    inputLow = e.LeafLow,
                    inputHigh = e.LeafHigh,
                    meanAtLow = e.MeanAtLow,
                    meanAtHigh = e.MeanAtHigh,
                    swing = e.Swing,
                }),
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
        Output.Tables(console, settings.Format, table);
        return ExitCodes.Ok;
    }

    private static string InputValue(Scenario scenario, string leafName, double value)
    {
        var variable = scenario.Variables.FirstOrDefault(v => v.Name == leafName);
        return Display.WithUnit(value, variable?.Unit);
    }
}
