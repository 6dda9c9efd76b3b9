using System.Text.Json;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Scaling;

/// <summary>
/// One training run worked out in full, as <c>scaling-scenarios compute</c> shows it: allocation, FLOPs, predicted loss,
/// inference FLOPs per token (with the attention term when a shape is given), the break-even inference tokens, and time
/// and cost when hardware is given; renders as a table, Markdown, a raw-number CSV and JSON.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ComputeReport
{
    private ComputeReport(TrainingRun run, Hardware? hardware, TransformerShape? shape)
    {
        Run = run;
        Hardware = hardware;
        Shape = shape;
        InferenceFlopsPerToken = shape is null ? run.InferenceFlopsPerToken : TrainingCompute.InferenceFlopsPerToken(run.Parameters, shape);
        BreakEvenInferenceTokens = TrainingCompute.BreakEvenInferenceTokens(run.TrainingFlops, InferenceFlopsPerToken);
    }

    /// <summary>The training run.</summary>
    public TrainingRun Run { get; }

    /// <summary>The hardware for time and cost, or null when none was given.</summary>
    public Hardware? Hardware { get; }

    /// <summary>The transformer shape whose attention term is added to inference FLOPs, or null.</summary>
    public TransformerShape? Shape { get; }

    /// <summary>Inference FLOPs per token: 2·N, plus the attention term when <see cref="Shape"/> is given (Kaplan et al. 2020, Table 1).</summary>
    public double InferenceFlopsPerToken { get; }

    /// <summary>Inference tokens whose forward passes cost as many FLOPs as the training run (C07).</summary>
    public double BreakEvenInferenceTokens { get; }

    /// <summary>Accelerator-hours of the run on <see cref="Hardware"/>, or null.</summary>
    public double? AcceleratorHours => Hardware is null ? null : Run.AcceleratorHours(Hardware);

    /// <summary>Wall-clock days of the run on <see cref="Hardware"/>, or null.</summary>
    public double? WallClockDays => Hardware is null ? null : Run.WallClockDays(Hardware);

    /// <summary>The run's cost in US dollars on <see cref="Hardware"/>, or null.</summary>
    public double? TrainingCostUsd => Hardware is null ? null : Run.CostUsd(Hardware);

    /// <summary>Works out a run.</summary>
    /// <param name="run">The training run.</param>
    /// <param name="hardware">Hardware for time and cost; null for FLOPs only.</param>
    /// <param name="shape">A transformer shape for the attention term of inference FLOPs; null for 2·N.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static ComputeReport Create(TrainingRun run, Hardware? hardware = null, TransformerShape? shape = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new ComputeReport(run, hardware, shape);
    }

    /// <summary>The rows as (label, quantity, value, unit, display text), in the order the table shows them.</summary>
    private IEnumerable<(string Label, string Quantity, double Value, string Unit, string Text)> Quantities()
    {
        yield return ("Parameters", "parameters", Run.Parameters, "parameters", Display.Number(Run.Parameters));
        yield return ("Training tokens", "tokens", Run.Tokens, "tokens", Display.Number(Run.Tokens));
        yield return ("Tokens per parameter", "tokensPerParameter", Run.TokensPerParameter, "tokens/parameter", Display.Number(Run.TokensPerParameter));
        yield return ("Training FLOPs (6·N·D)", "trainingFlops", Run.TrainingFlops, "FLOP", Display.Number(Run.TrainingFlops));
        yield return ("Predicted loss (nats/token)", "loss", Run.Loss, "nats/token", Display.Number(Run.Loss, 4));
        yield return (
            Shape is null ? "Inference FLOPs per token (2·N)" : $"Inference FLOPs per token (2·N + attention, {Shape})",
            "inferenceFlopsPerToken", InferenceFlopsPerToken, "FLOP/token", Display.Number(InferenceFlopsPerToken));
        yield return ("Break-even inference tokens", "breakEvenInferenceTokens", BreakEvenInferenceTokens, "tokens", Display.Number(BreakEvenInferenceTokens));
        if (Hardware is not null)
        {
            yield return ("Accelerator-hours", "acceleratorHours", AcceleratorHours!.Value, "accelerator-hours", Display.Number(AcceleratorHours.Value));
            yield return ("Wall-clock days", "wallClockDays", WallClockDays!.Value, "days", Display.Number(WallClockDays.Value));
            yield return ("Training cost", "trainingCostUsd", TrainingCostUsd!.Value, "USD", Display.Usd(TrainingCostUsd.Value));
        }
    }

    /// <summary>The table <c>compute</c> prints: one row per quantity, with the sources and caveats as notes.</summary>
    /// <returns>The table.</returns>
    public TextTable ToTable()
    {
        var rows = new List<string[]>
        {
            new[] { "Fit", Run.Fit.Name },
            new[] { "Allocation", AllocationText() },
        };
        rows.AddRange(Quantities().Take(7).Select(q => new[] { q.Label, q.Text }));
        if (Hardware is not null)
        {
            rows.Add(["Hardware", Hardware.ToString()]);
            rows.AddRange(Quantities().Skip(7).Select(q => new[] { q.Label, q.Text }));
        }

        var notes = new List<string>
        {
            $"Source: {Run.Fit.Source}; FLOPs: Kaplan et al. 2020 (6ND to train, 2N per inference token).",
            "Break-even: inference tokens whose forward passes cost as many FLOPs as the training run (C07).",
            Hardware is null
                ? "Give hardware (accelerator, MFU, price per accelerator-hour, cluster size) for time and cost."
                : "Cost counts rented accelerator time only; the price per accelerator-hour is an assumption.",
        };
        return new TextTable("Training run", ["Quantity", "Value"], rows, notes);
    }

    /// <summary>The table as Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>One CSV table <c>quantity,value,unit,description</c> with raw round-trip numbers.</summary>
    /// <returns>The CSV text with "\n" line ends.</returns>
    public string ToCsv()
        => new TextTable(
            string.Empty,
            ["quantity", "value", "unit", "description"],
            Quantities().Select(q => new[] { q.Quantity, TierReport.Raw(q.Value), q.Unit, q.Label })).ToCsv();

    /// <summary>
    /// Writes the JSON object: the run's quantities as numbers, <c>shape</c>, <c>fit</c>, <c>fitName</c>,
    /// <c>allocation</c>, <c>hardware</c> and time and cost when hardware is given, and <c>units</c> (quantity → unit).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        foreach (var q in Quantities().Take(7))
        {
            writer.WriteDouble(q.Quantity, q.Value);
        }

        if (Shape is not null)
        {
            writer.WriteStartObject("shape");
            writer.WriteNumber("layers", Shape.Layers);
            writer.WriteNumber("contextLength", Shape.ContextLength);
            writer.WriteNumber("attentionDimension", Shape.AttentionDimension);
            writer.WriteEndObject();
        }

        writer.WriteString("fit", Run.Fit.Key);
        writer.WriteString("fitName", Run.Fit.Name);
        writer.WriteString("allocation", TierReport.AllocationName(Run.Allocation));
        if (Hardware is not null)
        {
            writer.WritePropertyName("hardware");
            TierReport.WriteHardware(writer, Hardware);
            foreach (var q in Quantities().Skip(7))
            {
                writer.WriteDouble(q.Quantity, q.Value);
            }
        }

        writer.WriteStartObject("units");
        foreach (var q in Quantities())
        {
            writer.WriteString(q.Quantity, q.Unit);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The JSON object as text (see <see cref="WriteJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <inheritdoc />
    public override string ToString() => ToMarkdown();

    private string AllocationText() => Run.Allocation switch
    {
        AllocationRule.GivenTokens => "parameters and tokens given",
        AllocationRule.TokensPerParameter => $"{Display.Number(Run.TokensPerParameter)} tokens per parameter",
        _ => "the fit's compute-optimal frontier (closed form)",
    };
}
