using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// Wright's law: unit price (or cost) falls by a fixed fraction, the learning rate, each time cumulative volume doubles,
/// so price ∝ volume^(−b) with b = −log₂(1 − learning rate).
/// </summary>
/// <remarks>
/// Claim C06 (solar modules got about 20% cheaper per doubling while their makers earned little). Sources: Wright1936,
/// SolarLearningCurve. Create one with <see cref="Wright"/> or <see cref="FromExponent"/>; the static methods are the same
/// formulas as allocation-free functions. Immutable and thread-safe.
/// </remarks>
public sealed class LearningCurve
{
    /// <summary>Solar PV module learning rate: 0.20 per doubling (range 0.20–0.24 across sources).</summary>
    /// <remarks>
    /// 0.20 is Swanson's law as commonly stated (module price about 20% lower per doubling of cumulative shipments); Our World in Data
    /// has reported about 22% for 1976–2016 (as quoted by a secondary summary). Neither was checked against a primary dataset here.
    /// </remarks>
    [Cites("C06")]
    [Cites("SolarLearningCurve")]
    public const double SolarLearningRate = 0.20;

    /// <summary>Upper end of the solar learning-rate range: 0.24.</summary>
    /// <remarks>Figure as reported in secondary summaries that give solar module learning rates of 20–24%; not checked against an original study.</remarks>
    [Cites("SolarLearningCurve")]
    public const double SolarLearningRateHigh = 0.24;

    private LearningCurve(double learningRate) => LearningRate = learningRate;

    /// <summary>The solar PV curve: <see cref="SolarLearningRate"/> = 20% cheaper per doubling of cumulative shipments.</summary>
    [Cites("C06")]
    [Cites("SolarLearningCurve")]
    [Cites("Wright1936")]
    public static LearningCurve SolarPv { get; } = Wright(SolarLearningRate);

    /// <summary>The fractional price drop per doubling of cumulative volume, in (0, 1).</summary>
    public double LearningRate { get; }

    /// <summary>The progress ratio 1 − learning rate: the price multiplier per doubling.</summary>
    public double ProgressRatio => 1 - LearningRate;

    /// <summary>Wright's exponent b = −log₂(1 − learning rate); 0.3219 for a 20% rate.</summary>
    public double Exponent => ExponentFromLearningRate(LearningRate);

    /// <summary>Creates a curve from its learning rate.</summary>
    /// <param name="learningRate">Fractional price drop per doubling. Range: (0, 1).</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is NaN, ±∞ or outside (0, 1).</exception>
    /// <remarks>Wright1936.</remarks>
    [Cites("Wright1936")]
    public static LearningCurve Wright(double learningRate)
        => new(Guard.InOpenRange(learningRate, 0, 1));

    /// <summary>Creates a curve from Wright's exponent b (price ∝ volume^(−b)).</summary>
    /// <param name="exponent">b. Range: (0, ∞).</param>
    /// <returns>The curve with learning rate 1 − 2^(−b).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is NaN, ±∞ or not positive.</exception>
    /// <remarks>Wright1936.</remarks>
    [Cites("Wright1936")]
    public static LearningCurve FromExponent(double exponent) => new(LearningRateFromExponent(exponent));

    /// <summary>Relative price after k doublings: (1 − learning rate)^k.</summary>
    /// <param name="doublings">k. Range: [0, ∞); fractional values allowed.</param>
    /// <returns>Price as a fraction of the starting price; 0.512 after 3 doublings at 20%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="doublings"/> is NaN, ±∞ or negative.</exception>
    public double PriceAfterDoublings(double doublings) => PriceAfterDoublings(1, LearningRate, doublings);

    /// <summary>Relative price when cumulative volume has grown by a factor: multiple^(−b).</summary>
    /// <param name="volumeMultiple">Cumulative volume now / at the start. Range: [1, ∞).</param>
    /// <returns>Price as a fraction of the starting price.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volumeMultiple"/> is NaN, ±∞ or below 1.</exception>
    public double PriceAtVolumeMultiple(double volumeMultiple)
    {
        Guard.AtLeast(volumeMultiple, 1);
        return Math.Pow(volumeMultiple, -Exponent);
    }

