namespace ScalingScenarios.Formulas;

/// <summary>What a formula function accepts in one argument position.</summary>
internal enum ParameterKind
{
    /// <summary>A number or an uncertain value.</summary>
    Number,

    /// <summary>A list of constant numbers, e.g. <c>[1, 2, 3]</c>.</summary>
    ConstantList,

    /// <summary>A list of numbers or uncertain values (distributions), e.g. <c>[normal(0, 1), 5]</c>.</summary>
    UncertainList,
}
