using System.Globalization;
using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Scaling;

/// <summary>
/// The "strong form" of the scaling hypothesis as four tiers, each ten times the last (claim C02), on either reading:
/// parameters (1e8 … 1e11) or training cost ($1e8 … $1e11), with the training run, cost and loss behind each tier.
/// </summary>
/// <remarks>
/// The reading matters: a compute-optimal 1e11-parameter model costs millions of dollars, a $1e11 model is thousands of
/// times larger in compute. See <see cref="TranslationCaveat"/> (claims C02 and C05). Converting one reading into the
/// other goes through <see cref="TierAssumptions"/>: the allocation rule and the hardware and price assumptions.
/// Immutable and thread-safe. Displays itself anywhere: <see cref="ToMarkdown"/>, <see cref="ToHtml"/>,
/// <see cref="ToString"/>, and rich HTML in .NET Interactive notebooks.
/// </remarks>
[TypeFormatterSource(typeof(DisplayFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class TierLadder : IRichDisplay
{
    /// <summary>The number of tiers in the claim: four.</summary>
    [Cites("C02")]
    public const int TierCount = 4;

    /// <summary>The factor between adjacent tiers: ten.</summary>
    [Cites("C02")]
    public const double StepFactor = 10;

    /// <summary>The first tier on the parameter reading: 1e8 parameters (the seed write-up's 1 億).</summary>
    [Cites("C02")]
    [Cites("Interview")]
    public const double FirstTierParameters = 1e8;

    /// <summary>The first tier on the dollar reading: $1e8 of training cost (English summaries' "$100M model").</summary>
    [Cites("C02")]
    [Cites("InGoodCompany2024")]
    public const double FirstTierTrainingCostUsd = 1e8;

    /// <summary>Why the two readings of the tiers cannot both be right, in one paragraph shown by the docs and the CLI.</summary>
    [Cites("C02")]
    [Cites("C05")]
    public const string TranslationCaveat =
        "Translation caveat (C02, C05): the seed write-up states the tiers in parameters (1e8 to 1e11), English summaries "
        + "in training dollars ($1e8 to $1e11). A compute-optimal 1e11-parameter model costs millions of dollars, not billions, "
        + "so 'only 4-5 builders can compete' follows from the dollar reading, not from the parameter reading.";

    private TierLadder(TierBasis basis, TierAssumptions assumptions, Tier[] tiers)
    {
        Basis = basis;
        Assumptions = assumptions;
        Tiers = Array.AsReadOnly(tiers);
        Steps = Array.AsReadOnly([.. Enumerable.Range(1, tiers.Length - 1).Select(i => new TierStep(tiers[i - 1], tiers[i]))]);
    }

    /// <summary>The capability labels of the four tiers, lowest first (paraphrased from claim C02).</summary>
    public static IReadOnlyList<string> CapabilityLabels { get; } =
        ["strong first-year student", "strong undergraduate", "top graduate student", "Nobel-level researcher"];

    /// <summary>The basis the tiers are defined on.</summary>
    public TierBasis Basis { get; }

    /// <summary>The assumptions that turned each tier into a run.</summary>
    public TierAssumptions Assumptions { get; }

    /// <summary>The tiers, lowest first.</summary>
    public IReadOnlyList<Tier> Tiers { get; }

    /// <summary>The ratios between adjacent tiers: one fewer than <see cref="Tiers"/>.</summary>
    public IReadOnlyList<TierStep> Steps { get; }

    /// <summary>The four-tier ladder of claim C02 on the given basis.</summary>
    /// <param name="basis">Parameters (1e8 … 1e11) or training cost ($1e8 … $1e11).</param>
    /// <param name="assumptions">Fit, allocation and hardware assumptions.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assumptions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is not a defined value.</exception>
    public static TierLadder Create(TierBasis basis, TierAssumptions assumptions)
    {
        var first = basis switch
        {
            TierBasis.Parameters => FirstTierParameters,
            TierBasis.TrainingCostUsd => FirstTierTrainingCostUsd,
            _ => throw new ArgumentException($"Expected Parameters or TrainingCostUsd; got {basis}.", nameof(basis)),
        };
        return Create(basis, [.. Enumerable.Range(0, TierCount).Select(i => first * Math.Pow(StepFactor, i))], CapabilityLabels, assumptions);
    }

    /// <summary>A ladder with your own tier values and labels (for sensitivity checks of the claim's ×10 steps).</summary>
    /// <param name="basis">What the values count: parameters or US dollars.</param>
    /// <param name="values">The defining values, strictly increasing, each in (0, ∞); at least two.</param>
    /// <param name="labels">One non-blank label per value, all different (ignoring case and surrounding spaces).</param>
    /// <param name="assumptions">Fit, allocation and hardware assumptions.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentException">Fewer than two values, values not strictly increasing, label count differs, a blank or repeated label, or an undefined basis.</exception>
    public static TierLadder Create(TierBasis basis, IEnumerable<double> values, IEnumerable<string> labels, TierAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(assumptions);
        double[] v = [.. values];
        string[] l = [.. labels];
        if (v.Length < 2)
        {
            throw new ArgumentException($"Expected at least two tier values; got {v.Length}.", nameof(values));
        }

        if (l.Length != v.Length)
        {
            throw new ArgumentException($"Expected one label per tier value ({v.Length}); got {l.Length}.", nameof(labels));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in l)
        {
            // A blank label is Tier's error; two equal labels would make the ladder's tiers indistinguishable.
            if (!string.IsNullOrWhiteSpace(label) && !seen.Add(label.Trim()))
            {
                throw new ArgumentException($"Expected a different label for each tier; got '{label.Trim()}' twice.", nameof(labels));
            }
        }

        for (var i = 0; i < v.Length; i++)
        {
            Guard.Positive(v[i], nameof(values));
            if (i > 0 && !(v[i] > v[i - 1]))
            {
                throw new ArgumentException($"Expected strictly increasing tier values; got {Guard.Format(v[i])} after {Guard.Format(v[i - 1])}.", nameof(values));
            }
        }

        Tier[] tiers = basis switch
        {
            TierBasis.Parameters => [.. v.Select((x, i) => Tier.FromParameters(x, l[i], assumptions))],
            TierBasis.TrainingCostUsd => [.. v.Select((x, i) => Tier.FromTrainingCostUsd(x, l[i], assumptions))],
            _ => throw new ArgumentException($"Expected Parameters or TrainingCostUsd; got {basis}.", nameof(basis)),
        };
        return new TierLadder(basis, assumptions, tiers);
    }

    /// <summary>The ladder as a table: one row per tier with its parameters, tokens, training FLOPs and cost, inference FLOPs per token, loss and the ratios to the tier below.</summary>
    /// <returns>A table titled with the reading; the notes give the assumptions and <see cref="TranslationCaveat"/>.</returns>
    public TextTable ToTable() => new(
        Basis == TierBasis.Parameters
            ? "C02 tier ladder, parameter reading (1e8 to 1e11 parameters)"
            : "C02 tier ladder, dollar reading ($1e8 to $1e11 of training)",
        ["Tier", "Capability", "Parameters", "Tokens", "Training FLOPs", "Training cost", "Inference FLOPs/token", "Loss", "× params", "× FLOPs"],
        Tiers.Select((t, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), t.Label, Display.Number(t.Parameters), Display.Number(t.Tokens),
            Display.Number(t.TrainingFlops), Display.Usd(t.TrainingCostUsd), Display.Number(t.InferenceFlopsPerToken), Display.Number(t.Loss, 4),
            i == 0 ? "-" : "×" + Display.Number(Steps[i - 1].ParametersRatio),
            i == 0 ? "-" : "×" + Display.Number(Steps[i - 1].TrainingFlopsRatio),
        }),
        [$"Assumptions: {Assumptions}.", "'×' columns: ratio to the tier below.", TranslationCaveat]);

    /// <summary>The ladder's table (<see cref="ToTable"/>) as GitHub-flavoured Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The ladder's table (<see cref="ToTable"/>) as an HTML fragment, every text escaped.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => ToTable().ToHtml();

    /// <summary>The basis and the tiers, one per line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Tier ladder ({Basis}):\n" + string.Join("\n", Tiers.Select(t => t.ToString()));
}
