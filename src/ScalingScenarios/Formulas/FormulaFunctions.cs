using ScalingScenarios.Economics;
using ScalingScenarios.Scaling;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Formulas;

/// <summary>The catalog of every function the formula language knows, as data: name, parameters, meaning and source.</summary>
/// <remarks>
/// Distributions are sampled independently per call (two calls of <c>uniform(0, 1)</c> are two independent inputs);
/// a variable that holds a distribution is sampled once per run sample and reused wherever it is referenced.
/// Arguments may be uncertain wherever the math allows; lists (<c>[…]</c>) appear only as arguments of
/// <c>discrete</c> and <c>mixture</c>. Thread-safe: the catalog is built once and never changes.
/// </remarks>
public static class FormulaFunctions
{
    private static readonly List<FormulaFunction> Functions = BuildAll();
    private static readonly Dictionary<string, FormulaFunction> ByName = Functions.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every function, grouped by category and then in the order the documentation lists them.</summary>
    public static IReadOnlyList<FormulaFunction> All { get; } = [.. Functions.OrderBy(f => f.Category)];

    /// <summary>Finds a function by its exact (case-sensitive) name.</summary>
    /// <param name="name">The name used in formulas, e.g. "uniform".</param>
    /// <returns>The function, or null when there is none of that name.</returns>
    public static FormulaFunction? Find(string? name) => name is not null && ByName.TryGetValue(name, out var f) ? f : null;

    private static List<FormulaFunction> BuildAll()
    {
        const FormulaFunctionCategory D = FormulaFunctionCategory.Distribution;
        const FormulaFunctionCategory M = FormulaFunctionCategory.Math;
        const string Definition = "standard definition";
        return
        [
            // The distribution table, with betaMeanSd (the one derived family) listed right after beta.
            .. DistributionSpecs.All.SelectMany(spec => spec == DistributionSpecs.Beta ? [FromSpec(spec), BetaMeanSd()] : new[] { FromSpec(spec) }),
            new("discrete", D, ["values", "weights"],
                "One of the listed constant values, each with probability proportional to its weight (weights >= 0, not all 0).",
                Definition, "discrete([4, 5], [0.5, 0.5])", [ParameterKind.ConstantList, ParameterKind.ConstantList]),
            new("mixture", D, ["components", "weights"],
                "A draw from one of the listed distributions (or numbers), chosen with probability proportional to its weight (weights >= 0, constant).",
                Definition, "mixture([1 to 10, 10 to 100], [0.7, 0.3])", [ParameterKind.UncertainList, ParameterKind.ConstantList]),

            new("exp", M, ["x"], "e raised to x.", Definition, "exp(0.5)", compute: a => Math.Exp(a[0])),
            new("log", M, ["x"], "Natural logarithm of x (x > 0).", Definition, "log(1e9)", compute: a => Math.Log(a[0])),
            new("log10", M, ["x"], "Base-10 logarithm of x (x > 0).", Definition, "log10(1e9)", compute: a => Math.Log10(a[0])),
            new("sqrt", M, ["x"], "Square root of x (x >= 0).", Definition, "sqrt(2)", compute: a => Math.Sqrt(a[0])),
            new("abs", M, ["x"], "Absolute value of x.", Definition, "abs(-3)", compute: a => Math.Abs(a[0])),
            new("min", M, ["a", "b"], "The smallest of its arguments (two or more).", Definition, "min(a, b, 1)", variadic: true, compute: Min),
            new("max", M, ["a", "b"], "The largest of its arguments (two or more).", Definition, "max(0, revenue - cost)", variadic: true, compute: Max),
            new("pow", M, ["base", "exponent"], "base raised to exponent; the same as base ^ exponent.", Definition, "pow(0.95, 10)", compute: a => Math.Pow(a[0], a[1])),
            new("clamp", M, ["x", "lower", "upper"], "x limited to [lower, upper] (lower <= upper).", Definition, "clamp(share, 0, 1)", compute: Clamp),
            .. ScalingFunctions(),
            .. EconomicsFunctions(),
        ];
    }

    private static FormulaFunction FromSpec(DistributionSpec spec)
        => new(spec.Name, FormulaFunctionCategory.Distribution, [.. spec.Parameters], spec.Description, spec.Source, spec.Example);

