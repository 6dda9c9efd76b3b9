using System.ComponentModel;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>tiers</c>: the C02 tier ladder on the parameter reading, the dollar reading, or both side by side.</summary>
internal sealed class TiersCommand(CliConsole console) : Command<TiersCommand.Settings>
{
    internal sealed class Settings : ScalingSettings
    {
        [CommandOption("--basis <BASIS>")]
        [Description("What the four tiers count: [green]both[/] (default; the two readings side by side), [green]parameters[/] (1e8 to 1e11 parameters) or [green]training-cost[/] ($1e8 to $1e11 of training).")]
        [DefaultValue("both")]
        public string Basis { get; init; } = "both";

        [CommandOption("--allocation <RULE>")]
        [Description("How tokens are chosen: [green]rule[/] (default; --tokens-per-parameter tokens per parameter) or [green]fit[/] (the fit's own compute-optimal frontier).")]
        [DefaultValue("rule")]
        public string Allocation { get; init; } = "rule";

        [CommandOption("--tokens-per-parameter <RATIO>")]
        [Description("Training tokens per parameter for --allocation rule. Default 20 (Chinchilla: 70B parameters on 1.4T tokens).")]
        [DefaultValue(ComputeOptimal.ChinchillaTokensPerParameter)]
        public double TokensPerParameter { get; init; } = ComputeOptimal.ChinchillaTokensPerParameter;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var bases = settings.Basis.Trim().ToLowerInvariant() switch
        {
            "both" => new[] { TierBasis.Parameters, TierBasis.TrainingCostUsd },
            "parameters" => [TierBasis.Parameters],
            "training-cost" => [TierBasis.TrainingCostUsd],
            _ => throw new CliInputException($"--basis: expected both, parameters or training-cost; got '{settings.Basis}'."),
        };
        var allocation = settings.Allocation.Trim().ToLowerInvariant() switch
        {
            "rule" => AllocationRule.TokensPerParameter,
            "fit" => AllocationRule.FitClosedForm,
            _ => throw new CliInputException($"--allocation: expected rule or fit; got '{settings.Allocation}'."),
        };
        var assumptions = TierAssumptions.Create(settings.ResolveFit(), settings.ResolveHardware(), allocation, settings.TokensPerParameter);
        var ladders = bases.Select(b => TierLadder.Create(b, assumptions)).ToList();

        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new
            {
                basis = bases.Length == 2 ? "both" : BasisName(bases[0]),
                assumptions = ComputeCommand.AssumptionsToJson(assumptions.Fit, assumptions.Hardware, allocation, allocation == AllocationRule.TokensPerParameter ? settings.TokensPerParameter : null),
                caveat = TierLadder.TranslationCaveat,
                tiers = ladders.SelectMany(l => l.Tiers.Select((t, i) => TierToJson(t, i, i == 0 ? null : l.Steps[i - 1]))),
            });
            return ExitCodes.Ok;
        }

        var notes = new List<string>
        {
            $"Assumptions: {assumptions}.",
            $"Fit: {assumptions.Fit.Name} ({assumptions.Fit.Source}). '×' columns: ratio to the tier below.",
            TierLadder.TranslationCaveat,
        };
        Output.Tables(console, settings.Format, [.. ladders.Select((l, i) => ToTable(l, i == ladders.Count - 1 ? notes : null))]);
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

    private static object TierToJson(Tier t, int index, TierStep? step) => new
    {
        basis = BasisName(t.Basis),
        tier = index + 1,
        label = t.Label,
        definingValue = t.DefiningValue,
        parameters = t.Parameters,
        tokens = t.Tokens,
        tokensPerParameter = t.Run.TokensPerParameter,
        trainingFlops = t.TrainingFlops,
        loss = t.Loss,
        inferenceFlopsPerToken = t.InferenceFlopsPerToken,
        trainingCostUsd = t.TrainingCostUsd,
        acceleratorHours = t.AcceleratorHours,
        wallClockDays = t.WallClockDays,
        fit = t.Run.Fit.Key,
        parametersRatio = step?.ParametersRatio,
        trainingFlopsRatio = step?.TrainingFlopsRatio,
    };
}
