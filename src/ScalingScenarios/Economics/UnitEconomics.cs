using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// The "heavy industry" economics of a model: a fixed training cost F amortized over volume Q, a price p per unit and a
/// variable (mostly inference) cost c per unit. Profit, break-even volume F/(p − c), average cost, gross margin, and what
/// an inference efficiency gain does to them.
/// </summary>
/// <remarks>
/// Claim C07 (talking point 5): most cost is serving, not training, so a 10, 20 or 30% gain in inference efficiency moves
/// margins a lot. A unit is whatever the price is quoted per (e.g. a million tokens). An efficiency gain s applied to the
/// share k of unit cost that is inference gives the new gross margin 1 − (1 − m)(1 − s k). Create one with
/// <see cref="Create"/>; the static methods are the same formulas as allocation-free functions. Immutable and thread-safe.
/// </remarks>
public sealed class UnitEconomics
{
    /// <summary>Default gross margin of a model maker: 0.40 (reported guidance; range 0.40–0.75).</summary>
    /// <remarks>Press reports, not filings; the 0.75 upper end comes from an API-profit analysis whose author is unconfirmed.</remarks>
    [Cites("ModelCompanyMargins")]
    public const double DefaultModelGrossMargin = 0.40;

    /// <summary>
    /// Default share of a model maker's unit (cost-of-revenue) cost that is inference compute: 1.0. An assumption
    /// (unconfirmed): serving compute is taken as the whole cost of revenue; lower it for support, payments and other costs.
    /// </summary>
    [Cites("C07")]
    public const double DefaultModelInferenceShareOfCost = 1.0;

    /// <summary>Default gross margin of an AI application company: 0.55 (range 0.50–0.60).</summary>
    [Cites("A16zPlatform")]
    public const double DefaultApplicationGrossMargin = 0.55;

    /// <summary>Inference cost of an AI application as a share of its revenue: 0.30 (range 0.20–0.40; ICONIQ reports about 0.23).</summary>
    [Cites("A16zPlatform")]
    [Cites("Iconiq2025")]
    public const double DefaultApplicationInferenceShareOfRevenue = 0.30;

    /// <summary>Price of the example frontier model: USD 15 per million input tokens (Claude 3 Opus list price).</summary>
    [Cites("Claude3Prices")]
    public const double ExamplePriceUsdPerMillionTokens = 15;

    /// <summary>Training cost of the example frontier model: USD 1 billion (the interview-era "$1B model" tier).</summary>
    [Cites("InGoodCompany2024")]
    public const double ExampleTrainingCostUsd = 1e9;

    /// <summary>Volume of the example: 200 million units of a million tokens (2e14 tokens) over the model's life. An assumption (unconfirmed), chosen to show a model a little past break-even.</summary>
    [Cites("C07")]
    public const double ExampleVolumeMillionTokens = 2e8;

    private UnitEconomics(double fixedCost, double price, double unitCost, double volume, double inferenceShare)
    {
        FixedCost = fixedCost;
        Price = price;
        UnitCost = unitCost;
        Volume = volume;
        InferenceShareOfUnitCost = inferenceShare;
    }

    /// <summary>The interview's smallest inference efficiency gain: 10% cheaper inference.</summary>
    [Cites("C07")]
    [Cites("Interview", "talking point 5")]
    public const double InferenceGainLow = 0.10;

    /// <summary>The interview's middle inference efficiency gain: 20% cheaper inference.</summary>
    [Cites("C07")]
    [Cites("Interview", "talking point 5")]
    public const double InferenceGainMid = 0.20;

    /// <summary>The interview's largest inference efficiency gain: 30% cheaper inference.</summary>
    [Cites("C07")]
    [Cites("Interview", "talking point 5")]
    public const double InferenceGainHigh = 0.30;

    /// <summary>The three gains the interview names, in order: <see cref="InferenceGainLow"/>, <see cref="InferenceGainMid"/>, <see cref="InferenceGainHigh"/>.</summary>
    public static IReadOnlyList<double> InferenceGainCases { get; } = Array.AsReadOnly([InferenceGainLow, InferenceGainMid, InferenceGainHigh]);

