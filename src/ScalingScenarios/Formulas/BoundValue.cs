using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Formulas;

/// <summary>The value of a bound expression: a constant (folded at bind time) or a node of the model graph.</summary>
internal readonly record struct BoundValue(double Constant, Uncertain? Node)
{
    public bool IsConstant => Node is null;

    /// <summary>The value as a node (a constant node for constants).</summary>
    public Uncertain AsNode() => Node ?? Uncertain.Constant(Constant);

    public static BoundValue Of(double constant) => new(constant, null);

    public static BoundValue Of(Uncertain node) => new(0, node);
}
