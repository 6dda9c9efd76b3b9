namespace ScalingScenarios.Scaling;

/// <summary>The assumptions that turn a tier (a parameter count or a dollar budget) into a full training run.</summary>
/// <remarks>
/// A fit predicts the loss; an allocation rule chooses tokens (Chinchilla's tokens per parameter, or the fit's own
/// frontier); hardware and price convert FLOPs to dollars and back. Immutable and thread-safe.
/// </remarks>
public sealed class TierAssumptions
{
    private TierAssumptions(LossFit fit, Hardware hardware, AllocationRule allocation, double tokensPerParameter)
    {
        Fit = fit;
        Hardware = hardware;
        Allocation = allocation;
        TokensPerParameter = tokensPerParameter;
    }

    /// <summary>The fit that predicts loss (and, for <see cref="AllocationRule.FitClosedForm"/>, chooses the split).</summary>
    public LossFit Fit { get; }

    /// <summary>Hardware and price assumptions.</summary>
    public Hardware Hardware { get; }

    /// <summary><see cref="AllocationRule.TokensPerParameter"/> or <see cref="AllocationRule.FitClosedForm"/>.</summary>
    public AllocationRule Allocation { get; }

    /// <summary>The ratio used by <see cref="AllocationRule.TokensPerParameter"/> (ignored by the closed form).</summary>
    public double TokensPerParameter { get; }

    /// <summary>Creates the assumptions.</summary>
    /// <param name="fit">The loss fit, e.g. <see cref="ChinchillaFit.Hoffmann2022"/>.</param>
    /// <param name="hardware">Hardware and price assumptions.</param>
    /// <param name="allocation">How tokens are chosen; default Chinchilla's tokens-per-parameter rule.</param>
    /// <param name="tokensPerParameter">The ratio for the rule. Range: (0, ∞); default 20.</param>
    /// <returns>The assumptions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> or <paramref name="hardware"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokensPerParameter"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="allocation"/> is <see cref="AllocationRule.GivenTokens"/> or not a defined value.</exception>
    public static TierAssumptions Create(
        LossFit fit,
        Hardware hardware,
        AllocationRule allocation = AllocationRule.TokensPerParameter,
        double tokensPerParameter = ComputeOptimal.ChinchillaTokensPerParameter)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(hardware);
        Guard.Positive(tokensPerParameter);
        if (allocation is not (AllocationRule.TokensPerParameter or AllocationRule.FitClosedForm))
        {
            throw Guard.Invalid(nameof(allocation), "TokensPerParameter or FitClosedForm", $"{allocation}");
        }

        return new TierAssumptions(fit, hardware, allocation, tokensPerParameter);
    }

    /// <summary>The run for a model of <paramref name="parameters"/> parameters under these assumptions.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    public TrainingRun RunForParameters(double parameters) => Allocation == AllocationRule.FitClosedForm
        ? ComputeOptimal.ForParametersOnFrontier(parameters, Fit)
        : ComputeOptimal.ForParameters(parameters, Fit, TokensPerParameter);

    /// <summary>The run a training budget in dollars buys under these assumptions.</summary>
    /// <param name="budgetUsd">The budget in US dollars. Range: (0, ∞).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budgetUsd"/> is NaN, infinite, zero or negative.</exception>
    public TrainingRun RunForBudgetUsd(double budgetUsd) => Allocation == AllocationRule.FitClosedForm
        ? ComputeOptimal.ForBudgetUsd(budgetUsd, Hardware, Fit)
        : ComputeOptimal.ForBudgetUsd(budgetUsd, Hardware, Fit, TokensPerParameter);

    /// <summary>The assumptions in one line.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => $"fit {Fit.Key}; allocation {(Allocation == AllocationRule.FitClosedForm ? "the fit's closed form" : $"{Guard.Format(TokensPerParameter)} tokens per parameter")}; {Hardware}";
}