    /// <summary>
    /// An illustrative frontier model: F = USD 1B, p = USD 15 per million tokens, c = p (1 − 0.40) = USD 9, Q = 2e8 million tokens,
    /// all unit cost inference. Revenue USD 3B, gross profit USD 1.2B, profit USD 0.2B, break-even at 1.67e8.
    /// </summary>
    [Cites("C07")]
    [Cites("Claude3Prices")]
    [Cites("ModelCompanyMargins")]
    [Cites("InGoodCompany2024")]
    public static UnitEconomics FrontierModelExample { get; } = Create(
        ExampleTrainingCostUsd,
        ExamplePriceUsdPerMillionTokens,
        ExamplePriceUsdPerMillionTokens * (1 - DefaultModelGrossMargin),
        ExampleVolumeMillionTokens,
        DefaultModelInferenceShareOfCost);

    /// <summary>Fixed (training) cost F.</summary>
    public double FixedCost { get; }

    /// <summary>Price per unit p.</summary>
    public double Price { get; }

    /// <summary>Variable cost per unit c.</summary>
    public double UnitCost { get; }

    /// <summary>Volume Q, in units.</summary>
    public double Volume { get; }

    /// <summary>Share k of the unit cost that is inference, in [0, 1].</summary>
    public double InferenceShareOfUnitCost { get; }

    /// <summary>Revenue p Q.</summary>
    public double Revenue => Price * Volume;

    /// <summary>Variable cost c Q.</summary>
    public double VariableCost => UnitCost * Volume;

    /// <summary>Total cost F + c Q.</summary>
    public double TotalCost => FixedCost + VariableCost;

    /// <summary>Gross profit (p − c) Q.</summary>
    public double GrossProfit => Revenue - VariableCost;

    /// <summary>Profit (p − c) Q − F.</summary>
    public double Profit => GrossProfit - FixedCost;

    /// <summary>Gross margin 1 − c/p.</summary>
    public double GrossMargin => GrossMarginOf(Price, UnitCost);

    /// <summary>Operating margin profit / revenue.</summary>
    public double OperatingMargin => Profit / Revenue;

    /// <summary>Average cost F/Q + c.</summary>
    public double AverageCost => AverageCostOf(FixedCost, UnitCost, Volume);

    /// <summary>Break-even volume F/(p − c); +∞ when p ≤ c and F &gt; 0.</summary>
    public double BreakEvenUnits => BreakEvenVolumeOf(FixedCost, Price, UnitCost);

    /// <summary>Share of total cost that is fixed, F/(F + cQ): high at low volume (like steel), falling as volume grows.</summary>
    public double FixedCostShare => FixedCostShareOf(FixedCost, UnitCost, Volume);

    /// <summary>Creates the economics of one model.</summary>
    /// <param name="fixedCost">Training (fixed) cost F, e.g. USD. Range: [0, ∞).</param>
    /// <param name="price">Price per unit p. Range: (0, ∞).</param>
    /// <param name="unitCost">Variable cost per unit c. Range: [0, ∞); may exceed the price (a loss on every unit).</param>
    /// <param name="volume">Units sold Q. Range: (0, ∞).</param>
    /// <param name="inferenceShareOfUnitCost">Share k of <paramref name="unitCost"/> that is inference. Range: [0, 1]; default 1.</param>
    /// <returns>The economics.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07.</remarks>
    [Cites("C07")]
    public static UnitEconomics Create(double fixedCost, double price, double unitCost, double volume, double inferenceShareOfUnitCost = 1.0)
    {
        Guard.NonNegative(fixedCost);
        Guard.Positive(price);
        Guard.NonNegative(unitCost);
        Guard.Positive(volume);
        Guard.Probability(inferenceShareOfUnitCost);
        return new UnitEconomics(fixedCost, price, unitCost, volume, inferenceShareOfUnitCost);
    }

