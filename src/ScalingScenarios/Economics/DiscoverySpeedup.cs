using ScalingScenarios.Claims;

namespace ScalingScenarios.Economics;

/// <summary>
/// Discovery speed-up arithmetic: years to a result at speed-up s (Y/s), the speed-up that compresses Y years into T (Y/T),
/// and whether "10×, maybe 100×" agrees with "a century of biology in 5–10 years".
/// </summary>
/// <remarks>
/// Claim C13 (talking point 8). Sources: the interview; McCarty2024 (a 10× acceleration of biology discussed, range 5–20×).
/// Allocation-free (except <see cref="CheckConsistency"/>, which returns an object) and thread-safe.
/// </remarks>
public static class DiscoverySpeedup
{
    /// <summary>Years the CRISPR line of work took in the interview's example: about 30.</summary>
    [Cites("C13")]
    [Cites("Interview", "talking point 8")]
    public const double CrisprYears = 30;

    /// <summary>"A century" of biology: 100 years.</summary>
    [Cites("C13")]
    [Cites("Interview", "talking point 8")]
    public const double CenturyYears = 100;

    /// <summary>Shortest compressed duration the interview names: 5 years.</summary>
    [Cites("C13")]
    public const double CompressedYearsLow = 5;

    /// <summary>Longest compressed duration the interview names: 10 years.</summary>
    [Cites("C13")]
    public const double CompressedYearsHigh = 10;

    /// <summary>The interview's speed-up, low case: 10×.</summary>
    [Cites("C13")]
    public const double SpeedupLow = 10;

    /// <summary>The interview's speed-up, high case ("maybe 100×").</summary>
    [Cites("C13")]
    public const double SpeedupHigh = 100;

    /// <summary>Default biology speed-up for Monte Carlo: 10× (range 5–20×), derived from McCarty's discussion.</summary>
    [Cites("C13")]
    [Cites("McCarty2024")]
    public const double DefaultSpeedup = 10;

    /// <summary>The interview's numbers checked against each other: 10–100× against a century in 5–10 years.</summary>
    [Cites("C13")]
    public static SpeedupConsistency Interview { get; } =
        CheckConsistency(SpeedupLow, SpeedupHigh, CenturyYears, CompressedYearsLow, CompressedYearsHigh);

    /// <summary>Years to reach a result at a speed-up: Y / s.</summary>
    /// <param name="years">Y, years at today's pace. Range: [0, ∞).</param>
    /// <param name="speedup">s. Range: (0, ∞); below 1 is a slow-down.</param>
    /// <returns>Y / s; 3 for CRISPR's 30 years at 10×, 0.3 at 100×.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C13.</remarks>
    [Cites("C13")]
    public static double YearsAt(double years, double speedup)
    {
        Guard.NonNegative(years);
        Guard.Positive(speedup);
        return years / speedup;
    }

    /// <summary>Speed-up needed to compress Y years into T: Y / T.</summary>
    /// <param name="years">Y. Range: [0, ∞).</param>
    /// <param name="targetYears">T. Range: (0, ∞).</param>
    /// <returns>Y / T; 10 to 20 for a century in 10 to 5 years.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C13.</remarks>
    [Cites("C13")]
    public static double SpeedupNeeded(double years, double targetYears)
    {
        Guard.NonNegative(years);
        Guard.Positive(targetYears);
        return years / targetYears;
    }

    /// <summary>Checks a claimed speed-up range against a claimed compression of Y years into [T_low, T_high] years.</summary>
    /// <param name="claimedLow">Low end of the claimed speed-up. Range: (0, ∞).</param>
    /// <param name="claimedHigh">High end of the claimed speed-up. Range: [claimedLow, ∞).</param>
    /// <param name="years">Y. Range: (0, ∞).</param>
    /// <param name="targetYearsLow">Shortest claimed duration. Range: (0, ∞).</param>
    /// <param name="targetYearsHigh">Longest claimed duration. Range: [targetYearsLow, ∞).</param>
    /// <returns>The needed range Y/T_high … Y/T_low, the years at each claimed end, and their overlap.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException">A high end is below its low end.</exception>
    /// <remarks>Claim C13.</remarks>
    [Cites("C13")]
    public static SpeedupConsistency CheckConsistency(double claimedLow, double claimedHigh, double years, double targetYearsLow, double targetYearsHigh)
    {
        Guard.Positive(claimedLow);
        Guard.Positive(claimedHigh);
        Guard.Positive(years);
        Guard.Positive(targetYearsLow);
        Guard.Positive(targetYearsHigh);
        if (claimedHigh < claimedLow)
        {
            throw Guard.Invalid(nameof(claimedHigh), "claimedHigh >= claimedLow", $"{Guard.Format(claimedHigh)} < {Guard.Format(claimedLow)}");
        }

        if (targetYearsHigh < targetYearsLow)
        {
            throw Guard.Invalid(nameof(targetYearsHigh), "targetYearsHigh >= targetYearsLow", $"{Guard.Format(targetYearsHigh)} < {Guard.Format(targetYearsLow)}");
        }

        return new SpeedupConsistency(claimedLow, claimedHigh, years, targetYearsLow, targetYearsHigh);
    }
}
