using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>
/// A fitted scaling law: the predicted pre-training loss of a model from its parameter count and training tokens,
/// and the compute-optimal model size for a training-FLOP budget.
/// </summary>
/// <remarks>
/// The two families are <see cref="ChinchillaFit"/> (Hoffmann et al. 2022 and its refit by Besiroglu et al. 2024)
/// and <see cref="KaplanFit"/> (Kaplan et al. 2020). Losses of different fits are in nats per token on different
/// datasets, so compare them within one fit, not across fits (claim C01). Instances are immutable and thread-safe.
/// </remarks>
public abstract class LossFit
{
    private protected LossFit(string key, string name, Source source)
    {
        Key = key;
        Name = name;
        Source = source;
    }

    /// <summary>The short key the CLI and scenario files use, e.g. "hoffmann2022".</summary>
    public string Key { get; }

    /// <summary>A human-readable name, e.g. "Hoffmann et al. 2022, eq. 10 (published, rounded)".</summary>
    public string Name { get; }

    /// <summary>The public source of the fitted constants.</summary>
    public Source Source { get; }

    /// <summary>Every built-in fit, in the order the CLI lists them: hoffmann2022, hoffmann2022-exact, besiroglu2024, kaplan2020.</summary>
    public static IReadOnlyList<LossFit> All { get; } = BuildAll();

    /// <summary>The predicted loss of a model with <paramref name="parameters"/> parameters trained on <paramref name="tokens"/> tokens.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="tokens">Training tokens D. Range: (0, ∞).</param>
    /// <returns>The loss in nats per token; it falls toward the fit's floor as N and D grow.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    public abstract double Loss(double parameters, double tokens);

    /// <summary>The compute-optimal parameter count for a training budget of <paramref name="trainingFlops"/> FLOPs, from the fit's own optimum.</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs (C = 6·N·D). Range: (0, ∞).</param>
    /// <returns>N_opt(C); it grows as a power of C.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite, zero or negative.</exception>
    public abstract double OptimalParameters(double trainingFlops);

    /// <summary>The budget at which <paramref name="parameters"/> is the compute-optimal model size (the inverse of <see cref="OptimalParameters"/>).</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <returns>The training FLOPs C with N_opt(C) = N.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    public abstract double OptimalTrainingFlops(double parameters);

    /// <summary>The compute-optimal token count for a training budget: D_opt = C / (6·N_opt).</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs. Range: (0, ∞).</param>
    /// <returns>D_opt(C) in tokens.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite, zero or negative.</exception>
    public double OptimalTokens(double trainingFlops)
    {
        Guard.Positive(trainingFlops);
        return trainingFlops / (TrainingCompute.FlopsPerParameterPerToken * OptimalParameters(trainingFlops));
    }

    /// <summary>The tokens that make <paramref name="parameters"/> compute-optimal under this fit: D = C / (6·N) where N_opt(C) = N.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <returns>The compute-optimal training tokens for a model of that size.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    public double OptimalTokensForParameters(double parameters)
    {
        Guard.Positive(parameters);
        return OptimalTrainingFlops(parameters) / (TrainingCompute.FlopsPerParameterPerToken * parameters);
    }

    /// <summary>Finds a built-in fit by its key (case-insensitive).</summary>
    /// <param name="key">One of "hoffmann2022", "hoffmann2022-exact", "besiroglu2024", "kaplan2020".</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="key"/> names no built-in fit (the message lists the keys).</exception>
    public static LossFit FromKey(string key) => KeyLookup.Find(All, f => f.Key, key, "loss fits");

    /// <inheritdoc />
    public override string ToString() => Name;

    private static System.Collections.ObjectModel.ReadOnlyCollection<LossFit> BuildAll()
        => Array.AsReadOnly<LossFit>([ChinchillaFit.Hoffmann2022, ChinchillaFit.Hoffmann2022Exact, ChinchillaFit.Besiroglu2024, KaplanFit.Kaplan2020]);
}
