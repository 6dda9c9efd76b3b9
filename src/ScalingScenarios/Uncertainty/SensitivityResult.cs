using System.Globalization;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Uncertainty;

/// <summary>The sensitivity of one output to each random leaf of its model, ranked by the size of the tornado swing.</summary>
/// <remarks>
/// Immutable and thread-safe. Displays itself anywhere: <see cref="ToMarkdown"/>, <see cref="ToHtml"/>, a one-line
/// <see cref="ToString"/>, and rich HTML in .NET Interactive notebooks.
/// </remarks>
[TypeFormatterSource(typeof(DisplayFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class SensitivityResult : IRichDisplay
{
    internal SensitivityResult(Summary output, SensitivityEntry[] entries)
    {
        Output = output;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the output's summary in the baseline run (all leaves sampled).</summary>
    public Summary Output { get; }

    /// <summary>Gets one entry per random leaf, largest |swing| first (ties: largest |rank correlation| first).</summary>
    public IReadOnlyList<SensitivityEntry> Entries { get; }

    /// <summary>The analysis as a table: one row per input, largest swing first, with its 10th and 90th percentiles, the output's mean at each, the swing and the rank correlation.</summary>
    /// <returns>A table titled "What drives NAME"; numbers with three significant figures (<see cref="Display.Number"/>).</returns>
    public TextTable ToTable() => new(
        $"What drives {Output.Name}",
        ["#", "Input", "Input P10 to P90", "Mean at P10", "Mean at P90", "Swing", "Rank correlation"],
        Entries.Select((e, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            e.LeafName,
            $"{Display.Number(e.LeafLow)} to {Display.Number(e.LeafHigh)}",
            Display.Number(e.MeanAtLow),
            Display.Number(e.MeanAtHigh),
            Display.Number(e.Swing),
            e.RankCorrelation.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture),
        }),
        [
            string.Create(CultureInfo.InvariantCulture, $"Mean of {Output.Name}: {Display.Number(Output.Mean)} ({Output.Count:N0} samples)."),
            "Swing: the output's mean with one input held at its 10th, then its 90th percentile, the rest sampled (a tornado, largest first).",
            "Rank correlation: Spearman's, between input and output over all samples.",
        ]);

    /// <summary>The analysis's table (<see cref="ToTable"/>) as GitHub-flavoured Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The analysis's table (<see cref="ToTable"/>) as an HTML fragment, every text escaped.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => ToTable().ToHtml();

    /// <summary>The output, the number of inputs and the one with the largest swing.</summary>
    /// <returns>For example "Sensitivity of modelProfit: 6 inputs, largest swing marketIfContinues (6.24e+11)".</returns>
    public override string ToString()
        => Entries.Count == 0
            ? $"Sensitivity of {Output.Name}: no random inputs"
            : string.Create(CultureInfo.InvariantCulture, $"Sensitivity of {Output.Name}: {Display.Count(Entries.Count, "input")}, largest swing {Entries[0].LeafName} ({Display.Number(Entries[0].Swing)})");
}
