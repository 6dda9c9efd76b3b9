using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
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

    public TiersCommand()
        : base("tiers", "The C02 tier ladder (four tiers, x10 each) on the parameter and the dollar reading, with tokens, FLOPs, cost and loss per tier.")
    {
        Options.Add(_basis);
        Options.Add(_allocation);
        Options.Add(_tokensPerParameter);
        _scaling.AddTo(this);
        AddFormat();
        AddExamples("tiers", "tiers --basis training-cost --fit besiroglu2024", "tiers --allocation fit --usd-per-hour 3 --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var bases = parse.GetResult(_basis) is null ? [TierBasis.Parameters, TierBasis.TrainingCostUsd] : parse.GetValue(_basis)!;
        var allocation = parse.GetValue(_allocation) ?? AllocationRule.TokensPerParameter;
        var tokensPerParameter = parse.GetValue(_tokensPerParameter) ?? ComputeOptimal.ChinchillaTokensPerParameter;
        var assumptions = TierAssumptions.Create(_scaling.ResolveFit(parse), _scaling.ResolveHardware(parse), allocation, tokensPerParameter);
        var report = TierReport.Create(bases, assumptions);
        Output.Result(console, format, report.ToTables(), report.ToCsv, report.WriteJson);
        return ExitCodes.Ok;
    }
}
