namespace ScalingScenarios.Scaling;

/// <summary>The ratios between two adjacent tiers of a ladder (the higher tier divided by the lower).</summary>
/// <remarks>Under a fixed tokens-per-parameter rule, ×10 parameters gives ×100 compute (claim C02). Immutable and thread-safe.</remarks>
public sealed class TierStep
{
    internal TierStep(Tier lower, Tier higher)
    {
        Lower = lower;
        Higher = higher;
    }

    /// <summary>The lower tier.</summary>
    public Tier Lower { get; }

    /// <summary>The higher tier.</summary>
    public Tier Higher { get; }

    /// <summary>Ratio of parameters.</summary>
    public double ParametersRatio => Higher.Parameters / Lower.Parameters;

    /// <summary>Ratio of training tokens.</summary>
    public double TokensRatio => Higher.Tokens / Lower.Tokens;

    /// <summary>Ratio of training FLOPs.</summary>
    public double TrainingFlopsRatio => Higher.TrainingFlops / Lower.TrainingFlops;

    /// <summary>Ratio of training cost.</summary>
    public double TrainingCostRatio => Higher.TrainingCostUsd / Lower.TrainingCostUsd;

    /// <summary>The drop in predicted loss (lower tier's loss minus higher tier's), in nats per token.</summary>
    public double LossDrop => Lower.Loss - Higher.Loss;
}
