using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>Compute-optimal allocation: how to split a training budget between parameters and tokens.</summary>
/// <remarks>
/// Three rules: a fit's own frontier (<see cref="ForBudget(double, LossFit)"/>: the Chinchilla closed form or Kaplan's
/// N ∝ C^0.73), a fixed tokens-per-parameter ratio (Chinchilla's 20, <see cref="ChinchillaTokensPerParameter"/>), and
/// a dollar budget turned into FLOPs through <see cref="Hardware"/>. The double-valued members are plain functions
/// for the formula language. Claim C02 (×10 parameters ⇒ about ×100 compute under compute-optimal scaling). Thread-safe.
/// </remarks>
public static class ComputeOptimal
{
    /// <summary>Chinchilla's rule of thumb: about 20 training tokens per parameter (Chinchilla itself: 70B parameters, 1.4T tokens).</summary>
    /// <remarks>
    /// Hoffmann et al. 2022, Table 3 (Approach 1 projections): 400M parameters on 8.0B tokens and 1B on 20.2B (20×), 10B on 205.1B
    /// (20.5×), 67B on 1.5T (22.4×); Table 1 lists Chinchilla at 70B parameters and 1.4T tokens (20×).
    /// </remarks>
    [Cites("Hoffmann2022", "Table 3")]
    [Cites("Hoffmann2022", "Table 1")]
    [Cites("Besiroglu2024")]
    [Cites("C02")]
    public const double ChinchillaTokensPerParameter = 20;

    /// <summary>Tokens for a model of <paramref name="parameters"/> parameters under a tokens-per-parameter rule: r·N.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="tokensPerParameter">The ratio r. Range: (0, ∞); default 20.</param>
    /// <returns>r·N tokens.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    [Cites("Hoffmann2022", "Table 3")]
    public static double TokensForParameters(double parameters, double tokensPerParameter = ChinchillaTokensPerParameter)
    {
        Guard.Positive(parameters);
        Guard.Positive(tokensPerParameter);
        return tokensPerParameter * parameters;
    }

    /// <summary>Parameters that spend <paramref name="trainingFlops"/> under a tokens-per-parameter rule: N = √(C / (6·r)).</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs. Range: (0, ∞).</param>
    /// <param name="tokensPerParameter">The ratio r. Range: (0, ∞); default 20.</param>
    /// <returns>N in parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    public static double ParametersForBudget(double trainingFlops, double tokensPerParameter = ChinchillaTokensPerParameter)
    {
        Guard.Positive(trainingFlops);
        Guard.Positive(tokensPerParameter);
        return Math.Sqrt(trainingFlops / (TrainingCompute.FlopsPerParameterPerToken * tokensPerParameter));
    }

    /// <summary>The compute-optimal run for a FLOP budget on the fit's own frontier.</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs. Range: (0, ∞).</param>
    /// <param name="fit">The fit, e.g. <see cref="ChinchillaFit.Hoffmann2022"/>.</param>
    /// <returns>A run with N = N_opt(C), D = C / (6·N) and <see cref="AllocationRule.FitClosedForm"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static TrainingRun ForBudget(double trainingFlops, LossFit fit)
    {
        Guard.Positive(trainingFlops);
        ArgumentNullException.ThrowIfNull(fit);
        var parameters = fit.OptimalParameters(trainingFlops);
        return TrainingRun.Create(parameters, trainingFlops / (TrainingCompute.FlopsPerParameterPerToken * parameters), fit, AllocationRule.FitClosedForm);
    }

    /// <summary>The run that spends a FLOP budget under a tokens-per-parameter rule.</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs. Range: (0, ∞).</param>
    /// <param name="fit">The fit that predicts the loss.</param>
    /// <param name="tokensPerParameter">The ratio r. Range: (0, ∞).</param>
    /// <returns>A run with N = √(C / (6·r)), D = r·N and <see cref="AllocationRule.TokensPerParameter"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static TrainingRun ForBudget(double trainingFlops, LossFit fit, double tokensPerParameter)
    {
        var parameters = ParametersForBudget(trainingFlops, tokensPerParameter);
        ArgumentNullException.ThrowIfNull(fit);
        return TrainingRun.Create(parameters, trainingFlops / (TrainingCompute.FlopsPerParameterPerToken * parameters), fit, AllocationRule.TokensPerParameter);
    }

    /// <summary>The run for a model size under a tokens-per-parameter rule (default: Chinchilla's 20).</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="fit">The fit that predicts the loss.</param>
    /// <param name="tokensPerParameter">The ratio r. Range: (0, ∞); default 20.</param>
    /// <returns>A run with D = r·N and <see cref="AllocationRule.TokensPerParameter"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static TrainingRun ForParameters(double parameters, LossFit fit, double tokensPerParameter = ChinchillaTokensPerParameter)
    {
        var tokens = TokensForParameters(parameters, tokensPerParameter);
        ArgumentNullException.ThrowIfNull(fit);
        return TrainingRun.Create(parameters, tokens, fit, AllocationRule.TokensPerParameter);
    }

    /// <summary>The run for a model size on the fit's own frontier: the tokens at which N is compute-optimal.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="fit">The fit whose frontier is used.</param>
    /// <returns>A run with D = <see cref="LossFit.OptimalTokensForParameters"/> and <see cref="AllocationRule.FitClosedForm"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static TrainingRun ForParametersOnFrontier(double parameters, LossFit fit)
    {
        Guard.Positive(parameters);
        ArgumentNullException.ThrowIfNull(fit);
        return TrainingRun.Create(parameters, fit.OptimalTokensForParameters(parameters), fit, AllocationRule.FitClosedForm);
    }

    /// <summary>The compute-optimal run a dollar budget buys on the fit's own frontier.</summary>
    /// <param name="budgetUsd">The budget in US dollars. Range: (0, ∞).</param>
    /// <param name="hardware">Hardware and price assumptions that turn dollars into FLOPs.</param>
    /// <param name="fit">The fit.</param>
    /// <returns>The run for <see cref="Hardware.FlopsForBudget"/>(budget).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budgetUsd"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hardware"/> or <paramref name="fit"/> is null.</exception>
    public static TrainingRun ForBudgetUsd(double budgetUsd, Hardware hardware, LossFit fit)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        return ForBudget(hardware.FlopsForBudget(budgetUsd), fit);
    }

    /// <summary>The run a dollar budget buys under a tokens-per-parameter rule.</summary>
    /// <param name="budgetUsd">The budget in US dollars. Range: (0, ∞).</param>
    /// <param name="hardware">Hardware and price assumptions that turn dollars into FLOPs.</param>
    /// <param name="fit">The fit that predicts the loss.</param>
    /// <param name="tokensPerParameter">The ratio r. Range: (0, ∞).</param>
    /// <returns>The run for <see cref="Hardware.FlopsForBudget"/>(budget).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hardware"/> or <paramref name="fit"/> is null.</exception>
    public static TrainingRun ForBudgetUsd(double budgetUsd, Hardware hardware, LossFit fit, double tokensPerParameter)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        return ForBudget(hardware.FlopsForBudget(budgetUsd), fit, tokensPerParameter);
    }
}
