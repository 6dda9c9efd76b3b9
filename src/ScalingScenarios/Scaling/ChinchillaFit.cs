using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>
/// The Chinchilla parametric loss L(N, D) = E + A / N^α + B / D^β (Hoffmann et al. 2022, eq. 10), with its
/// closed-form compute-optimal allocation along C = 6·N·D.
/// </summary>
/// <remarks>
/// Presets: <see cref="Hoffmann2022"/> (the published, rounded constants), <see cref="Hoffmann2022Exact"/> (the
/// unrounded constants of the paper's LaTeX source, as Epoch AI used them) and <see cref="Besiroglu2024"/> (Epoch AI's
/// refit of the same data). Minimising L subject to C = 6·N·D gives N_opt = G·(C/6)^(β/(α+β)) with
/// G = (α·A / (β·B))^(1/(α+β)), and D_opt = C / (6·N_opt) (Hoffmann et al. 2022, eq. 4).
/// Claim C01 (loss falls as a power law). Immutable and thread-safe.
/// </remarks>
public sealed class ChinchillaFit : LossFit
{
    private ChinchillaFit(string key, string name, Source source, double e, double a, double b, double alpha, double beta)
        : base(key, name, source)
    {
        IrreducibleLoss = e;
        ParameterCoefficient = a;
        TokenCoefficient = b;
        ParameterExponent = alpha;
        TokenExponent = beta;
    }

    /// <summary>The published, rounded fit: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.</summary>
    /// <remarks>Hoffmann et al. 2022, eq. 10 (Approach 3). The default fit of the library and the CLI.</remarks>
    [Cites("Hoffmann2022", "eq. 10")]
    [Cites("C01")]
    public static ChinchillaFit Hoffmann2022 { get; } = new(
        "hoffmann2022", "Hoffmann et al. 2022, eq. 10 (published, rounded)", Sources.Hoffmann2022.At("eq. 10"),
        1.69, 406.4, 410.7, 0.34, 0.28);

    /// <summary>The unrounded constants behind eq. 10: E = e^0.5267228, A = e^6.0073404, B = e^6.0179186, α = 0.33917084, β = 0.2849083.</summary>
    /// <remarks>From the LaTeX source of Hoffmann et al. 2022, as used in Epoch AI's replication (Besiroglu et al. 2024).</remarks>
    [Cites("Hoffmann2022", "eq. 10, unrounded constants of the LaTeX source")]
    [Cites("Besiroglu2024")]
    public static ChinchillaFit Hoffmann2022Exact { get; } = new(
        "hoffmann2022-exact", "Hoffmann et al. 2022, eq. 10 (unrounded, from the LaTeX source)", Sources.Besiroglu2024,
        Math.Exp(0.5267228), Math.Exp(6.0073404), Math.Exp(6.0179186), 0.33917084, 0.2849083);

    /// <summary>Epoch AI's refit of the Chinchilla data: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.</summary>
    /// <remarks>Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt" (their point estimates).</remarks>
    [Cites("Besiroglu2024", "refitted parameters")]
    [Cites("C01")]
    public static ChinchillaFit Besiroglu2024 { get; } = new(
        "besiroglu2024", "Besiroglu et al. 2024 (Epoch AI refit)", Sources.Besiroglu2024.At("refitted parameters"),
        1.8172, 482.01, 2085.43, 0.3478, 0.3658);

    /// <summary>E: the loss an infinitely large model trained on infinite data would still have (nats per token).</summary>
    public double IrreducibleLoss { get; }

    /// <summary>A: the coefficient of the parameter term A / N^α.</summary>
    public double ParameterCoefficient { get; }

    /// <summary>B: the coefficient of the data term B / D^β.</summary>
    public double TokenCoefficient { get; }

    /// <summary>α: the exponent of the parameter term.</summary>
    public double ParameterExponent { get; }

    /// <summary>β: the exponent of the data term.</summary>
    public double TokenExponent { get; }

    /// <summary>a = β / (α + β): N_opt grows as C^a (Hoffmann et al. 2022, eq. 4; Table 2 reports a ≈ 0.46 for Approach 3).</summary>
    public double OptimalParametersExponent => TokenExponent / (ParameterExponent + TokenExponent);

    /// <summary>b = α / (α + β): D_opt grows as C^b.</summary>
    public double OptimalTokensExponent => ParameterExponent / (ParameterExponent + TokenExponent);

