namespace ScalingScenarios.Formulas;

/// <summary>The groups of formula functions, as the <c>functions</c> command lists them.</summary>
public enum FormulaFunctionCategory
{
    /// <summary>Probability distributions: each call is a new, independent uncertain input.</summary>
    Distribution,

    /// <summary>Elementwise math on numbers or uncertain values.</summary>
    Math,

    /// <summary>Scaling-law calculators (loss, compute-optimal allocation, FLOPs).</summary>
    Scaling,

    /// <summary>Economics calculators (margins, learning curves, reliability, break-even).</summary>
    Economics,
}
