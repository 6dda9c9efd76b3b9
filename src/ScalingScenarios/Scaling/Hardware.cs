using System.Globalization;
using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>
/// The hardware and price assumptions of a training run: accelerator, cluster size, model FLOPs utilization (MFU)
/// and the price of one accelerator-hour. Turns FLOPs into accelerator-hours, wall-clock days and dollars, and back.
/// </summary>
/// <remarks>
/// The price is always an explicit assumption: <see cref="ReferenceH100UsdPerHour"/> is a documented reference point,
/// not a market quote. Cost counts rented accelerator time only (no failed runs, experiments, staff or data).
/// Immutable and thread-safe.
/// </remarks>
public sealed class Hardware
{
    /// <summary>The default model FLOPs utilization, 0.40: between GPT-3's 21.3% and PaLM's 46.2%, inside Llama 3.1 405B's 38–43%.</summary>
    /// <remarks>
    /// The PaLM figures (Chowdhery et al. 2022, Table 3: GPT-3 21.3%, Megatron-Turing NLG 30.2%, Gopher 32.5%, PaLM 46.2%) and the
    /// Llama 3.1 405B range (38% to 43% BF16 MFU across its 8,192- and 16,384-GPU configurations, section 3.3) were checked
    /// against secondary reproductions of those tables, not against the original PDFs.
    /// </remarks>
    [Cites("Chowdhery2022", "Table 3")]
    [Cites("Meta2024", "section 3.3")]
    public const double DefaultModelFlopsUtilization = 0.40;

    /// <summary>The low end of the plausible MFU range for large runs (0.20), near GPT-3's 21.3%.</summary>
    [Cites("Chowdhery2022", "Table 3")]
    public const double LowModelFlopsUtilization = 0.20;

    /// <summary>The high end of the plausible MFU range for large runs (0.50), just above PaLM's 46.2%.</summary>
    [Cites("Chowdhery2022", "Table 3")]
    public const double HighModelFlopsUtilization = 0.50;

    /// <summary>PaLM 540B's model FLOPs utilization: 46.2%.</summary>
    [Cites("Chowdhery2022", "Table 3")]
    public const double PalmModelFlopsUtilization = 0.462;

    /// <summary>GPT-3's model FLOPs utilization as estimated in the PaLM paper: 21.3%.</summary>
    [Cites("Chowdhery2022", "Table 3")]
    public const double Gpt3ModelFlopsUtilization = 0.213;

    /// <summary>A reference price of $2 per H100-class GPU-hour: the rental price DeepSeek-AI assumed for the H800 in its training-cost table.</summary>
    /// <remarks>
    /// DeepSeek-V3 technical report, Table 1: 2,664K + 119K + 5K = 2,788K H800 GPU-hours, priced at an assumed $2 rental per GPU-hour,
    /// $5.576M. The H800 has the H100's dense BF16 peak (that equivalence is NVIDIA's export-variant description, not from the report).
    /// </remarks>
    [Cites("DeepSeekV3", "Table 1")]
    public const double ReferenceH100UsdPerHour = 2.0;

    /// <summary>A reference cluster size: the 16,384 H100 GPUs of the Llama 3.1 405B training run.</summary>
    [Cites("Meta2024", "section 3.3")]
    public const int ReferenceAcceleratorCount = 16_384;

    private const double SecondsPerHour = 3600;
    private const double SecondsPerDay = 86_400;

    private Hardware(Accelerator accelerator, double usdPerAcceleratorHour, double modelFlopsUtilization, int acceleratorCount)
    {
        Accelerator = accelerator;
        UsdPerAcceleratorHour = usdPerAcceleratorHour;
        ModelFlopsUtilization = modelFlopsUtilization;
        AcceleratorCount = acceleratorCount;
    }

    /// <summary>The accelerator type.</summary>
    public Accelerator Accelerator { get; }

    /// <summary>The assumed price of one accelerator-hour in US dollars.</summary>
    public double UsdPerAcceleratorHour { get; }

    /// <summary>Model FLOPs utilization: achieved model FLOP/s divided by peak FLOP/s.</summary>
    public double ModelFlopsUtilization { get; }

    /// <summary>The number of accelerators training in parallel (affects wall-clock time, not cost).</summary>
    public int AcceleratorCount { get; }

    /// <summary>Achieved model FLOP/s of one accelerator: peak × MFU.</summary>
    public double EffectiveFlopsPerSecondPerAccelerator => Accelerator.PeakFlopsPerSecond * ModelFlopsUtilization;

    /// <summary>Achieved model FLOP/s of the whole cluster.</summary>
    public double EffectiveFlopsPerSecond => EffectiveFlopsPerSecondPerAccelerator * AcceleratorCount;