    /// <summary>The same model after inference becomes a fraction s cheaper: c' = c (1 − s k), and the inference share becomes k (1 − s)/(1 − s k).</summary>
    /// <param name="gain">s, e.g. 0.2 for 20% cheaper inference. Range: [0, 1].</param>
    /// <returns>New economics with the same price, fixed cost and volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gain"/> is NaN, ±∞ or outside [0, 1].</exception>
    /// <remarks>Claim C07.</remarks>
    [Cites("C07")]
    public UnitEconomics WithInferenceGain(double gain)
    {
        Guard.Probability(gain);
        var factor = 1 - (gain * InferenceShareOfUnitCost);
        var share = factor > 0 ? InferenceShareOfUnitCost * (1 - gain) / factor : 0;
        return new UnitEconomics(FixedCost, Price, UnitCost * factor, Volume, share);
    }

    /// <summary>The same model at another volume.</summary>
    /// <param name="volume">Units sold Q. Range: (0, ∞).</param>
    /// <returns>New economics.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is NaN, ±∞ or not positive.</exception>
    public UnitEconomics WithVolume(double volume) => Create(FixedCost, Price, UnitCost, volume, InferenceShareOfUnitCost);

    /// <summary>Gross margin after an inference efficiency gain: m' = 1 − (1 − m)(1 − s k).</summary>
    /// <param name="grossMargin">m before the gain. Range: (−∞, 1]; negative margins are allowed.</param>
    /// <param name="gain">s. Range: [0, 1].</param>
    /// <param name="inferenceShareOfCost">k, inference's share of the cost of revenue. Range: [0, 1].</param>
    /// <returns>m'; 0.52 for m = 0.40, s = 0.20, k = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07 (the arithmetic in CLAIMS.md). Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double NewGrossMargin(double grossMargin, double gain, double inferenceShareOfCost)
    {
        Guard.AtMost(grossMargin, 1);
        Guard.Probability(gain);
        Guard.Probability(inferenceShareOfCost);
        return 1 - ((1 - grossMargin) * (1 - (gain * inferenceShareOfCost)));
    }

    /// <summary>Rise in gross margin from an inference gain, in margin points: m' − m = (1 − m) s k.</summary>
    /// <param name="grossMargin">m. Range: (−∞, 1].</param>
    /// <param name="gain">s. Range: [0, 1].</param>
    /// <param name="inferenceShareOfCost">k. Range: [0, 1].</param>
    /// <returns>The rise, ≥ 0; 0.12 for m = 0.40, s = 0.20, k = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07. Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double GrossMarginUplift(double grossMargin, double gain, double inferenceShareOfCost)
        => NewGrossMargin(grossMargin, gain, inferenceShareOfCost) - grossMargin;

    /// <summary>Relative rise in gross profit at unchanged price and volume: (m' − m)/m = (1 − m) s k / m.</summary>
    /// <param name="grossMargin">m. Range: (0, 1].</param>
    /// <param name="gain">s. Range: [0, 1].</param>
    /// <param name="inferenceShareOfCost">k. Range: [0, 1].</param>
    /// <returns>The relative rise; 0.30 (+30%) for m = 0.40, s = 0.20, k = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07. Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double GrossProfitUplift(double grossMargin, double gain, double inferenceShareOfCost)
    {
        if (!(Guard.Finite(grossMargin) > 0 && grossMargin <= 1))
        {
            throw Guard.OutOfRange(nameof(grossMargin), grossMargin, "a number in (0, 1]");
        }

        return GrossMarginUplift(grossMargin, gain, inferenceShareOfCost) / grossMargin;
    }

    /// <summary>Break-even volume F/(p − c).</summary>
    /// <param name="fixedCost">F. Range: [0, ∞).</param>
    /// <param name="price">p. Range: (0, ∞).</param>
    /// <param name="unitCost">c. Range: [0, ∞).</param>
    /// <returns>The volume; 0 when F = 0 and p &gt; c; +∞ when p ≤ c (never breaks even; 0 if also F = 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07 (the arithmetic in CLAIMS.md). Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double BreakEvenVolume(double fixedCost, double price, double unitCost)
    {
        Guard.NonNegative(fixedCost);
        Guard.Positive(price);
        Guard.NonNegative(unitCost);
        return BreakEvenVolumeOf(fixedCost, price, unitCost);
    }

