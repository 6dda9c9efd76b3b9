using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Cli.Export;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

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
        AddFormat();
        AddExamples("run", "run --samples 1e6 --threads 2", "run --format json", "run my-scenario.json --seed 7", "run --export samples.parquet --export-variables pContinue,market,totalProfit");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var scenario = _run.ApplySets(parse, ScenarioLoader.Load(parse.GetValue(_file)));
        var options = _run.Apply(parse, scenario.Options);
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

        switch (format)
        {
            case OutputFormat.Json:
                Output.Json(console, w => WriteJson(w, result));
                break;
            case OutputFormat.Csv:
                Output.Tables(console, format, CsvTable(result));
                break;
            default:
                Output.Tables(console, format, result.Branches is { } branches
                    ? [SummaryTable(result, options.Threads), branches.ToTable()]
                    : [SummaryTable(result, options.Threads)]);
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The JSON contract of <c>run</c>: scenario, samples, seed and one object of statistics per output.</summary>
    internal static void WriteJson(Utf8JsonWriter w, ScenarioResult result)
    {
        w.WriteStartObject();
        w.WriteString("scenario", result.Scenario.Name);
        w.WriteNumber("samples", result.Samples);
        w.WriteNumber("seed", result.Seed);
        w.WriteStartObject("outputs");
        foreach (var (variable, summary) in result.Scenario.Outputs.Zip(result.Outputs))
        {
            w.WritePropertyName(variable.Name);
            WriteStatistics(w, summary);
        }

        w.WriteEndObject();
        if (result.Branches is { } branches)
        {
            // Additive to the contract: present only for scenarios with branches.
            w.WritePropertyName("branches");
            branches.WriteJson(w);
        }

        w.WriteEndObject();
    }

    /// <summary>The statistics of one summary in the order of the JSON contract.</summary>
    internal static void WriteStatistics(Utf8JsonWriter w, Summary s)
    {
        w.WriteStartObject();
        w.WriteDouble("mean", s.Mean);
        w.WriteDouble("stdDev", s.StdDev);
        w.WriteDouble("min", s.Min);
        w.WriteDouble("max", s.Max);
        w.WriteDouble("p5", s.P5);
        w.WriteDouble("p10", s.P10);
        w.WriteDouble("p25", s.P25);
        w.WriteDouble("p50", s.P50);
        w.WriteDouble("p75", s.P75);
        w.WriteDouble("p90", s.P90);
        w.WriteDouble("p95", s.P95);
        w.WriteEndObject();
    }

    private static TextTable SummaryTable(ScenarioResult result, int threads)
    {
        // The library's table, with the thread count added to its last note (the run's facts).
        var table = result.ToTable();
        var notes = table.Notes.ToList();
        notes[^1] = notes[^1].TrimEnd('.') + string.Create(CultureInfo.InvariantCulture, $" on {threads} thread{(threads == 1 ? string.Empty : "s")}.");
        return new TextTable(table.Title, table.Columns, table.Rows, notes);
    }

    private static TextTable CsvTable(ScenarioResult result)
        => new(
            result.Scenario.Name,
            ["output", "mean", "stdDev", "min", "max", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "unit", "description"],
            result.Scenario.Outputs.Zip(result.Outputs).Select(p =>
            {
                var (v, s) = p;
                return new[] { s.Mean, s.StdDev, s.Min, s.Max, s.P5, s.P10, s.P25, s.P50, s.P75, s.P90, s.P95 }
                    .Select(ValueFormat.Raw)
                    .Prepend(v.Name)
                    .Append(v.Unit ?? string.Empty)
                    .Append(v.Description ?? string.Empty);
            }));
}
