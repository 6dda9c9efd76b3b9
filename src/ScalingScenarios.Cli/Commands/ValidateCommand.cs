using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>validate FILE</c>: checks a scenario file without running it and lists every error.</summary>
internal sealed class ValidateCommand : CliCommand
{
    private readonly Argument<string> _file = new("FILE")
    {
        HelpName = "FILE",
        Description = "The scenario file to check.",
    };

    public ValidateCommand()
        : base("validate", "Checks a scenario file without running it and lists every error with its line, variable and character.")
    {
        Arguments.Add(_file);
        AddFormat();
        AddExamples("validate interview.json", "validate interview.json --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var file = parse.GetValue(_file)!;
        var format = FormatOf(parse);
        var text = ScenarioLoader.ReadText(file);
        var valid = Scenario.TryParse(text, out var scenario, out var errors);
        if (format == OutputFormat.Json)
        {
            // The verdict is the result: {"valid": ..., "errors": [...]} on stdout, exit code 0 or 1.
            context.KeepOutputOnFailure();
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("valid", valid);
                w.WriteString("file", file);
                ErrorReport.WriteErrors(w, errors);
                if (!valid)
                {
                    w.WriteEndObject();
                    return;
                }

                w.WriteString("scenario", scenario!.Name);
                w.WriteNumber("samples", scenario.Samples);
                w.WriteNumber("seed", scenario.Seed);
                w.WriteStrings("variables", scenario.Variables.Select(v => v.Name));
                w.WriteStrings("outputs", scenario.Outputs.Select(v => v.Name));
                w.WriteEndObject();
            });
            return valid ? ExitCodes.Ok : ExitCodes.InvalidInput;
        }

        if (!valid)
        {
            // Invalid input: every error on stderr, nothing on stdout, exit code 1.
            throw new ScenarioFileException(file, errors, text);
        }

        var table = new TextTable(
            $"{file}: valid",
            ["Variable", "Formula", "Output"],
            scenario!.Variables.Select(v => new[] { v.Name, v.Formula, scenario.Outputs.Contains(v) ? "yes" : string.Empty }),
            [$"'{scenario.Name}': {Display.Count(scenario.Variables.Count, "variable")}, {Display.Count(scenario.Outputs.Count, "output")}, {scenario.Samples} samples, seed {scenario.Seed}."]);
        Output.Tables(console, format, table);
        return ExitCodes.Ok;
    }
}
