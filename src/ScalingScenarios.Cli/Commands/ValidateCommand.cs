using System.ComponentModel;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>validate FILE</c>: checks a scenario file without running it and lists every error.</summary>
internal sealed class ValidateCommand(CliConsole console) : Command<ValidateCommand.Settings>
{
    internal sealed class Settings : FormatSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The scenario file to check.")]
        public string File { get; init; } = string.Empty;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var text = ScenarioLoader.ReadText(settings.File);
        if (!Scenario.TryParse(text, out var scenario, out var errors))
        {
            // Invalid input: every error on stderr, nothing on stdout, exit code 1.
            console.Error.WriteLine("error: " + ScenarioLoader.DescribeErrors(settings.File, errors, text));
            return ExitCodes.InvalidInput;
        }

        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new
            {
                valid = true,
                scenario = scenario!.Name,
                samples = scenario.Samples,
                seed = scenario.Seed,
                variables = scenario.Variables.Select(v => v.Name),
                outputs = scenario.Outputs.Select(v => v.Name),
            });
            return ExitCodes.Ok;
        }

        var table = new TextTable(
            $"{settings.File}: valid",
            ["Variable", "Formula", "Output"],
            scenario!.Variables.Select(v => new[] { v.Name, v.Formula, scenario.Outputs.Contains(v) ? "yes" : string.Empty }),
            [$"'{scenario.Name}': {scenario.Variables.Count} variables, {scenario.Outputs.Count} outputs, {scenario.Samples} samples, seed {scenario.Seed}."]);
        Output.Tables(console, settings.Format, table);
        return ExitCodes.Ok;
    }
}