    /// <summary>Creates a set of hardware assumptions.</summary>
    /// <param name="accelerator">The accelerator type, e.g. <see cref="Accelerator.H100Sxm"/>.</param>
    /// <param name="usdPerAcceleratorHour">Price of one accelerator-hour in USD. Range: (0, ∞).</param>
    /// <param name="modelFlopsUtilization">MFU. Range: (0, 1]; plausible for large runs: [0.2, 0.5].</param>
    /// <param name="acceleratorCount">Cluster size. Range: [1, int.MaxValue].</param>
    /// <returns>The assumptions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accelerator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite or outside its range.</exception>
    public static Hardware Create(
        Accelerator accelerator,
        double usdPerAcceleratorHour,
        double modelFlopsUtilization = DefaultModelFlopsUtilization,
        int acceleratorCount = ReferenceAcceleratorCount)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        Guard.Positive(usdPerAcceleratorHour);
        ValidateMfu(modelFlopsUtilization);
        Guard.AtLeast(acceleratorCount, 1);
        return new Hardware(accelerator, usdPerAcceleratorHour, modelFlopsUtilization, acceleratorCount);
    }

    /// <summary>Returns a copy with another price.</summary>
    /// <param name="usdPerAcceleratorHour">Price of one accelerator-hour in USD. Range: (0, ∞).</param>
    /// <returns>The new assumptions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usdPerAcceleratorHour"/> is NaN, infinite, zero or negative.</exception>
    public Hardware WithUsdPerAcceleratorHour(double usdPerAcceleratorHour)
        => Create(Accelerator, usdPerAcceleratorHour, ModelFlopsUtilization, AcceleratorCount);

    /// <summary>Returns a copy with another MFU.</summary>
    /// <param name="modelFlopsUtilization">MFU. Range: (0, 1].</param>
    /// <returns>The new assumptions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="modelFlopsUtilization"/> is NaN or outside (0, 1].</exception>
    public Hardware WithModelFlopsUtilization(double modelFlopsUtilization)
        => Create(Accelerator, UsdPerAcceleratorHour, modelFlopsUtilization, AcceleratorCount);

    /// <summary>Returns a copy with another cluster size.</summary>
    /// <param name="acceleratorCount">Cluster size. Range: [1, int.MaxValue].</param>
    /// <returns>The new assumptions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acceleratorCount"/> is below 1.</exception>
    public Hardware WithAcceleratorCount(int acceleratorCount)
        => Create(Accelerator, UsdPerAcceleratorHour, ModelFlopsUtilization, acceleratorCount);

    /// <summary>Accelerator-hours needed for <paramref name="trainingFlops"/>: C / (peak × MFU) / 3600.</summary>
    /// <param name="trainingFlops">Training compute in FLOPs. Range: [0, ∞).</param>
    /// <returns>Accelerator-hours; 0 for 0 FLOPs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite or negative.</exception>
    public double AcceleratorHours(double trainingFlops)
    {
        Guard.NonNegative(trainingFlops);
        return trainingFlops / EffectiveFlopsPerSecondPerAccelerator / SecondsPerHour;
    }

    /// <summary>Wall-clock days on the whole cluster, assuming the MFU holds at that scale.</summary>
    /// <param name="trainingFlops">Training compute in FLOPs. Range: [0, ∞).</param>
    /// <returns>Days; 0 for 0 FLOPs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite or negative.</exception>
    public double WallClockDays(double trainingFlops)
    {
        Guard.NonNegative(trainingFlops);
        return trainingFlops / EffectiveFlopsPerSecond / SecondsPerDay;
    }

    /// <summary>The cost in USD of <paramref name="trainingFlops"/>: accelerator-hours × price.</summary>
    /// <param name="trainingFlops">Training compute in FLOPs. Range: [0, ∞).</param>
    /// <returns>US dollars; 0 for 0 FLOPs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainingFlops"/> is NaN, infinite or negative.</exception>
    public double CostUsd(double trainingFlops) => AcceleratorHours(trainingFlops) * UsdPerAcceleratorHour;

    /// <summary>The training FLOPs a budget buys: budget / price × 3600 × peak × MFU (the inverse of <see cref="CostUsd"/>).</summary>
    /// <param name="budgetUsd">The budget in US dollars. Range: (0, ∞).</param>
    /// <returns>FLOPs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budgetUsd"/> is NaN, infinite, zero or negative.</exception>
    public double FlopsForBudget(double budgetUsd)
    {
        Guard.Positive(budgetUsd);
        return budgetUsd / UsdPerAcceleratorHour * SecondsPerHour * EffectiveFlopsPerSecondPerAccelerator;
    }

    /// <summary>The assumptions in one line, e.g. "16384 × NVIDIA H100 SXM at 40% MFU, $2/accelerator-hour".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{AcceleratorCount} × {Accelerator.Name} at {Guard.Format(ModelFlopsUtilization * 100)}% MFU, ${Guard.Format(UsdPerAcceleratorHour)}/accelerator-hour");

    private static void ValidateMfu(double modelFlopsUtilization)
    {
        Guard.Finite(modelFlopsUtilization);
        if (!(modelFlopsUtilization > 0 && modelFlopsUtilization <= 1))
        {
            throw Guard.OutOfRange(nameof(modelFlopsUtilization), modelFlopsUtilization, "a number in (0, 1]");
        }
    }
}
