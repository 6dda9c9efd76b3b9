namespace ScalingScenarios.Uncertainty;

/// <summary>What a node of the model graph computes.</summary>
internal enum NodeKind
{
    Constant,

    // Leaves that draw random numbers.
    Distribution,
    Uniform,
    Normal,
    LogNormal,
    Triangular,
    Pert,
    Beta,
    Bernoulli,
    Mixture,
    Correlated,

    // Deterministic operations.
    Add,
    Subtract,
    Multiply,
    Divide,
    Negate,
    Pow,
    Min,
    Max,
    Abs,
    Exp,
    Log,
    Log10,
    Sqrt,
    Clamp,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Equal,
    NotEqual,
    If,
    Map1,
    Map2,
    Map3,
    MapN,
}

/// <summary>Facts about <see cref="NodeKind"/> values.</summary>
internal static class NodeKinds
{
    /// <summary>True for nodes that draw random numbers (and so need a random stream).</summary>
    internal static bool IsRandom(this NodeKind kind) => kind is >= NodeKind.Distribution and <= NodeKind.Correlated;
}