    /// <summary>Doublings of cumulative volume needed for an x-fold price drop: ln x / −ln(1 − learning rate).</summary>
    /// <param name="fold">x, e.g. 10 for a tenfold drop. Range: [1, ∞).</param>
    /// <returns>The doublings; 10.3 for a tenfold drop at 20%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fold"/> is NaN, ±∞ or below 1.</exception>
    public double DoublingsForPriceDrop(double fold) => DoublingsForPriceDrop(LearningRate, fold);

    /// <summary>The growth of cumulative volume needed for an x-fold price drop: 2^doublings = x^(1/b).</summary>
    /// <param name="fold">x. Range: [1, ∞).</param>
    /// <returns>The volume multiple; about 1,279 for a tenfold drop at 20%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fold"/> is NaN, ±∞ or below 1.</exception>
    public double VolumeMultipleForPriceDrop(double fold) => Math.Pow(2, DoublingsForPriceDrop(fold));

    /// <summary>Wright's exponent from a learning rate: b = −log₂(1 − rate).</summary>
    /// <param name="learningRate">Range: (0, 1).</param>
    /// <returns>b &gt; 0; 0.3219 for 0.20.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is NaN, ±∞ or outside (0, 1).</exception>
    /// <remarks>Wright1936. Allocation-free; thread-safe.</remarks>
    [Cites("Wright1936")]
    public static double ExponentFromLearningRate(double learningRate)
        => -Math.Log2(1 - Guard.InOpenRange(learningRate, 0, 1));

    /// <summary>The learning rate from Wright's exponent: 1 − 2^(−b).</summary>
    /// <param name="exponent">b. Range: (0, ∞).</param>
    /// <returns>The learning rate in (0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is NaN, ±∞ or not positive; or so large that the rate rounds to 1.</exception>
    /// <remarks>Wright1936. Allocation-free; thread-safe.</remarks>
    [Cites("Wright1936")]
    public static double LearningRateFromExponent(double exponent)
    {
        Guard.Positive(exponent);
        var rate = 1 - Math.Pow(2, -exponent);
        if (!(rate < 1))
        {
            throw Guard.OutOfRange(nameof(exponent), exponent, "an exponent small enough that 1 - 2^-b stays below 1");
        }

        return rate;
    }

    /// <summary>Price after k doublings of cumulative volume: p₀ (1 − learning rate)^k.</summary>
    /// <param name="initialPrice">p₀. Range: [0, ∞).</param>
    /// <param name="learningRate">Range: (0, 1).</param>
    /// <param name="doublings">k. Range: [0, ∞).</param>
    /// <returns>The price, in the unit of <paramref name="initialPrice"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C06; Wright1936. Allocation-free; thread-safe.</remarks>
    [Cites("C06")]
    [Cites("Wright1936")]
    public static double PriceAfterDoublings(double initialPrice, double learningRate, double doublings)
    {
        Guard.NonNegative(initialPrice);
        Guard.InOpenRange(learningRate, 0, 1);
        Guard.NonNegative(doublings);
        return initialPrice * Math.Pow(1 - learningRate, doublings);
    }

    /// <summary>Doublings of cumulative volume needed for an x-fold price drop: ln x / −ln(1 − learning rate).</summary>
    /// <param name="learningRate">Range: (0, 1).</param>
    /// <param name="fold">x. Range: [1, ∞).</param>
    /// <returns>The doublings; 0 for x = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C06; Wright1936. Allocation-free; thread-safe.</remarks>
    [Cites("C06")]
    [Cites("Wright1936")]
    public static double DoublingsForPriceDrop(double learningRate, double fold)
    {
        Guard.InOpenRange(learningRate, 0, 1);
        Guard.AtLeast(fold, 1);
        return Math.Log(fold) / -Math.Log(1 - learningRate);
    }

    /// <summary>The curve as text.</summary>
    /// <returns>For example "Wright curve: 20% per doubling (b = 0.322)".</returns>
    public override string ToString()
        => $"Wright curve: {Display.Percent(LearningRate)} per doubling (b = {Display.Number(Exponent)})";
}
