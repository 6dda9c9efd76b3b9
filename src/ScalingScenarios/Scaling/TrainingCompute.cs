using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>FLOP counts of a dense transformer: training compute 6·N·D, inference compute per token, and the training/inference break-even.</summary>
/// <remarks>
/// The counts follow Kaplan et al. 2020: a forward pass costs about 2·N FLOPs per token plus an attention term
/// 2·n_layer·n_ctx·d_attn (Table 1), and training (forward and backward) about 6·N per token (section 2.1).
/// Every member is a pure function of doubles, so the formula language can expose them. Thread-safe.
/// </remarks>
public static class TrainingCompute
{
    /// <summary>Training FLOPs per parameter per token: 2 for the forward pass, 4 for the backward pass.</summary>
    [Cites("Kaplan2020", "section 2.1")]
    public const double FlopsPerParameterPerToken = 6;

    /// <summary>Forward-pass (inference) FLOPs per parameter per token.</summary>
    [Cites("Kaplan2020", "Table 1")]
    public const double InferenceFlopsPerParameterPerToken = 2;

    /// <summary>One petaflop/s-day in FLOPs: 1e15 FLOP/s × 86,400 s = 8.64e19, the compute unit of Kaplan et al. 2020.</summary>
    [Cites("Kaplan2020", "section 1.3 (notation)")]
    public const double FlopsPerPetaflopDay = 8.64e19;

    /// <summary>Training compute C = 6·N·D.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="tokens">Training tokens D. Range: (0, ∞).</param>
    /// <returns>The training FLOPs; for Chinchilla (70e9 parameters, 1.4e12 tokens) about 5.88e23.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, section 2.1; used throughout Hoffmann et al. 2022.</remarks>
    [Cites("Kaplan2020", "section 2.1")]
    public static double Flops(double parameters, double tokens)
    {
        Guard.Positive(parameters);
        Guard.Positive(tokens);
        return FlopsPerParameterPerToken * parameters * tokens;
    }

    /// <summary>Inference (forward-pass) FLOPs per generated or processed token: 2·N, ignoring the attention term.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <returns>2·N FLOPs per token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, Table 1 (accurate when the context is short compared with the model width).</remarks>
    [Cites("Kaplan2020", "Table 1")]
    public static double InferenceFlopsPerToken(double parameters)
    {
        Guard.Positive(parameters);
        return InferenceFlopsPerParameterPerToken * parameters;
    }

    /// <summary>Inference FLOPs per token with the attention term: 2·N + 2·n_layer·n_ctx·d_attn.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="shape">The transformer's depth, context length and attention width.</param>
    /// <returns>FLOPs per token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    /// <remarks>Kaplan et al. 2020, Table 1.</remarks>
    [Cites("Kaplan2020", "Table 1")]
    public static double InferenceFlopsPerToken(double parameters, TransformerShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return InferenceFlopsPerToken(parameters) + shape.AttentionFlopsPerToken;
    }

    /// <summary>The number of inference tokens at which cumulative inference FLOPs equal the training FLOPs.</summary>
    /// <param name="trainingFlops">Training compute in FLOPs. Range: (0, ∞).</param>
    /// <param name="inferenceFlopsPerToken">Inference FLOPs per token. Range: (0, ∞).</param>
    /// <returns>trainingFlops / inferenceFlopsPerToken; with 6·N·D and 2·N this is 3·D.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    /// <remarks>Past this volume inference dominates total compute, the regime of claim C07.</remarks>
    [Cites("C07")]
    public static double BreakEvenInferenceTokens(double trainingFlops, double inferenceFlopsPerToken)
    {
        Guard.Positive(trainingFlops);
        Guard.Positive(inferenceFlopsPerToken);
        return trainingFlops / inferenceFlopsPerToken;
    }
}
