using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// The outcome of <see cref="DiscoverySpeedup.CheckConsistency"/>: the speed-up a claimed compression needs, the years each
/// end of a claimed speed-up range gives, and whether the two ranges overlap.
/// </summary>
/// <remarks>Claim C13. Immutable and thread-safe.</remarks>
public sealed class SpeedupConsistency
{
    internal SpeedupConsistency(double claimedLow, double claimedHigh, double years, double targetYearsLow, double targetYearsHigh)
    {
        ClaimedSpeedupLow = claimedLow;
        ClaimedSpeedupHigh = claimedHigh;
        Years = years;
        TargetYearsLow = targetYearsLow;
        TargetYearsHigh = targetYearsHigh;
    }

    /// <summary>Low end of the claimed speed-up (10 in the interview).</summary>
    public double ClaimedSpeedupLow { get; }

    /// <summary>High end of the claimed speed-up (100 in the interview).</summary>
    public double ClaimedSpeedupHigh { get; }

    /// <summary>Years of progress to compress (100).</summary>
    public double Years { get; }

    /// <summary>Shortest claimed duration (5 years).</summary>
    public double TargetYearsLow { get; }

    /// <summary>Longest claimed duration (10 years).</summary>
    public double TargetYearsHigh { get; }

    /// <summary>Smallest speed-up that meets the claim: Y / T_high (10).</summary>
    public double NeededSpeedupLow => Years / TargetYearsHigh;

    /// <summary>Speed-up that reaches the shortest duration: Y / T_low (20).</summary>
    public double NeededSpeedupHigh => Years / TargetYearsLow;

    /// <summary>Years at the low claimed speed-up: Y / s_low (10).</summary>
    public double YearsAtClaimedLow => Years / ClaimedSpeedupLow;

    /// <summary>Years at the high claimed speed-up: Y / s_high (1).</summary>
    public double YearsAtClaimedHigh => Years / ClaimedSpeedupHigh;

    /// <summary>Low end of the overlap of the claimed and needed speed-up ranges.</summary>
    public double OverlapLow => Math.Max(ClaimedSpeedupLow, NeededSpeedupLow);

    /// <summary>High end of the overlap of the claimed and needed speed-up ranges.</summary>
    public double OverlapHigh => Math.Min(ClaimedSpeedupHigh, NeededSpeedupHigh);

    /// <summary>True when some speed-up lies in both ranges (the two statements can both be true).</summary>
    public bool IsConsistent => OverlapLow <= OverlapHigh;

    /// <summary>Share of the claimed range's log-width that lies inside the needed range, in [0, 1] (1 when the claimed range is one point inside it).</summary>
    public double ClaimedShareInsideNeeded
    {
        get
        {
            if (!IsConsistent)
            {
                return 0;
            }

            var claimedWidth = Math.Log(ClaimedSpeedupHigh / ClaimedSpeedupLow);
            return claimedWidth > 0 ? Math.Log(OverlapHigh / OverlapLow) / claimedWidth : 1;
        }
    }

    /// <summary>The check in one sentence with its numbers.</summary>
    /// <returns>For example "100 years in 5–10 years needs 10–20×; claimed 10–100× gives 10–1 years; overlap 10–20× (consistent)".</returns>
    public override string ToString()
        => $"{Guard.Format(Years)} years in {Guard.Format(TargetYearsLow)}–{Guard.Format(TargetYearsHigh)} years needs "
            + $"{Display.Number(NeededSpeedupLow)}–{Display.Number(NeededSpeedupHigh)}×; claimed "
            + $"{Display.Number(ClaimedSpeedupLow)}–{Display.Number(ClaimedSpeedupHigh)}× gives "
            + $"{Display.Number(YearsAtClaimedLow)}–{Display.Number(YearsAtClaimedHigh)} years; "
            + (IsConsistent
                ? $"overlap {Display.Number(OverlapLow)}–{Display.Number(OverlapHigh)}× (consistent)"
                : "no overlap (inconsistent)");
}
