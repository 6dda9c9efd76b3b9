using System.CommandLine;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>The options of every command that runs a scenario: <c>--samples</c>, <c>--seed</c>, <c>--threads</c> and <c>--set</c>, defined once.</summary>
/// <remarks>A command creates one set in a field and calls <see cref="AddTo"/> in its constructor; options shared by all
/// scenario-running commands (e.g. <c>--set</c>) belong here.</remarks>
internal sealed class ScenarioRunOptions
{
    /// <summary><c>--samples N</c>.</summary>
    public Option<int?> Samples { get; } = new("--samples")
    {
        HelpName = "N",
        Description = "Monte Carlo samples (default: the file's \"samples\", else 100000). Accepts 1000000, 1e6 or 1M.",
        CustomParser = ValueParsers.Count,
    };

    /// <summary><c>--seed S</c>.</summary>
    public Option<long?> Seed { get; } = new("--seed")
    {
        HelpName = "S",
        Description = "Random seed, a whole number in [0, 2^63) (default: the file's \"seed\", else 42). The same seed gives identical numbers for any thread count; across CPUs only the last digits of exp/log results may differ (see docs/engine.md).",
        CustomParser = ValueParsers.Seed,
    };

    /// <summary><c>--threads N</c>.</summary>
    public Option<int?> Threads { get; } = new("--threads")
    {
        HelpName = "N",
        Description = "Worker threads (default: all cores). Never changes the results, only the time.",
        CustomParser = ValueParsers.WholeNumber,
    };

    /// <summary><c>--set NAME=FORMULA</c>, repeatable.</summary>
    public Option<string[]> Set { get; } = new("--set")
    {
        HelpName = "NAME=FORMULA",
        Description = "Gives a variable of the scenario a new formula or number before the run, e.g. --set pContinue=0.7 or --set \"market=1T to 5T\"; repeat it for several. Checked like the file: an unknown NAME gets a suggestion.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Samples);
        command.Options.Add(Seed);
        command.Options.Add(Threads);
        command.Options.Add(Set);
    }

    /// <summary>The scenario with every <c>--set</c> applied (all at once, checked like the file).</summary>
    /// <exception cref="CliInputException">A value is not NAME=FORMULA, a NAME is not a variable, or a formula has a problem: one line naming the <c>--set</c> and where the problem is.</exception>
    public Scenario ApplySets(ParseResult parse, Scenario scenario)
    {
        var sets = parse.GetValue(Set) ?? [];
        if (sets.Length == 0)
        {
            return scenario;
        }

        var assignments = new List<KeyValuePair<string, string>>();
        foreach (var set in sets)
        {
            var equals = set.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == set.Length - 1)
            {
                throw new CliInputException($"--set {Printable.Quote(set)}: expected NAME=FORMULA, e.g. --set pContinue=0.7.");
            }

            assignments.Add(KeyValuePair.Create(set[..equals].Trim(), set[(equals + 1)..].Trim()));
        }

        try
        {
            return scenario.WithVariables(assignments);
        }
        catch (ScenarioException ex)
        {
            var error = ex.Errors[0];
            var culprit = assignments.FirstOrDefault(a => a.Key == error.Variable || error.Found == $"'{a.Key}'");
            var which = culprit.Key is null ? string.Join(" ", sets.Select(s => $"--set {Printable.Quote(s)}")) : $"--set {Printable.Quote($"{culprit.Key}={culprit.Value}")}";
            var message = error.Variable is null && error.Line is null && error.Field is null
                ? $"expected {error.Expected}; found {error.Found}." + (error.Hint is null ? string.Empty : " " + error.Hint)
                : error.Message;
            var more = ex.Errors.Count > 1 ? $" (and {ex.Errors.Count - 1} more problem{(ex.Errors.Count > 2 ? "s" : string.Empty)})" : string.Empty;
            throw new CliInputException($"{which}: {message}{more}");
        }
    }

    /// <summary>The scenario's own options overridden by the ones given on the command line.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (e.g. <c>--samples 0</c>).</exception>
    public SimulationOptions Apply(ParseResult parse, SimulationOptions options)
    {
        if (parse.GetValue(Samples) is { } samples)
        {
            options = options.WithSamples(samples);
        }

        if (parse.GetValue(Seed) is { } seed)
        {
            options = options.WithSeed(seed);
        }

        if (parse.GetValue(Threads) is { } threads)
        {
            options = options.WithThreads(threads);
        }

        return options;
    }
}
