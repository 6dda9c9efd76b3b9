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
            new("uniform", D, ["min", "max"],
                "Every value between min and max equally likely. Requires min < max.",
                Definition, "uniform(0.6, 0.7)"),
            new("normal", D, ["mean", "sd"],
                "Normal (Gaussian) distribution with the given mean and standard deviation (sd > 0).",
                Definition, "normal(100, 15)"),
            new("lognormal", D, ["mu", "sigma"],
                "X such that ln X is normal(mu, sigma): positive and right-skewed. For a 90% interval write 'low to high' instead.",
                Definition, "lognormal(0, 0.5)"),
            new("triangular", D, ["min", "mode", "max"],
                "Triangular distribution on [min, max] peaking at mode (min <= mode <= max, min < max).",
                Definition, "triangular(0.1, 0.2, 0.4)"),
            new("pert", D, ["min", "mode", "max"],
                "PERT (scaled beta) distribution on [min, max] with the given most likely value; smoother tails than triangular.",
                "Malcolm et al. 1959 (PERT); Vose, Risk Analysis (2008)", "pert(0.1, 0.2, 0.4)"),
            new("beta", D, ["alpha", "beta"],
                "Beta distribution on [0, 1] (alpha > 0, beta > 0), mean alpha / (alpha + beta): a natural prior for shares and probabilities.",
                Definition, "beta(3, 7)"),
            new("betaMeanSd", D, ["mean", "sd"],
                "The beta distribution with the given mean (0 < mean < 1) and standard deviation (sd^2 < mean (1 - mean)).",
                "method of moments: alpha = mean k, beta = (1 - mean) k, k = mean (1 - mean) / sd^2 - 1", "betaMeanSd(0.3, 0.1)"),
            new("bernoulli", D, ["p"],
                "1 with probability p, else 0 (p in [0, 1]); use it as a condition: bernoulli(p) ? a : b.",
                Definition, "bernoulli(0.65)"),
            new("discrete", D, ["values", "weights"],
                "One of the listed constant values, each with probability proportional to its weight (weights >= 0, not all 0).",
                Definition, "discrete([4, 5], [0.5, 0.5])", [ParameterKind.ConstantList, ParameterKind.ConstantList]),
            new("mixture", D, ["distributions", "weights"],
                "A draw from one of the listed distributions (or numbers), chosen with probability proportional to its weight (weights >= 0, constant).",
                Definition, "mixture([1 to 10, 10 to 100], [0.7, 0.3])", [ParameterKind.UncertainList, ParameterKind.ConstantList]),

            new("exp", M, ["x"], "e raised to x.", Definition, "exp(0.5)"),
            new("log", M, ["x"], "Natural logarithm of x (x > 0).", Definition, "log(1e9)"),
            new("log10", M, ["x"], "Base-10 logarithm of x (x > 0).", Definition, "log10(1e9)"),
            new("sqrt", M, ["x"], "Square root of x (x >= 0).", Definition, "sqrt(2)"),
            new("abs", M, ["x"], "Absolute value of x.", Definition, "abs(-3)"),
            new("min", M, ["a", "b"], "The smallest of its arguments (two or more).", Definition, "min(a, b, 1)", variadic: true),
            new("max", M, ["a", "b"], "The largest of its arguments (two or more).", Definition, "max(0, revenue - cost)", variadic: true),
            new("pow", M, ["base", "exponent"], "base raised to exponent; the same as base ^ exponent.", Definition, "pow(0.95, 10)"),
            new("clamp", M, ["x", "lo", "hi"], "x limited to [lo, hi] (lo <= hi).", Definition, "clamp(share, 0, 1)"),
        ];
    }
}
