using System.Globalization;
using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>The result of running a <see cref="Scenario"/>: one <see cref="Summary"/> per output, in the file's order, and the run's metadata.</summary>
/// <remarks>
/// Immutable and thread-safe. Displays itself anywhere: <see cref="ToMarkdown"/>, <see cref="ToHtml"/>, a one-line
/// <see cref="ToString"/>, and rich HTML in .NET Interactive notebooks.
/// </remarks>
[TypeFormatterSource(typeof(DisplayFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed partial class ScenarioResult : IRichDisplay
{
    private readonly Summary[] _outputs;

    internal ScenarioResult(Scenario scenario, SimulationResult result, BranchResults? branches = null)
    {
        Branches = branches;
        Scenario = scenario;
        _outputs = [.. scenario.Outputs.Select(o => result[o.Node])];
        Samples = result.Samples;
        Seed = result.Seed;
        Elapsed = result.Elapsed;
        BoundedMemory = result.BoundedMemory || branches?.BoundedMemory == true;
    }

    /// <summary>The scenario that was run.</summary>
    public Scenario Scenario { get; }

    /// <summary>The summaries of the outputs, in the order the scenario lists them; each is named after its variable.</summary>
    public IReadOnlyList<Summary> Outputs => Array.AsReadOnly(_outputs);

    /// <summary>Per-branch results, expected values and the mixture when the scenario has branches; otherwise null.</summary>
    public BranchResults? Branches { get; }

    /// <summary>The number of samples drawn.</summary>
    public int Samples { get; }

    /// <summary>The seed of the run.</summary>
    public long Seed { get; }

    /// <summary>The wall-clock time of the simulation.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets a value indicating whether the run used the bounded-memory mode (see <see cref="SimulationResult.BoundedMemory"/>); the numbers are the same either way.</summary>
    public bool BoundedMemory { get; }

    /// <summary>The results as a table for people: one row per output with its mean, 5th percentile, median and 95th percentile in the output's unit, and its description.</summary>
    /// <returns>A table titled with the scenario's name; render it with <see cref="TextTable.ToMarkdown"/> (notebooks) or <see cref="TextTable.ToCsv"/>. The notes give the description, how to read the percentiles, and the samples, seed and time.</returns>
    /// <remarks>Values are formatted with <see cref="Display.WithUnit(double, string?)"/>; the "What it is" column appears when any output has a description. This is the table of the CLI's <c>run</c> command.</remarks>
    public TextTable ToTable()
    {
        var hasDescriptions = Scenario.Outputs.Any(o => o.Description is not null);
        string[] columns = hasDescriptions
            ? ["Output", "Mean", "5%", "Median", "95%", "What it is"]
            : ["Output", "Mean", "5%", "Median", "95%"];
        var rows = Scenario.Outputs.Zip(_outputs).Select(p =>
        {
            var (v, s) = p;
            string[] cells = [v.Name, Display.WithUnit(s.Mean, v.Unit), Display.WithUnit(s.P5, v.Unit), Display.WithUnit(s.P50, v.Unit), Display.WithUnit(s.P95, v.Unit)];
            return hasDescriptions ? [.. cells, v.Description ?? "-"] : cells;
        });
        var notes = new List<string>();
        if (Scenario.Description is not null)
        {
            notes.Add(Scenario.Description);
        }

        notes.Add("5% and 95%: the middle 90% of simulated outcomes lies between them; the median is the 50% point.");
        if (BoundedMemory)
        {
            notes.Add("Bounded-memory mode: the samples did not fit the memory budget, so none were kept; the exact percentiles come from extra passes that re-simulate the same samples.");
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{Samples:N0} samples, seed {Seed}; simulated in {Elapsed.TotalSeconds:0.###} s."));
        return new TextTable(Scenario.Name, columns, rows, notes);
    }

    /// <summary>The results table (<see cref="ToTable"/>) as GitHub-flavoured Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The results table (<see cref="ToTable"/>) as an HTML fragment, every text escaped.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => ToTable().ToHtml();

    /// <summary>The scenario's name, the number of outputs, samples and the seed.</summary>
    /// <returns>For example "The interview's value chain: 10 outputs, 100,000 samples, seed 42".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Scenario.Name}: {Display.Count(_outputs.Length, "output")}, {Samples:N0} samples, seed {Seed}");

    /// <summary>The summary of one output.</summary>
    /// <param name="output">The output's variable name.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="KeyNotFoundException">The scenario has no output of that name.</exception>
    public Summary this[string output]
    {
        get
        {
            for (var i = 0; i < _outputs.Length; i++)
            {
                if (Scenario.Outputs[i].Name == output)
                {
                    return _outputs[i];
                }
            }

            throw new KeyNotFoundException($"Expected one of the outputs {string.Join(", ", Scenario.Outputs.Select(o => o.Name))}; got '{output}'.");
        }
    }
}