    /// <summary>Profit (p − c) Q − F.</summary>
    /// <param name="fixedCost">F. Range: [0, ∞).</param>
    /// <param name="price">p. Range: [0, ∞).</param>
    /// <param name="unitCost">c. Range: [0, ∞).</param>
    /// <param name="volume">Q. Range: [0, ∞).</param>
    /// <returns>The profit; −F at zero volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07. Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double ProfitOf(double fixedCost, double price, double unitCost, double volume)
    {
        Guard.NonNegative(fixedCost);
        Guard.NonNegative(price);
        Guard.NonNegative(unitCost);
        Guard.NonNegative(volume);
        return ((price - unitCost) * volume) - fixedCost;
    }

    /// <summary>Gross margin 1 − c/p.</summary>
    /// <param name="price">p. Range: (0, ∞).</param>
    /// <param name="unitCost">c. Range: [0, ∞).</param>
    /// <returns>The margin, at most 1; negative when c &gt; p.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07. Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double GrossMarginFrom(double price, double unitCost)
    {
        Guard.Positive(price);
        Guard.NonNegative(unitCost);
        return GrossMarginOf(price, unitCost);
    }

    /// <summary>Average cost F/Q + c.</summary>
    /// <param name="fixedCost">F. Range: [0, ∞).</param>
    /// <param name="unitCost">c. Range: [0, ∞).</param>
    /// <param name="volume">Q. Range: (0, ∞).</param>
    /// <returns>The average cost per unit, falling toward c as volume grows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07. Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double AverageCostFrom(double fixedCost, double unitCost, double volume)
    {
        Guard.NonNegative(fixedCost);
        Guard.NonNegative(unitCost);
        Guard.Positive(volume);
        return AverageCostOf(fixedCost, unitCost, volume);
    }

    /// <summary>Share of total cost that is fixed: F/(F + cQ) (the "heavy industry" framing).</summary>
    /// <param name="fixedCost">F. Range: [0, ∞).</param>
    /// <param name="unitCost">c. Range: [0, ∞).</param>
    /// <param name="volume">Q. Range: [0, ∞).</param>
    /// <returns>The fixed share in [0, 1]; 1 at zero volume when F &gt; 0; 0 when F + cQ = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07. Allocation-free; thread-safe.</remarks>
    [Cites("C07")]
    public static double FixedCostShareFrom(double fixedCost, double unitCost, double volume)
    {
        Guard.NonNegative(fixedCost);
        Guard.NonNegative(unitCost);
        Guard.NonNegative(volume);
        return FixedCostShareOf(fixedCost, unitCost, volume);
    }

    /// <summary>The economics as one line.</summary>
    /// <returns>For example "F=$1B, p=15, c=9, Q=2e+8: margin 40%, profit $200M".</returns>
    public override string ToString()
        => $"F={Display.Usd(FixedCost)}, p={Display.Number(Price)}, c={Display.Number(UnitCost)}, Q={Display.Number(Volume)}: margin {Display.Percent(GrossMargin)}, profit {Display.Usd(Profit)}";

    private static double GrossMarginOf(double price, double unitCost) => 1 - (unitCost / price);

    private static double AverageCostOf(double fixedCost, double unitCost, double volume) => (fixedCost / volume) + unitCost;

    private static double BreakEvenVolumeOf(double fixedCost, double price, double unitCost)
    {
        if (fixedCost == 0)
        {
            return 0;
        }

        return price > unitCost ? fixedCost / (price - unitCost) : double.PositiveInfinity;
    }

    private static double FixedCostShareOf(double fixedCost, double unitCost, double volume)
    {
        var total = fixedCost + (unitCost * volume);
        return total > 0 ? fixedCost / total : 0;
    }
}
