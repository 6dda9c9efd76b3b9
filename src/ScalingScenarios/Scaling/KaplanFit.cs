using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>
/// The scaling laws of Kaplan et al. 2020: L(N), L(D), the joint L(N, D), L(C_min), and the compute-efficient
/// model size N ∝ C^0.73.
/// </summary>
/// <remarks>
/// Kaplan's N counts non-embedding parameters, its loss is in nats per token on WebText2, and its compute is in
/// PF-days (1 PF-day = 8.64e19 FLOPs, section 1.3); this class takes and returns FLOPs and converts. Kaplan's C_min is
/// the compute a run would need at a batch size far below the critical one; training at the critical batch size costs
/// about 2·C_min (section 6.3). The library uses the training FLOPs C = 6·N·D directly as C_min, so a run at the
/// critical batch size sits up to 2^0.73 ≈ 1.7× off Kaplan's model-size frontier. The model-size frontier puts most extra compute into parameters (N ∝ C^0.73, D ∝ C^0.27), the
/// allocation that Hoffmann et al. 2022 later revised. The paper itself expects its laws to break down near
/// C* ≈ 1e4 PF-days (≈ 8.6e23 FLOPs, N* ≈ 1e12; eq. 6.8): beyond that, this class extrapolates past its source's own
/// warning (a $100M budget gives tens of trillions of parameters and under one token per parameter).
/// Claim C01. Immutable and thread-safe.
/// </remarks>
public sealed class KaplanFit : LossFit
{
    /// <summary>α_N of L(N) = (N_c / N)^α_N.</summary>
    [Cites("Kaplan2020", "eq. 1.1")]
    public const double ParameterExponent = 0.076;

    /// <summary>N_c of L(N), in non-embedding parameters.</summary>
    [Cites("Kaplan2020", "eq. 1.1")]
    public const double CriticalParameters = 8.8e13;

    /// <summary>α_D of L(D) = (D_c / D)^α_D.</summary>
    [Cites("Kaplan2020", "eq. 1.2")]
    public const double TokenExponent = 0.095;

    /// <summary>D_c of L(D), in tokens.</summary>
    [Cites("Kaplan2020", "eq. 1.2")]
    public const double CriticalTokens = 5.4e13;

    /// <summary>α_N of the joint fit L(N, D).</summary>
    [Cites("Kaplan2020", "eq. 1.5, Table 2")]
    public const double JointParameterExponent = 0.076;

    /// <summary>α_D of the joint fit L(N, D).</summary>
    [Cites("Kaplan2020", "eq. 1.5, Table 2")]
    public const double JointTokenExponent = 0.103;

    /// <summary>N_c of the joint fit L(N, D), in non-embedding parameters.</summary>
    [Cites("Kaplan2020", "eq. 1.5, Table 2")]
    public const double JointCriticalParameters = 6.4e13;

    /// <summary>D_c of the joint fit L(N, D), in tokens.</summary>
    [Cites("Kaplan2020", "eq. 1.5, Table 2")]
    public const double JointCriticalTokens = 1.8e13;

    /// <summary>α_C^min of L(C_min) = (C_c^min / C_min)^α_C^min.</summary>
    [Cites("Kaplan2020", "eq. 1.3")]
    public const double ComputeExponent = 0.050;

    /// <summary>C_c^min of L(C_min), in PF-days.</summary>
    /// <remarks>
    /// Eq. 1.3 gives 3.1e8 PF-days; the paper's own Figures 1 and 13 label the same C_min fit (C_min / 2.3e8)^(−0.050). The library
    /// follows eq. 1.3; the two readings differ by (3.1 / 2.3)^0.05 ≈ 1.5% in loss.
    /// </remarks>
    [Cites("Kaplan2020", "eq. 1.3")]
    public const double CriticalComputePetaflopDays = 3.1e8;

    /// <summary>The exponent of the compute-efficient model size N(C_min) ∝ C_min^0.73.</summary>
    [Cites("Kaplan2020", "eq. 6.1; Figure 14; Appendix A, Table 6")]
    public const double OptimalParametersExponent = 0.73;

    /// <summary>The compute-efficient model size at C_min = 1 PF-day: N ≈ 1.3e9 · (C_min / PF-day)^0.73.</summary>
    [Cites("Kaplan2020", "eq. 6.1; Figure 14; Appendix A, Table 6")]
    public const double OptimalParametersAtOnePetaflopDay = 1.3e9;

