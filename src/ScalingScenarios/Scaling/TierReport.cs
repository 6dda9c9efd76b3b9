using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Scaling;

/// <summary>
/// The C02 tier ladder on one or both readings (parameters, training dollars) under one set of assumptions, ready to
/// show: as tables (what <c>scaling-scenarios tiers</c> prints), Markdown, one raw-number CSV and JSON.
/// </summary>
/// <remarks>Immutable and thread-safe. The ladder is claim C02's; the translation caveat (<see cref="TierLadder.TranslationCaveat"/>) is part of every rendering.</remarks>
public sealed class TierReport
{
    /// <summary>The quantities of each tier in CSV and JSON, with their units (the CSV's <c>unit</c> column).</summary>
    public static IReadOnlyList<(string Quantity, string Unit)> Quantities { get; } =
    [
        ("parameters", "parameters"),
        ("tokens", "tokens"),
        ("tokensPerParameter", "tokens/parameter"),
        ("trainingFlops", "FLOP"),
        ("trainingCostUsd", "USD"),
        ("acceleratorHours", "accelerator-hours"),
        ("wallClockDays", "days"),
        ("inferenceFlopsPerToken", "FLOP/token"),
        ("loss", "nats/token"),
        ("parametersRatio", "x"),
        ("trainingFlopsRatio", "x"),
    ];

    private readonly TierLadder[] _ladders;

    private TierReport(TierLadder[] ladders, TierAssumptions assumptions)
    {
        _ladders = ladders;
        Assumptions = assumptions;
    }

    /// <summary>The ladders, one per reading, in the order asked for.</summary>
    public IReadOnlyList<TierLadder> Ladders => _ladders;

    /// <summary>The fit, hardware and allocation every ladder uses.</summary>
    public TierAssumptions Assumptions { get; }

    /// <summary>Builds the ladders on the given readings.</summary>
    /// <param name="bases">The readings, at least one, each at most once.</param>
    /// <param name="assumptions">The fit, hardware and allocation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bases"/> is empty or repeats a reading.</exception>
    public static TierReport Create(IEnumerable<TierBasis> bases, TierAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(assumptions);
        var list = bases.ToArray();
        if (list.Length == 0 || list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException($"Expected one or two different readings; got [{string.Join(", ", list)}].", nameof(bases));
        }

        return new TierReport([.. list.Select(b => TierLadder.Create(b, assumptions))], assumptions);
    }

    /// <summary>The name of a reading in CSV and JSON: <c>parameters</c> or <c>trainingCostUsd</c>.</summary>
    /// <param name="basis">The reading.</param>
    /// <returns>The name.</returns>
    public static string BasisName(TierBasis basis) => basis == TierBasis.Parameters ? "parameters" : "trainingCostUsd";

    /// <summary>One table per ladder, the notes (assumptions, fit, caveat) under the last.</summary>
    /// <returns>The tables.</returns>
    public IReadOnlyList<TextTable> ToTables()
    {
        var notes = new List<string>
        {
            $"Assumptions: {Assumptions}.",
            $"Fit: {Assumptions.Fit.Name} ({Assumptions.Fit.Source}). '×' columns: ratio to the tier below.",
            TierLadder.TranslationCaveat,
        };
        return [.. _ladders.Select((l, i) => ToTable(l, i == _ladders.Length - 1 ? notes : null))];
    }

    /// <summary>The tables as Markdown, separated by a blank line.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => string.Join("\n", ToTables().Select(t => t.ToMarkdown()));

    /// <summary>
    /// One CSV table in long form: <c>basis,tier,capability,quantity,value,unit</c>, one row per tier and quantity
    /// (<see cref="Quantities"/>), values as raw round-trip numbers; the tier-1 ratios are left out.
    /// </summary>
    /// <returns>The CSV text with "\n" line ends.</returns>
    public string ToCsv()
    {
        var rows = new List<string[]>();
        foreach (var ladder in _ladders)
        {
            for (var i = 0; i < ladder.Tiers.Count; i++)
            {
                var tier = ladder.Tiers[i];
                var values = Values(tier, i == 0 ? null : ladder.Steps[i - 1]);
                foreach (var (quantity, unit) in Quantities)
                {
                    if (values.TryGetValue(quantity, out var value))
                    {
                        rows.Add([BasisName(ladder.Basis), (i + 1).ToString(CultureInfo.InvariantCulture), tier.Label, quantity, Raw(value), unit]);
                    }
                }
            }
        }

        return new TextTable(string.Empty, ["basis", "tier", "capability", "quantity", "value", "unit"], rows).ToCsv();
    }