    /// <summary>G = (α·A / (β·B))^(1/(α+β)), the scale of the compute-optimal frontier N_opt = G·(C/6)^a.</summary>
    public double FrontierScale
        => Math.Pow(ParameterExponent * ParameterCoefficient / (TokenExponent * TokenCoefficient), 1 / (ParameterExponent + TokenExponent));

    /// <summary>Creates a fit of the Chinchilla form from its five constants.</summary>
    /// <param name="irreducibleLoss">E in nats per token. Range: [0, ∞).</param>
    /// <param name="parameterCoefficient">A. Range: (0, ∞).</param>
    /// <param name="tokenCoefficient">B. Range: (0, ∞).</param>
    /// <param name="parameterExponent">α. Range: (0, ∞).</param>
    /// <param name="tokenExponent">β. Range: (0, ∞).</param>
    /// <param name="name">A name shown in tables; null or blank gives "custom Chinchilla-form fit".</param>
    /// <returns>The fit, with key "custom".</returns>
    /// <exception cref="ArgumentOutOfRangeException">A constant is NaN, infinite or outside its range.</exception>
    /// <remarks>The functional form is Hoffmann et al. 2022, eq. 2.</remarks>
    public static ChinchillaFit Create(
        double irreducibleLoss, double parameterCoefficient, double tokenCoefficient, double parameterExponent, double tokenExponent, string? name = null)
    {
        Guard.NonNegative(irreducibleLoss);
        Guard.Positive(parameterCoefficient);
        Guard.Positive(tokenCoefficient);
        Guard.Positive(parameterExponent);
        Guard.Positive(tokenExponent);
        return new ChinchillaFit(
            "custom", string.IsNullOrWhiteSpace(name) ? "custom Chinchilla-form fit" : name.Trim(), Sources.Hoffmann2022.At("eq. 2 (functional form)"),
            irreducibleLoss, parameterCoefficient, tokenCoefficient, parameterExponent, tokenExponent);
    }

    /// <summary>The predicted loss L(N, D) = E + A / N^α + B / D^β.</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <param name="tokens">Training tokens D. Range: (0, ∞).</param>
    /// <returns>The loss in nats per token; always greater than <see cref="IrreducibleLoss"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    /// <remarks>Hoffmann et al. 2022, eq. 2 with the constants of this fit.</remarks>
    public override double Loss(double parameters, double tokens)
    {
        Guard.Positive(parameters);
        Guard.Positive(tokens);
        return IrreducibleLoss
            + (ParameterCoefficient / Math.Pow(parameters, ParameterExponent))
            + (TokenCoefficient / Math.Pow(tokens, TokenExponent));
    }

    /// <summary>The closed-form optimum N_opt = G·(C/6)^(β/(α+β)).</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs. Range: (0, ∞).</param>
    /// <returns>N_opt(C) in parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite, zero or negative.</exception>
    /// <remarks>Hoffmann et al. 2022, eq. 4.</remarks>
    public override double OptimalParameters(double trainingFlops)
    {
        Guard.Positive(trainingFlops);
        return FrontierScale * Math.Pow(trainingFlops / TrainingCompute.FlopsPerParameterPerToken, OptimalParametersExponent);
    }

    /// <summary>The budget at which <paramref name="parameters"/> is optimal: C = 6·(N / G)^(1/a).</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <returns>The training FLOPs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    public override double OptimalTrainingFlops(double parameters)
    {
        Guard.Positive(parameters);
        return TrainingCompute.FlopsPerParameterPerToken * Math.Pow(parameters / FrontierScale, 1 / OptimalParametersExponent);
    }

    /// <summary>The name and the five constants.</summary>
    /// <returns>For example "Hoffmann et al. 2022, eq. 10 (published, rounded): E=1.69, A=406.4, B=410.7, α=0.34, β=0.28".</returns>
    public override string ToString()
        => $"{Name}: E={Guard.Format(Math.Round(IrreducibleLoss, 4))}, A={Guard.Format(Math.Round(ParameterCoefficient, 2))}, "
            + $"B={Guard.Format(Math.Round(TokenCoefficient, 2))}, α={Guard.Format(ParameterExponent)}, β={Guard.Format(TokenExponent)}";
}