    private KaplanFit()
        : base("kaplan2020", "Kaplan et al. 2020, eq. 1.5 (joint L(N, D)) and N ∝ C^0.73", Sources.Kaplan2020.At("eq. 1.5, Table 2; eq. 6.1, Figure 14, Table 6"))
    {
    }

    /// <summary>The Kaplan et al. 2020 laws with their published constants.</summary>
    [Cites("Kaplan2020", "eq. 1.1-1.5, Table 2, eq. 6.1, Figure 14, Table 6")]
    [Cites("C01")]
    public static KaplanFit Kaplan2020 { get; } = new();

    /// <summary>L(N) = (N_c / N)^α_N: the loss of a model of N non-embedding parameters trained to convergence on ample data.</summary>
    /// <param name="parameters">Non-embedding parameters N. Range: (0, ∞).</param>
    /// <returns>The loss in nats per token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, eq. 1.1.</remarks>
    public static double LossFromParameters(double parameters)
    {
        Guard.Positive(parameters);
        return Math.Pow(CriticalParameters / parameters, ParameterExponent);
    }

    /// <summary>L(D) = (D_c / D)^α_D: the loss of a large model trained on D tokens with early stopping.</summary>
    /// <param name="tokens">Training tokens D. Range: (0, ∞).</param>
    /// <returns>The loss in nats per token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokens"/> is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, eq. 1.2.</remarks>
    public static double LossFromTokens(double tokens)
    {
        Guard.Positive(tokens);
        return Math.Pow(CriticalTokens / tokens, TokenExponent);
    }

    /// <summary>L(C_min) = (C_c^min / C_min)^α_C^min, with the budget given in FLOPs.</summary>
    /// <param name="trainingFlops">Training compute in FLOPs (converted to PF-days). Range: (0, ∞).</param>
    /// <returns>The loss in nats per token along the compute-efficient frontier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, eq. 1.3.</remarks>
    public static double LossFromCompute(double trainingFlops)
    {
        Guard.Positive(trainingFlops);
        return Math.Pow(CriticalComputePetaflopDays / (trainingFlops / TrainingCompute.FlopsPerPetaflopDay), ComputeExponent);
    }

    /// <summary>The joint law L(N, D) = [(N_c / N)^(α_N/α_D) + D_c / D]^α_D.</summary>
    /// <param name="parameters">Non-embedding parameters N. Range: (0, ∞).</param>
    /// <param name="tokens">Training tokens D. Range: (0, ∞).</param>
    /// <returns>The loss in nats per token.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, eq. 1.5 (eq. 4.1) with the constants of Table 2.</remarks>
    public override double Loss(double parameters, double tokens)
    {
        Guard.Positive(parameters);
        Guard.Positive(tokens);
        return Math.Pow(
            Math.Pow(JointCriticalParameters / parameters, JointParameterExponent / JointTokenExponent) + (JointCriticalTokens / tokens),
            JointTokenExponent);
    }

    /// <summary>The compute-efficient model size N = 1.3e9 · (C / PF-day)^0.73.</summary>
    /// <param name="trainingFlops">Training compute C in FLOPs. Range: (0, ∞).</param>
    /// <returns>N_opt(C) in parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite, zero or negative.</exception>
    /// <remarks>Kaplan et al. 2020, eq. 6.1 (N ∝ C_min^0.73); the 1.3e9 coefficient is the fit drawn in Figure 14 (left), N = (1.3e9) · C_min^0.73 with C_min in PF-days, and is summarized in Appendix A, Table 6.</remarks>
    public override double OptimalParameters(double trainingFlops)
    {
        Guard.Positive(trainingFlops);
        return OptimalParametersAtOnePetaflopDay * Math.Pow(trainingFlops / TrainingCompute.FlopsPerPetaflopDay, OptimalParametersExponent);
    }

    /// <summary>The budget at which <paramref name="parameters"/> is compute-efficient: C = PF-day · (N / 1.3e9)^(1/0.73).</summary>
    /// <param name="parameters">Model parameters N. Range: (0, ∞).</param>
    /// <returns>The training FLOPs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameters"/> is NaN, infinite, zero or negative.</exception>
    public override double OptimalTrainingFlops(double parameters)
    {
        Guard.Positive(parameters);
        return TrainingCompute.FlopsPerPetaflopDay * Math.Pow(parameters / OptimalParametersAtOnePetaflopDay, 1 / OptimalParametersExponent);
    }
}