    /// <summary>
    /// Writes the JSON object: <c>basis</c>, <c>assumptions</c>, <c>caveat</c>, <c>units</c> (quantity → unit) and
    /// <c>tiers</c> (one object per tier and reading).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("basis", _ladders.Length == 2 ? "both" : BasisName(_ladders[0].Basis));
        writer.WritePropertyName("assumptions");
        WriteAssumptions(writer, Assumptions);
        writer.WriteString("caveat", TierLadder.TranslationCaveat);
        writer.WriteStartObject("units");
        foreach (var (quantity, unit) in Quantities)
        {
            writer.WriteString(quantity, unit);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("tiers");
        foreach (var ladder in _ladders)
        {
            for (var i = 0; i < ladder.Tiers.Count; i++)
            {
                var tier = ladder.Tiers[i];
                writer.WriteStartObject();
                writer.WriteString("basis", BasisName(tier.Basis));
                writer.WriteNumber("tier", i + 1);
                writer.WriteString("label", tier.Label);
                writer.WriteDouble("definingValue", tier.DefiningValue);
                foreach (var (quantity, value) in Values(tier, i == 0 ? null : ladder.Steps[i - 1]))
                {
                    writer.WriteDouble(quantity, value);
                }

                writer.WriteString("fit", tier.Run.Fit.Key);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The JSON object as text (see <see cref="WriteJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <inheritdoc />
    public override string ToString() => ToMarkdown();

    /// <summary>Writes assumptions as the JSON object the <c>tiers</c> and <c>compute</c> outputs share.</summary>
    internal static void WriteAssumptions(Utf8JsonWriter writer, TierAssumptions assumptions)
    {
        writer.WriteStartObject();
        writer.WriteString("fit", assumptions.Fit.Key);
        writer.WriteString("fitName", assumptions.Fit.Name);
        writer.WriteString("allocation", AllocationName(assumptions.Allocation));
        if (assumptions.Allocation == AllocationRule.TokensPerParameter)
        {
            writer.WriteDouble("tokensPerParameter", assumptions.TokensPerParameter);
        }

        writer.WritePropertyName("hardware");
        WriteHardware(writer, assumptions.Hardware);
        writer.WriteEndObject();
    }

    /// <summary>Writes hardware as a JSON object.</summary>
    internal static void WriteHardware(Utf8JsonWriter writer, Hardware hardware)
    {
        writer.WriteStartObject();
        writer.WriteString("accelerator", hardware.Accelerator.Key);
        writer.WriteDouble("peakFlopsPerSecond", hardware.Accelerator.PeakFlopsPerSecond);
        writer.WriteDouble("modelFlopsUtilization", hardware.ModelFlopsUtilization);
        writer.WriteDouble("usdPerAcceleratorHour", hardware.UsdPerAcceleratorHour);
        writer.WriteNumber("acceleratorCount", hardware.AcceleratorCount);
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of an allocation rule.</summary>
    internal static string AllocationName(AllocationRule rule) => rule switch
    {
        AllocationRule.GivenTokens => "givenTokens",
        AllocationRule.TokensPerParameter => "tokensPerParameter",
        _ => "fitClosedForm",
    };

    /// <summary>A number as CSV writes it: invariant culture, shortest round trip; empty when not finite.</summary>
    internal static string Raw(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static Dictionary<string, double> Values(Tier tier, TierStep? step)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["parameters"] = tier.Parameters,
            ["tokens"] = tier.Tokens,
            ["tokensPerParameter"] = tier.Run.TokensPerParameter,
            ["trainingFlops"] = tier.TrainingFlops,
            ["trainingCostUsd"] = tier.TrainingCostUsd,
            ["acceleratorHours"] = tier.AcceleratorHours,
            ["wallClockDays"] = tier.WallClockDays,
            ["inferenceFlopsPerToken"] = tier.InferenceFlopsPerToken,
            ["loss"] = tier.Loss,
        };
        if (step is not null)
        {
            values["parametersRatio"] = step.ParametersRatio;
            values["trainingFlopsRatio"] = step.TrainingFlopsRatio;
        }

        return values;
    }

    private static TextTable ToTable(TierLadder ladder, IEnumerable<string>? notes) => new(
        ladder.Basis == TierBasis.Parameters
            ? "C02 tier ladder, parameter reading (1e8 to 1e11 parameters)"
            : "C02 tier ladder, dollar reading ($1e8 to $1e11 of training)",
        ["Tier", "Capability", "Parameters", "Tokens", "Training FLOPs", "Training cost", "Inference FLOPs/token", "Loss", "× params", "× FLOPs"],
        ladder.Tiers.Select((t, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), t.Label, Display.Number(t.Parameters), Display.Number(t.Tokens),
            Display.Number(t.TrainingFlops), Display.Usd(t.TrainingCostUsd), Display.Number(t.InferenceFlopsPerToken), Display.Number(t.Loss, 4),
            i == 0 ? "-" : "×" + Display.Number(ladder.Steps[i - 1].ParametersRatio),
            i == 0 ? "-" : "×" + Display.Number(ladder.Steps[i - 1].TrainingFlopsRatio),
        }),
        notes);
}
