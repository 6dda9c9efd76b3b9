using ScalingScenarios.Formulas;

namespace ScalingScenarios.Scenarios;

/// <summary>One entry of a scenario file's <c>"branches"</c> field: its name, its probability formula, and the variables it overrides.</summary>
/// <param name="Name">The branch's name, e.g. "continues".</param>
/// <param name="Probability">The probability as a formula, checked and bound like a variable named <see cref="ProbabilityName"/>.</param>
/// <param name="Description">The branch's description, or null.</param>
/// <param name="Overrides">The variables the branch redefines, with where each formula starts in the file.</param>
/// <param name="Line">The line of the branch's name in the file.</param>
/// <param name="Column">The column of the branch's name in the file.</param>
internal sealed record BranchDefinition(string Name, VariableDefinition Probability, string? Description, IReadOnlyList<VariableDefinition> Overrides, int? Line, int? Column)
{
    /// <summary>The name errors in the probability formula are reported under, e.g. "branches.continues.probability" (no formula can refer to it).</summary>
    public static string ProbabilityName(string branch) => $"branches.{branch}.probability";

    /// <summary>The field of the file, e.g. "branches.continues".</summary>
    public string Field => $"branches.{Name}";
}
