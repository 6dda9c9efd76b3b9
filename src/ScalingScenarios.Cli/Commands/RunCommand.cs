using System.CommandLine;
using System.Globalization;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>run [FILE]</c>: runs a scenario file (or the embedded interview scenario) and summarizes its outputs.</summary>
internal sealed class RunCommand : CliCommand
{
    private readonly Argument<string?> _file = new("FILE")
    {
        HelpName = "FILE",
        Description = "A scenario file (JSON with comments). Without it: the built-in interview scenario.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly ScenarioRunOptions _run = new();

    public RunCommand()
        : base("run", "Runs a scenario file (default: the built-in interview scenario) and summarizes each output: mean, 5%, median, 95%.")
    {
        Arguments.Add(_file);
        _run.AddTo(this);
        AddFormat();
        AddExamples("run", "run --samples 1e6 --threads 2", "run --format json", "run my-scenario.json --seed 7");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var scenario = ScenarioLoader.Load(parse.GetValue(_file));
        var options = _run.Apply(parse, scenario.Options);
        var result = ScenarioRunner.Run(console, scenario, options, context.CancellationToken);
        Output.Result(console, format, [SummaryTable(result, options.Threads)], result.ToCsv, result.WriteJson);
        return ExitCodes.Ok;
    }

    private static TextTable SummaryTable(ScenarioResult result, int threads)
    {
        // The library's table, with the thread count added to its last note (the run's facts).
        var table = result.ToTable();
        var notes = table.Notes.ToList();
        notes[^1] = notes[^1].TrimEnd('.') + string.Create(CultureInfo.InvariantCulture, $" on {threads} thread{(threads == 1 ? string.Empty : "s")}.");
        return new TextTable(table.Title, table.Columns, table.Rows, notes);
    }
}
