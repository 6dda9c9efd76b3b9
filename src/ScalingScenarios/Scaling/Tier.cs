namespace ScalingScenarios.Scaling;

/// <summary>One rung of the C02 tier ladder: its capability label, the value that defines it, and the training run behind it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Tier
{
    private Tier(TierBasis basis, double definingValue, string label, TrainingRun run, double trainingCostUsd, Hardware hardware)
    {
        Basis = basis;
        DefiningValue = definingValue;
        Label = label;
        Run = run;
        TrainingCostUsd = trainingCostUsd;
        AcceleratorHours = hardware.AcceleratorHours(run.TrainingFlops);
        WallClockDays = hardware.WallClockDays(run.TrainingFlops);
    }

    /// <summary>The basis the tier is defined on.</summary>
    public TierBasis Basis { get; }

    /// <summary>The defining value: parameters for <see cref="TierBasis.Parameters"/>, US dollars for <see cref="TierBasis.TrainingCostUsd"/>.</summary>
    public double DefiningValue { get; }

    /// <summary>The capability label (paraphrased from claim C02), e.g. "strong undergraduate".</summary>
    public string Label { get; }

    /// <summary>The training run this tier stands for.</summary>
    public TrainingRun Run { get; }

    /// <summary>Model parameters N.</summary>
    public double Parameters => Run.Parameters;

    /// <summary>Training tokens D.</summary>
    public double Tokens => Run.Tokens;

    /// <summary>Training FLOPs 6·N·D.</summary>
    public double TrainingFlops => Run.TrainingFlops;

    /// <summary>Inference FLOPs per token, 2·N.</summary>
    public double InferenceFlopsPerToken => Run.InferenceFlopsPerToken;

    /// <summary>The predicted loss in nats per token.</summary>
    public double Loss => Run.Loss;

    /// <summary>Training cost in US dollars under the ladder's hardware and price assumptions.</summary>
    public double TrainingCostUsd { get; }

    /// <summary>Accelerator-hours under the ladder's hardware assumptions.</summary>
    public double AcceleratorHours { get; }

    /// <summary>Wall-clock days on the assumed cluster.</summary>
    public double WallClockDays { get; }

    /// <summary>A tier defined by a parameter count.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="label">The capability label; must not be blank.</param>
    /// <param name="assumptions">Fit, allocation and hardware assumptions.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="assumptions"/> is null.</exception>
    public static Tier FromParameters(double parameters, string label, TierAssumptions assumptions)
    {
        Guard.Positive(parameters);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(assumptions);
        var run = assumptions.RunForParameters(parameters);
        return new Tier(TierBasis.Parameters, parameters, label, run, assumptions.Hardware.CostUsd(run.TrainingFlops), assumptions.Hardware);
    }

    /// <summary>A tier defined by a training budget in US dollars.</summary>
    /// <param name="trainingCostUsd">The training budget in US dollars. Range: (0, ∞).</param>
    /// <param name="label">The capability label; must not be blank.</param>
    /// <param name="assumptions">Fit, allocation and hardware assumptions.</param>
    /// <returns>The tier; its cost equals the budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingCostUsd"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="assumptions"/> is null.</exception>
    public static Tier FromTrainingCostUsd(double trainingCostUsd, string label, TierAssumptions assumptions)
    {
        Guard.Positive(trainingCostUsd);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(assumptions);
        var run = assumptions.RunForBudgetUsd(trainingCostUsd);
        return new Tier(TierBasis.TrainingCostUsd, trainingCostUsd, label, run, trainingCostUsd, assumptions.Hardware);
    }

    /// <summary>The label and run in one line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Label}: {Run}, cost ${Guard.Format(Math.Round(TrainingCostUsd))}";
}