    private static FormulaFunction BetaMeanSd()
        => new("betaMeanSd", FormulaFunctionCategory.Distribution, ["mean", "stdDev"],
            "The beta distribution with the given mean (0 < mean < 1) and standard deviation (stdDev^2 < mean (1 - mean)).",
            "method of moments: alpha = mean k, beta = (1 - mean) k, k = mean (1 - mean) / stdDev^2 - 1", "betaMeanSd(0.3, 0.1)");

    private static FormulaFunction[] ScalingFunctions()
    {
        const FormulaFunctionCategory S = FormulaFunctionCategory.Scaling;
        return
        [
            new("chinchillaLoss", S, ["parameters", "tokens"],
                "Predicted pre-training loss (nats per token) of a model with N parameters trained on D tokens: E + A / N^alpha + B / D^beta.",
                "C01; Hoffmann2022 (eq. 10, published constants)", "chinchillaLoss(70B, 1.4T)",
                compute: a => ChinchillaFit.Hoffmann2022.Loss(a[0], a[1])),
            new("epochLoss", S, ["parameters", "tokens"],
                "The same loss with Epoch AI's refit of the Chinchilla data (E = 1.8172, A = 482.01, B = 2085.43, alpha = 0.3478, beta = 0.3658).",
                "C01; Besiroglu2024 (refitted parameters)", "epochLoss(70B, 1.4T)",
                compute: a => ChinchillaFit.Besiroglu2024.Loss(a[0], a[1])),
            new("chinchillaTokens", S, ["parameters"],
                "Compute-optimal training tokens for N parameters under the Chinchilla rule of about 20 tokens per parameter.",
                "C02; Hoffmann2022 (Table 3)", "chinchillaTokens(70B)",
                compute: a => ComputeOptimal.TokensForParameters(a[0])),
            new("chinchillaParameters", S, ["trainingFlops"],
                "Compute-optimal parameters for a training budget C under 20 tokens per parameter: sqrt(C / 120).",
                "C02; Hoffmann2022 (Table 3); Kaplan2020 (C = 6 N D)", "chinchillaParameters(5.76e23)",
                compute: a => ComputeOptimal.ParametersForBudget(a[0])),
            new("trainingFlops", S, ["parameters", "tokens"],
                "Training compute of a dense transformer: 6 N D floating-point operations.",
                "Kaplan2020 (section 2.1)", "trainingFlops(70B, 1.4T)",
                compute: a => TrainingCompute.Flops(a[0], a[1])),
            new("inferenceFlopsPerToken", S, ["parameters"],
                "Forward-pass compute per generated token, ignoring attention over the context: 2 N.",
                "C07; Kaplan2020 (Table 1)", "inferenceFlopsPerToken(70B)",
                compute: a => TrainingCompute.InferenceFlopsPerToken(a[0])),
            new("breakEvenInferenceTokens", S, ["trainingFlops", "inferenceFlopsPerToken"],
                "Tokens served before inference has used as much compute as training did: training FLOPs / FLOPs per token.",
                "C07", "breakEvenInferenceTokens(5.76e23, 1.4e11)",
                compute: a => TrainingCompute.BreakEvenInferenceTokens(a[0], a[1])),
        ];
    }

