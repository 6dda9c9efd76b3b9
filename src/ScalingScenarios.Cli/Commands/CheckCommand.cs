using System.CommandLine;
using ScalingScenarios.Claims;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>check [FILE]</c>: the argument check, claim by claim and across claims, with inputs from a scenario.</summary>
internal sealed class CheckCommand : CliCommand
{
    /// <summary>The widest table the check prints on a terminal, so that it reads in a 100-column window.</summary>
    public const int MaxWidth = 100;

    private readonly Argument<string?> _file = new("FILE")
    {
        HelpName = "FILE",
        Description = "A scenario file to take the inputs from. Without it: the built-in interview scenario.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _claim = new("--claim")
    {
        HelpName = "ID",
        Description = "Only the checks of one claim (alone or across claims), e.g. C07.",
        CustomParser = ValueParsers.Text,
    };

    private readonly Option<string?> _preset = new("--preset")
    {
        HelpName = "NAME",
        Description = "Take the inputs from a built-in variant of the interview scenario: " + string.Join(", ", InterviewScenario.Presets.Select(p => p.Name)) + ".",
        CustomParser = ValueParsers.Text,
    };

    private readonly ScenarioRunOptions _run = new();

    public CheckCommand()
        : base("check", "Checks the interview's argument claim by claim (C01-C14) and across claims: inputs and sources, the computed value, the stated conclusion and whether it follows.")
    {
        Arguments.Add(_file);
        Options.Add(_claim);
        Options.Add(_preset);
        _run.AddTo(this);
        AddFormat();
        AddExamples("check", "check --claim C07", "check --set pContinue=0.8 --format markdown", "check --preset tiers-parameters --claim C05", "check --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        ClaimId? only = null;
        if (parse.GetValue(_claim) is { } claim)
        {
            if (!ClaimCatalog.TryParseId(claim, out var id))
            {
                throw new CliInputException($"--claim {Printable.Quote(claim)}: expected a claim ID from C01 to C14, e.g. C07.");
            }

            only = id;
        }

        var file = parse.GetValue(_file);
        Scenario scenario;
        if (parse.GetValue(_preset) is { } name)
        {
            if (file is not null)
            {
                throw new CliInputException($"--preset {Printable.Quote(name)}: give a scenario file or a preset, not both (got '{Printable.Quote(file)}' too).");
            }

            try
            {
                scenario = InterviewScenario.Preset(name).Scenario;
            }
            catch (KeyNotFoundException ex)
            {
                throw new CliInputException($"--preset {Printable.Quote(name)}: {ex.Message}");
            }
        }
        else
        {
            scenario = ScenarioLoader.Load(file);
        }

        scenario = _run.ApplySets(parse, scenario);
        var check = ArgumentCheck.Run(scenario, _run.Apply(parse, scenario.Options), context.CancellationToken);
        if (only is { } selected)
        {
            check = check.For(selected);
        }

        switch (format)
        {
            case OutputFormat.Json:
                Output.Json(console, check.WriteJson);
                break;
            case OutputFormat.Markdown:
                console.Out.Write(Printable.Sanitize(check.ToMarkdown()));
                break;
            case OutputFormat.Csv:
                console.Out.Write(Printable.Sanitize(check.ToCsv()));
                break;
            default:
                Output.Tables(new CliConsole(console.Out, console.Error, console.IsInteractive, Math.Min(console.Width, MaxWidth)), format, Compact(check));
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The check for a terminal: ID, check, value and verdict in the table; the reasoning under it, one paragraph per row.</summary>
    private static TextTable Compact(ArgumentCheck check)
    {
        var full = check.ToTable();
        return new TextTable(full.Title, ["ID", "Check", "Value", "Verdict"], full.Rows.Select(r => r.Take(4)),
            [.. check.Checks.Select(c => $"{c.Id}: {c.Reasoning}"), .. full.Notes,
                "Details, inputs and sources: --format markdown (a report) or --format json. Change an input: --set NAME=FORMULA."]);
    }
}
