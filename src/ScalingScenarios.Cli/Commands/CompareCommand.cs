using System.CommandLine;
using ScalingScenarios.Charts;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>compare FILE... [--preset NAME]...</c>: runs scenarios with the same samples and seed and compares their shared outputs, paired sample by sample.</summary>
internal sealed class CompareCommand : CliCommand
{
    private readonly Argument<string[]> _files = new("FILE")
    {
        HelpName = "FILE",
        Description = "Scenario files to compare; the first scenario (file, else preset) is the baseline.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _presets = new("--preset")
    {
        HelpName = "NAME",
        Description = "A built-in variant of the interview scenario, compared after the files; repeatable: "
            + string.Join(", ", InterviewScenario.Presets.Select(p => p.Name)) + ".",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _output = new("--output")
    {
        HelpName = "NAME",
        Description = "The shared output that --chart draws (default: the first shared output): middle 90% per scenario and, for two scenarios, the paired difference.",
        CustomParser = ValueParsers.Text,
    };

    private readonly ScenarioRunOptions _run = new();
    private readonly ChartOption _chart = new();

    public CompareCommand()
        : base("compare", "Runs two or more scenarios (files or --preset variants) with the same samples and seed and compares their shared outputs: differences, ratios and the paired difference per sample.")
    {
        Arguments.Add(_files);
        Options.Add(_presets);
        _run.AddTo(this);
        Options.Add(_output);
        _chart.AddTo(this);
        AddFormat();
        AddExamples("compare --preset odds-60-40 --preset odds-70-30", "compare --preset odds-60-40 --preset odds-70-30 --chart market.png --output market", "compare --preset oligopoly --preset commoditized --format markdown",
            "compare interview.json later-odds.json --samples 1e5 --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var files = parse.GetValue(_files) ?? [];
        var presets = parse.GetValue(_presets) ?? [];
        if (files.Length + presets.Length < 2)
        {
            throw new CliUsageException(
                $"compare: expected at least two scenarios (files and/or --preset NAME); got {files.Length + presets.Length}.",
                "Run 'scaling-scenarios compare --help' for the options.");
        }

        var scenarios = new List<Scenario>();
        var labels = new List<string>();
        foreach (var file in files)
        {
            scenarios.Add(_run.ApplySets(parse, ScenarioLoader.Load(file)));
            labels.Add(file);
        }

        foreach (var name in presets)
        {
            ScenarioPreset preset;
            try
            {
                preset = InterviewScenario.Preset(name);
            }
            catch (KeyNotFoundException ex)
            {
                throw new CliInputException($"--preset {Printable.Quote(name)}: {ex.Message}");
            }

            scenarios.Add(_run.ApplySets(parse, preset.Scenario));
            labels.Add(preset.Name);
        }

        if (!scenarios[0].Outputs.Any(o => scenarios.All(s => s.Outputs.Any(p => p.Name == o.Name))))
        {
            throw new CliInputException("the scenarios share no output: "
                + string.Join("; ", scenarios.Select((s, i) => $"'{labels[i]}' has {string.Join(", ", s.Outputs.Select(o => o.Name))}")) + ".");
        }

        var charted = parse.GetValue(_output);
        if (charted is not null && !_chart.IsSet(parse))
        {
            throw new CliInputException("--output: names the output that --chart draws; give --chart PATH.png|.svg as well.");
        }

        var shared = scenarios[0].Outputs.Select(o => o.Name).Where(n => scenarios.All(s => s.Outputs.Any(p => p.Name == n))).ToList();
        if (charted is not null && !shared.Contains(charted))
        {
            throw new CliInputException($"--output: expected one of the shared outputs {string.Join(", ", shared)}; got '{Printable.Quote(charted)}'.");
        }

        // Every scenario runs with the same samples and seed (the first's, unless overridden), so that variables with the same
        // name and formula draw the same numbers: the paired differences then show what the scenarios change, not sampling noise.
        var options = _run.Apply(parse, scenarios[0].Options).WithKeepSamples(true);
        var results = scenarios.Select((s, i) => RunNamingTheScenario(console, s, labels[i], options, context.CancellationToken)).ToList();
        var comparison = ScenarioComparison.CreatePaired(results, labels, options, context.CancellationToken);
        _chart.Write(parse, () => comparison.Chart(charted), 1200, Chart.DefaultHeight);
        switch (format)
        {
            case OutputFormat.Json:
                Output.Json(console, comparison.WriteJson);
                break;
            case OutputFormat.Csv:
                console.Out.Write(Printable.Sanitize(comparison.ToCsv()));
                break;
            default:
                Output.Tables(console, format, comparison.ToTable());
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs one scenario; a failure during the run says which file or preset it came from.</summary>
    private static ScenarioResult RunNamingTheScenario(CliConsole console, Scenario scenario, string label, Uncertainty.SimulationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return ScenarioRunner.Run(console, scenario, options, cancellationToken);
        }
        catch (Uncertainty.SimulationException ex)
        {
            throw new CliInputException($"{label}: {ex.Message}", label);
        }
    }
}