    private static FormulaFunction[] EconomicsFunctions()
    {
        const FormulaFunctionCategory E = FormulaFunctionCategory.Economics;
        return
        [
            new("cournotLerner", E, ["firms", "elasticity"],
                "Cournot price-cost margin (Lerner index) with n symmetric firms: 1 / (n |elasticity|); needs n |elasticity| >= 1.",
                "C05; IndustrialOrganization (Cournot Lerner index)", "cournotLerner(4, 1.5)",
                compute: a => MarketStructure.CournotLerner(a[0], a[1])),
            new("conductLerner", E, ["conduct", "elasticity"],
                "Lerner index under a conduct parameter: conduct / |elasticity| (0 Bertrand, 1/n Cournot, 1 collusion).",
                "C05; IndustrialOrganization (conduct parameter)", "conductLerner(0.25, 1.5)",
                compute: a => MarketStructure.ConductLerner(a[0], a[1])),
            new("cournotUnitMargin", E, ["a", "b", "c", "firms"],
                "Cournot unit margin P - c = (a - c) / (n + 1) for linear demand P = a - b Q and unit cost c.",
                "C05; IndustrialOrganization", "cournotUnitMargin(100, 1, 20, 4)",
                compute: a => MarketStructure.CournotUnitMargin(a[0], a[1], a[2], a[3])),
            new("hhi", E, ["shares"],
                "Herfindahl-Hirschman index: the sum of squared market shares (0-1 scale); the shares must sum to 1.",
                "C05; IndustrialOrganization (HHI)", "hhi(0.4, 0.3, 0.2, 0.1)", variadic: true,
                compute: MarketStructure.Hhi),
            new("sunkCostFirmBound", E, ["marketSize", "sunkCost"],
                "Upper bound on the number of firms a market of size S supports when each must sink cost s (exogenous sunk costs).",
                "C05; Sutton1991 (exogenous sunk costs)", "sunkCostFirmBound(1T, 100B)",
                compute: a => MarketStructure.SunkCostFirmBound(a[0], a[1])),
            new("chainSuccess", E, ["stepReliability", "steps"],
                "Probability that m independent steps all succeed: p^m (0.95^10 = 0.599).",
                "C10", "chainSuccess(0.95, 10)",
                compute: a => Reliability.ChainSuccess(a[0], a[1])),
            new("chainSuccessWithRetries", E, ["stepReliability", "steps", "detectorRecall", "maxRetries"],
                "Probability that m steps all end right when a detector catches a share of errors and each step may be retried.",
                "C10", "chainSuccessWithRetries(0.95, 10, 0.8, 2)",
                compute: a => Reliability.ChainSuccessWithRetries(a[0], a[1], a[2], a[3])),
            new("newGrossMargin", E, ["grossMargin", "gain", "inferenceShareOfCost"],
                "Gross margin after an inference efficiency gain s when inference is a share k of the cost: 1 - (1 - m)(1 - s k).",
                "C07", "newGrossMargin(0.4, 0.2, 0.6)",
                compute: a => UnitEconomics.NewGrossMargin(a[0], a[1], a[2])),
            new("breakEvenVolume", E, ["fixedCost", "price", "unitCost"],
                "Units to sell before a fixed (training) cost is recovered: F / (p - c); needs p > c.",
                "C07", "breakEvenVolume(1B, 10, 4)",
                compute: a => UnitEconomics.BreakEvenVolume(a[0], a[1], a[2])),
            new("learningCurvePrice", E, ["initialPrice", "learningRate", "doublings"],
                "Price after k doublings of cumulative volume: p0 (1 - learning rate)^k (solar: about 20% per doubling).",
                "C06; Wright1936; SolarLearningCurve", "learningCurvePrice(100, 0.2, 5)",
                compute: a => LearningCurve.PriceAfterDoublings(a[0], a[1], a[2])),
            new("priceAfterYears", E, ["initialPrice", "foldPerYear", "years"],
                "Price after t years of an x-fold-per-year decline at constant capability: p0 x^(-t) (LLM prices: about 10x a year).",
                "C06; A16zLlmflation", "priceAfterYears(60, 10, 2)",
                compute: a => PriceDecline.PriceAfterYears(a[0], a[1], a[2])),
            new("yearsAtSpeedup", E, ["years", "speedup"],
                "Years to reach a result at a discovery speed-up s: Y / s (30 years at 10x is 3).",
                "C13", "yearsAtSpeedup(30, 10)",
                compute: a => DiscoverySpeedup.YearsAt(a[0], a[1])),
            new("orchestrationCost", E, ["smallCalls", "priceRatio"],
                "Cost of 1 large + k small model calls relative to k + 1 large calls: (1 + k / r) / (k + 1).",
                "C09; Claude3Prices (r = 60)", "orchestrationCost(10, 60)",
                compute: a => Orchestration.RelativeCostOf(a[0], a[1])),
            new("sliceValue", E, ["pool", "share"],
                "What a share of a pool is worth: share x pool ('even 10% is enormous').",
                "C04", "sliceValue(1T, 0.1)",
                compute: a => ValueChain.SliceValue(a[0], a[1])),
            new("requiredRevenue", E, ["gpuSpend", "gpuShareOfDataCenterCost", "requiredGrossMargin"],
                "End-user revenue needed to pay for GPU spending: spend / GPU share of data-center cost / (1 - margin).",
                "C04; Sequoia600B", "requiredRevenue(150B, 0.5, 0.5)",
                compute: a => ValueChain.RequiredEndRevenue(a[0], a[1], a[2])),
        ];
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        var min = values[0];
        foreach (var v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = values[0];
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }

    private static double Clamp(ReadOnlySpan<double> a) => Clamp(a[0], a[1], a[2]);

    private static double Clamp(double x, double lower, double upper)
        => ParameterRules.ClampBounds(lower, upper) is { } violation ? throw violation.ToException() : Math.Clamp(x, lower, upper);
}
