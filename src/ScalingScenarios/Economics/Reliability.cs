using ScalingScenarios.Claims;

namespace ScalingScenarios.Economics;

/// <summary>
/// Reliability of chained model steps: m steps each right with probability p succeed with probability p^m; an error
/// detector with recall d and up to R retries per step raises the per-step success and costs extra calls.
/// </summary>
/// <remarks>
/// Claim C10: a model right 95% of the time is useful only when its wrong 5% is caught. Per step, an attempt is right with
/// probability p; a wrong attempt is caught with probability d and retried (at most R times); an uncaught wrong attempt
/// passes silently. With q = (1 − p) d, per-step success is p (1 − q^(R+1)) / (1 − q) and expected calls per step are
/// (1 − q^(R+1)) / (1 − q). Every step of the chain is run (the pipeline does not stop early). Counts (steps, retries)
/// are doubles, finite and ≥ 0, read through the continuous formulas. Allocation-free and thread-safe.
/// </remarks>
public static class Reliability
{
    /// <summary>Per-step reliability of the interview's example: 0.95.</summary>
    [Cites("C10")]
    [Cites("Interview")]
    public const double DefaultStepReliability = 0.95;

    /// <summary>Probability that m independent steps all succeed: p^m.</summary>
    /// <param name="stepReliability">p. Range: [0, 1].</param>
    /// <param name="steps">m. Range: [0, ∞).</param>
    /// <returns>p^m; 1 for m = 0; 0.95^10 ≈ 0.5987.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C10 (the arithmetic in CLAIMS.md).</remarks>
    [Cites("C10")]
    public static double ChainSuccess(double stepReliability, double steps)
    {
        Guard.Probability(stepReliability);
        Guard.NonNegative(steps);
        return Math.Pow(stepReliability, steps);
    }

    /// <summary>Probability one step ends right with detection and retries: p (1 − q^(R+1)) / (1 − q), q = (1 − p) d.</summary>
    /// <param name="stepReliability">p. Range: [0, 1].</param>
    /// <param name="detectorRecall">d: the fraction of wrong answers the detector catches. Range: [0, 1].</param>
    /// <param name="maxRetries">R. Range: [0, ∞).</param>
    /// <returns>The per-step success in [p, p / (1 − q)]; p when d = 0 or R = 0; 1 − (1 − p)^(R+1) when d = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C10.</remarks>
    [Cites("C10")]
    public static double StepSuccessWithRetries(double stepReliability, double detectorRecall, double maxRetries)
    {
        Guard.Probability(stepReliability);
        Guard.Probability(detectorRecall);
        Guard.NonNegative(maxRetries);
        return stepReliability * ExpectedAttempts(stepReliability, detectorRecall, maxRetries);
    }

    /// <summary>Expected model calls for one step with detection and retries: (1 − q^(R+1)) / (1 − q), q = (1 − p) d.</summary>
    /// <param name="stepReliability">p. Range: [0, 1].</param>
    /// <param name="detectorRecall">d. Range: [0, 1].</param>
    /// <param name="maxRetries">R. Range: [0, ∞).</param>
    /// <returns>Calls per step in [1, R + 1]; 1 when d = 0 or R = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C10. Detector calls are not counted.</remarks>
    [Cites("C10")]
    public static double ExpectedCallsPerStep(double stepReliability, double detectorRecall, double maxRetries)
    {
        Guard.Probability(stepReliability);
        Guard.Probability(detectorRecall);
        Guard.NonNegative(maxRetries);
        return ExpectedAttempts(stepReliability, detectorRecall, maxRetries);
    }

    /// <summary>Probability that m steps, each with detection and retries, all end right: s^m with s from <see cref="StepSuccessWithRetries"/>.</summary>
    /// <param name="stepReliability">p. Range: [0, 1].</param>
    /// <param name="steps">m. Range: [0, ∞).</param>
    /// <param name="detectorRecall">d. Range: [0, 1].</param>
    /// <param name="maxRetries">R. Range: [0, ∞).</param>
    /// <returns>The task success in [0, 1]; <see cref="ChainSuccess"/> when d = 0 or R = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C10.</remarks>
    [Cites("C10")]
    public static double ChainSuccessWithRetries(double stepReliability, double steps, double detectorRecall, double maxRetries)
    {
        Guard.NonNegative(steps);
        return Math.Pow(StepSuccessWithRetries(stepReliability, detectorRecall, maxRetries), steps);
    }

    /// <summary>Expected model calls for a task of m steps with detection and retries: m × calls per step.</summary>
    /// <param name="stepReliability">p. Range: [0, 1].</param>
    /// <param name="steps">m. Range: [0, ∞).</param>
    /// <param name="detectorRecall">d. Range: [0, 1].</param>
    /// <param name="maxRetries">R. Range: [0, ∞).</param>
    /// <returns>Calls per task in [m, m (R + 1)].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C10. Every step runs, whatever happened before it.</remarks>
    [Cites("C10")]
    public static double ExpectedCallsPerTask(double stepReliability, double steps, double detectorRecall, double maxRetries)
    {
        Guard.NonNegative(steps);
        return steps * ExpectedCallsPerStep(stepReliability, detectorRecall, maxRetries);
    }

    /// <summary>The smallest whole number of steps m for which p^m falls strictly below a threshold.</summary>
    /// <param name="stepReliability">p. Range: [0, 1].</param>
    /// <param name="threshold">t. Range: (0, 1].</param>
    /// <returns>m ≥ 1 as a whole number (a double); 14 for p = 0.95, t = 0.5; +∞ when p = 1 (success never falls).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C10.</remarks>
    [Cites("C10")]
    public static double StepsBelowThreshold(double stepReliability, double threshold)
    {
        Guard.Probability(stepReliability);
        if (!(Guard.Finite(threshold) > 0 && threshold <= 1))
        {
            throw Guard.OutOfRange(nameof(threshold), threshold, "a number in (0, 1]");
        }

        if (stepReliability == 1)
        {
            return double.PositiveInfinity;
        }

        if (stepReliability == 0)
        {
            return 1;
        }

        var m = Math.Max(1, Math.Floor(Math.Log(threshold) / Math.Log(stepReliability)) + 1);

        // Correct for rounding in the logarithms: p^m < t and (m = 1 or p^(m-1) >= t).
        while (m > 1 && Math.Pow(stepReliability, m - 1) < threshold)
        {
            m--;
        }

        while (Math.Pow(stepReliability, m) >= threshold)
        {
            m++;
        }

        return m;
    }

    private static double ExpectedAttempts(double p, double d, double retries)
    {
        var q = (1 - p) * d;
        return q < 1 ? (1 - Math.Pow(q, retries + 1)) / (1 - q) : retries + 1;
    }
}
