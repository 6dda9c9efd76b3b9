using System.CommandLine;
using System.Globalization;
using ScalingScenarios.Charts;
using ScalingScenarios.Cli.Export;
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

    private readonly Option<string?> _output = new("--output")
    {
        HelpName = "NAME",
        Description = "The output that --chart draws as a histogram (default: the scenario's only output; required when it has several).",
        CustomParser = ValueParsers.Text,
    };

    private readonly ScenarioRunOptions _run = new();
    private readonly ChartOption _chart = new();

    private readonly Option<string?> _export = new("--export")
    {
        HelpName = "PATH",
        Description = "Also write the raw samples, one row per sample, to PATH.csv or PATH.parquet (written to a temporary file and renamed when complete).",
    };

    private readonly Option<string?> _exportVariables = new("--export-variables")
    {
        HelpName = "A,B,...",
        Description = "The variables to export, inputs or outputs, comma-separated (default: the outputs). Needs --export.",
    };

    public RunCommand()
        : base("run", "Runs a scenario file (default: the built-in interview scenario) and summarizes each output: mean, 5%, median, 95%.")
    {
        Arguments.Add(_file);
        _run.AddTo(this);
        Options.Add(_export);
        Options.Add(_exportVariables);
        _export.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && SampleExportFile.ExtensionError(path) is { } error)
            {
                result.AddError(error);
            }
        });
        Validators.Add(result =>
        {
            if (result.GetResult(_exportVariables) is not null && result.GetResult(_export) is null)
            {
                result.AddError("--export-variables: needs --export PATH.csv or PATH.parquet to say where the samples go.");
            }
        });
        Options.Add(_output);
        _chart.AddTo(this);
        AddFormat();
        AddExamples("run", "run --samples 1e6 --threads 2", "run --format json", "run interview.json --seed 7", "run --export samples.parquet --export-variables pContinue,market,totalProfit", "run --chart market.png --output market");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var scenario = _run.ApplySets(parse, ScenarioLoader.Load(parse.GetValue(_file)));
        var options = _run.Apply(parse, scenario.Options);
        var charted = ChartedOutput(parse, scenario);
        var exportPath = parse.GetValue(_export);
        var exportVariables = SampleExportFile.ParseVariables(parse.GetValue(_exportVariables));
        ScenarioResult result;
        if (exportPath is null)
        {
            result = ScenarioRunner.Run(console, scenario, options, context.CancellationToken);
        }
        else
        {
            SampleExportFile.Check(scenario, exportPath, exportVariables);
            result = ScenarioRunner.Run(console, scenario, progress => SampleExportFile.Run(scenario, exportPath, exportVariables, options, progress, context.CancellationToken), context.CancellationToken);
        }

        TextTable[] tables = result.Branches is { } branches
            ? [SummaryTable(result, options.Threads), branches.ToTable()]
            : [SummaryTable(result, options.Threads)];
        _chart.Write(parse, () => result.Histogram(charted!));
        Output.Result(console, format, tables, result.ToCsv, result.WriteJson);
        return ExitCodes.Ok;
    }

    /// <summary>The output <c>--chart</c> draws: <c>--output</c>, or the only output; checked before the run.</summary>
    private string? ChartedOutput(ParseResult parse, Scenario scenario)
    {
        var name = parse.GetValue(_output);
        if (!_chart.IsSet(parse))
        {
            return name is null ? null : throw new CliInputException("--output: names the output that --chart draws; give --chart PATH.png|.svg as well.");
        }

        if (name is null)
        {
            return scenario.Outputs.Count == 1
                ? scenario.Outputs[0].Name
                : throw new CliInputException($"--chart: the scenario has {scenario.Outputs.Count} outputs; name the one to draw with --output NAME (one of {string.Join(", ", scenario.Outputs.Select(o => o.Name))}).");
        }

        return scenario.Outputs.Any(o => o.Name == name)
            ? name
            : throw new CliInputException($"--output: expected one of the outputs {string.Join(", ", scenario.Outputs.Select(o => o.Name))}; got '{Printable.Quote(name)}'.");
    }

    private static TextTable SummaryTable(ScenarioResult result, int threads)
    {
        // The library's table, with the thread count added to its last note (the run's facts).
        var table = result.ToTable();
        var notes = table.Notes.ToList();
        notes[^1] = notes[^1].TrimEnd('.') + string.Create(CultureInfo.InvariantCulture, $" on {Display.Count(threads, "thread")}.");
        return new TextTable(table.Title, table.Columns, table.Rows, notes);
    }
}
