using System.ComponentModel;
using System.Globalization;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>run [FILE]</c>: runs a scenario file (or the embedded interview scenario) and summarizes its outputs.</summary>
internal sealed class RunCommand(CliConsole console) : Command<RunCommand.Settings>
{
    internal sealed class Settings : ScenarioSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A scenario file (JSON with comments). Without it: the interview scenario (samples/scenarios/interview.json).")]
        public string? File { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioLoader.Load(settings.File);
        var options = ScenarioLoader.Options(scenario, settings);
        var result = ScenarioRunner.Run(console, scenario, options, settings.Format, cancellationToken);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                Output.Json(console, ToJson(result));
                break;
            case OutputFormat.Csv:
                Output.Tables(console, settings.Format, CsvTable(result));
                break;
            default:
                Output.Tables(console, settings.Format, SummaryTable(result, options.Threads));
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The JSON contract of <c>run</c>: scenario, samples, seed and one object of statistics per output.</summary>
    internal static object ToJson(ScenarioResult result) => new
    {
        scenario = result.Scenario.Name,
        samples = result.Samples,
        seed = result.Seed,
        outputs = result.Scenario.Outputs.Zip(result.Outputs).ToDictionary(p => p.First.Name, p => (object)Statistics(p.Second)),
    };

    /// <summary>The statistics of one summary in the order of the JSON contract.</summary>
    internal static object Statistics(Summary s) => new
    {
        mean = s.Mean,
        stdDev = s.StdDev,
        min = s.Min,
        max = s.Max,
        p5 = s.P5,
        p10 = s.P10,
        p25 = s.P25,
        p50 = s.P50,
        p75 = s.P75,
        p90 = s.P90,
        p95 = s.P95,
    };

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
