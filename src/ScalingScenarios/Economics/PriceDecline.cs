using ScalingScenarios.Claims;

namespace ScalingScenarios.Economics;

/// <summary>
/// Exponential price decline in calendar time (LLM prices at constant capability) and the lifetime revenue of a model
/// whose price, and so revenue, decays at a continuous rate λ: ∫₀ᵀ R₀ e^(−λt) dt = R₀ (1 − e^(−λT)) / λ.
/// </summary>
/// <remarks>
/// Claims C06 and C07 (a model's price erodes quickly, so its training cost must be earned back fast). Sources:
/// A16zLlmflation (about 10× per year at constant MMLU score), EpochInferencePrices (9× to 900× per year depending on the
/// benchmark and threshold; 40× per year for GPT-4-level accuracy on PhD-level science questions). Allocation-free and thread-safe.
/// </remarks>
public static class PriceDecline
{
    /// <summary>LLM price decline at constant capability: 10× per year.</summary>
    /// <remarks>a16z, "Welcome to LLMflation" (G. Appenzeller, 12 November 2024): cheapest model reaching a fixed MMLU score, average of input and output prices; $60 to $0.06 per million tokens at MMLU 42 over three years.</remarks>
    [Cites("C06")]
    [Cites("A16zLlmflation")]
    public const double LlmFoldPerYear = 10;

    /// <summary>Low end of Epoch AI's range of LLM price declines: 9× per year.</summary>
    [Cites("EpochInferencePrices")]
    public const double LlmFoldPerYearLow = 9;

    /// <summary>High end of Epoch AI's range of LLM price declines: 900× per year.</summary>
    [Cites("EpochInferencePrices")]
    public const double LlmFoldPerYearHigh = 900;

    /// <summary>Epoch AI's headline example: the price of reaching GPT-4's score on a set of PhD-level science questions fell 40× per year.</summary>
    /// <remarks>One benchmark threshold among several, not a general "frontier" rate; Epoch notes the fastest declines in its 9×–900× range came in the last year and may not persist.</remarks>
    [Cites("EpochInferencePrices", "headline example (GPT-4 level, PhD-level science questions)")]
    public const double FrontierFoldPerYear = 40;

    /// <summary>The continuous decay rate of an x-fold-per-year decline: λ = ln x per year.</summary>
    /// <param name="foldPerYear">x. Range: [1, ∞).</param>
    /// <returns>λ per year; ln 10 ≈ 2.303 for 10× per year, 0 for x = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="foldPerYear"/> is NaN, ±∞ or below 1.</exception>
    /// <remarks>A16zLlmflation.</remarks>
    [Cites("A16zLlmflation")]
    public static double DecayRate(double foldPerYear) => Math.Log(Guard.AtLeast(foldPerYear, 1));

    /// <summary>Price after some years of an x-fold-per-year decline: p₀ x^(−t).</summary>
    /// <param name="initialPrice">p₀. Range: [0, ∞).</param>
    /// <param name="foldPerYear">x. Range: [1, ∞).</param>
    /// <param name="years">t. Range: [0, ∞).</param>
    /// <returns>The price, in the unit of <paramref name="initialPrice"/>; p₀/100 after 2 years at 10×.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C06; A16zLlmflation.</remarks>
    [Cites("C06")]
    [Cites("A16zLlmflation")]
    public static double PriceAfterYears(double initialPrice, double foldPerYear, double years)
    {
        Guard.NonNegative(initialPrice);
        Guard.AtLeast(foldPerYear, 1);
        Guard.NonNegative(years);
        return initialPrice * Math.Pow(foldPerYear, -years);
    }

    /// <summary>Revenue earned over a horizon when the revenue rate decays as R₀ e^(−λt): R₀ (1 − e^(−λT)) / λ, or R₀ T when λ = 0.</summary>
    /// <param name="initialRevenuePerYear">R₀, e.g. USD per year. Range: [0, ∞).</param>
    /// <param name="decayRate">λ per year (see <see cref="DecayRate"/>). Range: [0, ∞).</param>
    /// <param name="years">T. Range: [0, ∞).</param>
    /// <returns>The lifetime revenue; at most R₀/λ however long the horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07 (amortizing training cost against eroding prices); A16zLlmflation.</remarks>
    [Cites("C07")]
    [Cites("A16zLlmflation")]
    public static double LifetimeRevenue(double initialRevenuePerYear, double decayRate, double years)
    {
        Guard.NonNegative(initialRevenuePerYear);
        Guard.NonNegative(decayRate);
        Guard.NonNegative(years);
        return decayRate == 0
            ? initialRevenuePerYear * years
            : initialRevenuePerYear * -double.ExpM1(-decayRate * years) / decayRate;
    }

    /// <summary>Revenue over an unlimited horizon: R₀ / λ.</summary>
    /// <param name="initialRevenuePerYear">R₀. Range: [0, ∞).</param>
    /// <param name="decayRate">λ per year. Range: (0, ∞).</param>
    /// <returns>R₀ / λ; a 10×-per-year decline (λ = ln 10) gives 0.434 R₀.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C07; A16zLlmflation.</remarks>
    [Cites("C07")]
    [Cites("A16zLlmflation")]
    public static double PerpetualRevenue(double initialRevenuePerYear, double decayRate)
    {
        Guard.NonNegative(initialRevenuePerYear);
        Guard.Positive(decayRate);
        return initialRevenuePerYear / decayRate;
    }
}
