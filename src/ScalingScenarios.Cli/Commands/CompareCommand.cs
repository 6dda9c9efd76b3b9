using System.CommandLine;
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

    private readonly ScenarioRunOptions _run = new();

    public CompareCommand()
        : base("compare", "Runs two or more scenarios (files or --preset variants) with the same samples and seed and compares their shared outputs: differences, ratios and the paired difference per sample.")
    {
        Arguments.Add(_files);
        Options.Add(_presets);
        _run.AddTo(this);
        AddFormat();
        AddExamples("compare --preset odds-60-40 --preset odds-70-30", "compare --preset oligopoly --preset commoditized --format markdown",
            "compare baseline.json later-odds.json --samples 1e5 --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var files = parse.GetValue(_files) ?? [];
        var presets = parse.GetValue(_presets) ?? [];
        if (files.Length + presets.Length < 2)
        {
            console.Error.WriteLine($"error: compare: expected at least two scenarios (files and/or --preset NAME); got {files.Length + presets.Length}.");
            console.Error.WriteLine("Run 'scaling-scenarios compare --help' for the options.");
            return ExitCodes.Usage;
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

        // Every scenario runs with the same samples and seed (the first's, unless overridden), so that variables with the same
        // name and formula draw the same numbers: the paired differences then show what the scenarios change, not sampling noise.
        var options = _run.Apply(parse, scenarios[0].Options).WithKeepSamples(true);
        var results = scenarios.Select(s => ScenarioRunner.Run(console, s, options, context.CancellationToken)).ToList();
        var comparison = ScenarioComparison.Create(results, labels);
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
}
