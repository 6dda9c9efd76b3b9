namespace ScalingScenarios.Scaling;

/// <summary>
/// One training run: parameters and tokens, with the training FLOPs, predicted loss, inference FLOPs per token and
/// the fit and rule that produced it.
/// </summary>
/// <remarks>
/// Built by <see cref="Create(double, double, LossFit)"/> for given (N, D) or by <see cref="ComputeOptimal"/> for an allocation. FLOPs follow
/// Kaplan et al. 2020 (6·N·D to train, 2·N per inference token); the loss comes from <see cref="Fit"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class TrainingRun
{
    private TrainingRun(double parameters, double tokens, LossFit fit, AllocationRule allocation)
    {
        Parameters = parameters;
        Tokens = tokens;
        Fit = fit;
        Allocation = allocation;
        TrainingFlops = TrainingCompute.Flops(parameters, tokens);
        Loss = fit.Loss(parameters, tokens);
        InferenceFlopsPerToken = TrainingCompute.InferenceFlopsPerToken(parameters);
    }

    /// <summary>Model parameters N.</summary>
    public double Parameters { get; }

    /// <summary>Training tokens D.</summary>
    public double Tokens { get; }

    /// <summary>Training compute C = 6·N·D in FLOPs.</summary>
    public double TrainingFlops { get; }

    /// <summary>The loss predicted by <see cref="Fit"/> in nats per token.</summary>
    public double Loss { get; }

    /// <summary>D / N.</summary>
    public double TokensPerParameter => Tokens / Parameters;

    /// <summary>Inference FLOPs per token, 2·N (no attention term).</summary>
    public double InferenceFlopsPerToken { get; }

    /// <summary>Inference tokens at which cumulative inference FLOPs equal the training FLOPs (3·D).</summary>
    public double BreakEvenInferenceTokens => TrainingFlops / InferenceFlopsPerToken;

    /// <summary>The fit that predicts the loss (and, for <see cref="AllocationRule.FitClosedForm"/>, chose the split).</summary>
    public LossFit Fit { get; }

    /// <summary>How the tokens were chosen.</summary>
    public AllocationRule Allocation { get; }

    /// <summary>Creates a run from a given parameter and token count.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="tokens">Training tokens D. Range: (0, ∞).</param>
    /// <param name="fit">The fit that predicts the loss.</param>
    /// <returns>The run, with <see cref="Allocation"/> = <see cref="AllocationRule.GivenTokens"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static TrainingRun Create(double parameters, double tokens, LossFit fit) => Create(parameters, tokens, fit, AllocationRule.GivenTokens);

    /// <summary>Accelerator-hours on the given hardware.</summary>
    /// <param name="hardware">Hardware and price assumptions.</param>
    /// <returns>Accelerator-hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hardware"/> is null.</exception>
    public double AcceleratorHours(Hardware hardware)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        return hardware.AcceleratorHours(TrainingFlops);
    }

    /// <summary>Wall-clock days on the given hardware.</summary>
    /// <param name="hardware">Hardware and price assumptions.</param>
    /// <returns>Days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hardware"/> is null.</exception>
    public double WallClockDays(Hardware hardware)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        return hardware.WallClockDays(TrainingFlops);
    }

    /// <summary>Training cost in USD on the given hardware (rented accelerator time only).</summary>
    /// <param name="hardware">Hardware and price assumptions.</param>
    /// <returns>US dollars.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hardware"/> is null.</exception>
    public double CostUsd(Hardware hardware)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        return hardware.CostUsd(TrainingFlops);
    }

    /// <summary>A one-line summary: N, D, C and loss.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
        => $"N={Guard.Format(Parameters)}, D={Guard.Format(Tokens)}, C={Guard.Format(TrainingFlops)} FLOPs, loss={Guard.Format(Math.Round(Loss, 4))} ({Fit.Key})";

    internal static TrainingRun Create(double parameters, double tokens, LossFit fit, AllocationRule allocation)
    {
        Guard.Positive(parameters);
        Guard.Positive(tokens);
        ArgumentNullException.ThrowIfNull(fit);
        return new TrainingRun(parameters, tokens, fit, allocation);
    }
}
