using System.CommandLine;
using System.Text.Json;
using ScalingScenarios.Charts;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>tiers</c>: the C02 tier ladder on the parameter reading, the dollar reading, or both side by side.</summary>
internal sealed class TiersCommand : CliCommand
{
    private readonly Option<TierBasis[]?> _basis = new("--basis")
    {
        HelpName = "BASIS",
        Description = "What the four tiers count: both (default; the two readings side by side), parameters (1e8 to 1e11 parameters) or training-cost ($1e8 to $1e11 of training).",
        CustomParser = ValueParsers.Choice<TierBasis[]?>(
            ("both", [TierBasis.Parameters, TierBasis.TrainingCostUsd]),
            ("parameters", [TierBasis.Parameters]),
            ("training-cost", [TierBasis.TrainingCostUsd])),
    };

    private readonly Option<AllocationRule?> _allocation = new("--allocation")
    {
        HelpName = "RULE",
        Description = "How tokens are chosen: rule (default; --tokens-per-parameter tokens per parameter) or fit (the fit's own compute-optimal frontier).",
        CustomParser = ValueParsers.Choice<AllocationRule?>(("rule", AllocationRule.TokensPerParameter), ("fit", AllocationRule.FitClosedForm)),
    };

    private readonly Option<double?> _tokensPerParameter = new("--tokens-per-parameter")
    {
        HelpName = "RATIO",
        Description = "Training tokens per parameter for --allocation rule. Default 20 (Chinchilla: 70B parameters on 1.4T tokens).",
        CustomParser = ValueParsers.Number,
    };

    private readonly ScalingOptions _scaling = new();
    private readonly ChartOption _chart = new();

    public TiersCommand()
        : base("tiers", "The C02 tier ladder (four tiers, x10 each) on the parameter and the dollar reading, with tokens, FLOPs, cost and loss per tier.")
    {
        Options.Add(_basis);
        Options.Add(_allocation);
        Options.Add(_tokensPerParameter);
        _scaling.AddTo(this);
        _chart.AddTo(this);
        AddFormat();
        AddExamples("tiers", "tiers --chart tiers.png", "tiers --basis training-cost --fit besiroglu2024", "tiers --allocation fit --usd-per-hour 3 --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var bases = parse.GetResult(_basis) is null ? [TierBasis.Parameters, TierBasis.TrainingCostUsd] : parse.GetValue(_basis)!;
        var allocation = parse.GetValue(_allocation) ?? AllocationRule.TokensPerParameter;
        var tokensPerParameter = parse.GetValue(_tokensPerParameter) ?? ComputeOptimal.ChinchillaTokensPerParameter;
        var assumptions = TierAssumptions.Create(_scaling.ResolveFit(parse), _scaling.ResolveHardware(parse), allocation, tokensPerParameter);
        var ladders = bases.Select(b => TierLadder.Create(b, assumptions)).ToList();
        _chart.Write(parse, () => Charts.Charts.TierLadder([.. ladders]), 1200, Chart.DefaultHeight);

        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteString("basis", bases.Length == 2 ? "both" : BasisName(bases[0]));
                w.WritePropertyName("assumptions");
                ComputeCommand.WriteAssumptions(w, assumptions.Fit, assumptions.Hardware, allocation, allocation == AllocationRule.TokensPerParameter ? tokensPerParameter : null);
                w.WriteString("caveat", TierLadder.TranslationCaveat);
                w.WriteStartArray("tiers");
                foreach (var ladder in ladders)
                {
                    for (var i = 0; i < ladder.Tiers.Count; i++)
                    {
                        WriteTier(w, ladder.Tiers[i], i, i == 0 ? null : ladder.Steps[i - 1]);
                    }
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var notes = new List<string>
        {
            $"Assumptions: {assumptions}.",
            $"Fit: {assumptions.Fit.Name} ({assumptions.Fit.Source}). '×' columns: ratio to the tier below.",
            TierLadder.TranslationCaveat,
        };
        Output.Tables(console, format, [.. ladders.Select((l, i) => ToTable(l, i == ladders.Count - 1 ? notes : null))]);
        return ExitCodes.Ok;
    }

    private static TextTable ToTable(TierLadder ladder, IEnumerable<string>? notes) => new(
        ladder.Basis == TierBasis.Parameters
            ? "C02 tier ladder, parameter reading (1e8 to 1e11 parameters)"
            : "C02 tier ladder, dollar reading ($1e8 to $1e11 of training)",
        ["Tier", "Capability", "Parameters", "Tokens", "Training FLOPs", "Training cost", "Inference FLOPs/token", "Loss", "× params", "× FLOPs"],
        ladder.Tiers.Select((t, i) => new[]
        {
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), t.Label, Display.Number(t.Parameters), Display.Number(t.Tokens),
            Display.Number(t.TrainingFlops), Display.Usd(t.TrainingCostUsd), Display.Number(t.InferenceFlopsPerToken), Display.Number(t.Loss, 4),
            i == 0 ? "-" : "×" + Display.Number(ladder.Steps[i - 1].ParametersRatio),
            i == 0 ? "-" : "×" + Display.Number(ladder.Steps[i - 1].TrainingFlopsRatio),
        }),
        notes);

    private static string BasisName(TierBasis basis) => basis == TierBasis.Parameters ? "parameters" : "trainingCostUsd";

    private static void WriteTier(Utf8JsonWriter w, Tier t, int index, TierStep? step)
    {
        w.WriteStartObject();
        w.WriteString("basis", BasisName(t.Basis));
        w.WriteNumber("tier", index + 1);
        w.WriteString("label", t.Label);
        w.WriteDouble("definingValue", t.DefiningValue);
        w.WriteDouble("parameters", t.Parameters);
        w.WriteDouble("tokens", t.Tokens);
        w.WriteDouble("tokensPerParameter", t.Run.TokensPerParameter);
        w.WriteDouble("trainingFlops", t.TrainingFlops);
        w.WriteDouble("loss", t.Loss);
        w.WriteDouble("inferenceFlopsPerToken", t.InferenceFlopsPerToken);
        w.WriteDouble("trainingCostUsd", t.TrainingCostUsd);
        w.WriteDouble("acceleratorHours", t.AcceleratorHours);
        w.WriteDouble("wallClockDays", t.WallClockDays);
        w.WriteString("fit", t.Run.Fit.Key);
        w.WriteOptional("parametersRatio", step?.ParametersRatio);
        w.WriteOptional("trainingFlopsRatio", step?.TrainingFlopsRatio);
        w.WriteEndObject();
    }
}
