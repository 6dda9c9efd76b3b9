using System.CommandLine;
using System.Globalization;
using ScalingScenarios.Charts;
using ScalingScenarios.Cli.Infrastructure;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>report [FILE] --out report.html</c>: runs a scenario and writes one self-contained HTML page about it.</summary>
internal sealed class ReportCommand : CliCommand
{
    private readonly Argument<string?> _file = new("FILE")
    {
        HelpName = "FILE",
        Description = "A scenario file. Without it: the built-in interview scenario.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _out = new("--out")
    {
        HelpName = "PATH",
        Description = "The HTML file to write (default report.html); written atomically. The page loads nothing from anywhere: charts are inline SVG.",
        CustomParser = ValueParsers.Text,
    };

    private readonly Option<bool> _noSensitivity = new("--no-sensitivity")
    {
        Description = "Leaves out the tornado of the first output (saves one run per uncertain input).",
        Arity = ArgumentArity.Zero,
    };

    private readonly Option<bool> _noCheck = new("--no-check")
    {
        Description = "Leaves out the argument check (C01-C14 computed from the scenario's inputs).",
        Arity = ArgumentArity.Zero,
    };

    private readonly ScenarioRunOptions _run = new();

    public ReportCommand()
        : base("report", "Runs a scenario and writes one self-contained HTML page: assumptions with their sources, results, charts, the argument check, seed, samples and version.")
    {
        Arguments.Add(_file);
        Options.Add(_out);
        Options.Add(_noSensitivity);
        Options.Add(_noCheck);
        _run.AddTo(this);
        AddFormat(OutputFormat.Table, OutputFormat.Json);
        AddExamples("report --out report.html", "report interview.json --out my-report.html --samples 1e5");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var file = parse.GetValue(_file);
        var path = parse.GetValue(_out) ?? "report.html";
        if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliInputException($"--out: expected a file name ending in .html; got '{Printable.Quote(path)}'.");
        }

        var text = ScenarioLoader.ReadText(file);
        var scenario = ScenarioLoader.Load(file);
        var options = _run.Apply(parse, scenario.Options);
        var result = ScenarioRunner.Run(console, scenario, options, context.CancellationToken);
        var report = Report.Create(result, text, ReportOptions.Default.WithSensitivity(!parse.GetValue(_noSensitivity)).WithArgumentCheck(!parse.GetValue(_noCheck)));
        try
        {
            report.Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--out: cannot write '{path}': {ex.Message}");
        }

        if (FormatOf(parse) == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteString("file", path);
                w.WriteString("scenario", scenario.Name);
                w.WriteNumber("samples", result.Samples);
                w.WriteNumber("seed", result.Seed);
                w.WriteString("version", Report.LibraryVersion);
                w.WriteEndObject();
            });
        }
        else
        {
            console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"Wrote {path}: {scenario.Name}, {result.Samples:N0} samples, seed {result.Seed}.\n"));
        }

        return ExitCodes.Ok;
    }
}
