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

    /// <summary>
    /// The kind's identity in random-stream keys: written out here, never derived from the enum member's name or
    /// position, so that renaming or reordering <see cref="NodeKind"/> cannot change a seeded number. Each value must
    /// stay as it is once released; a new kind gets a new one.
    /// </summary>
    internal static string StreamId(this NodeKind kind) => kind switch
    {
        NodeKind.Constant => "constant",
        NodeKind.Distribution => "distribution",
        NodeKind.Uniform => "uniform",
        NodeKind.Normal => "normal",
        NodeKind.LogNormal => "lognormal",
        NodeKind.Triangular => "triangular",
        NodeKind.Pert => "pert",
        NodeKind.Beta => "beta",
        NodeKind.Bernoulli => "bernoulli",
        NodeKind.Mixture => "mixture",
        NodeKind.Correlated => "correlated",
        NodeKind.Add => "add",
        NodeKind.Subtract => "subtract",
        NodeKind.Multiply => "multiply",
        NodeKind.Divide => "divide",
        NodeKind.Negate => "negate",
        NodeKind.Pow => "pow",
        NodeKind.Min => "min",
        NodeKind.Max => "max",
        NodeKind.Abs => "abs",
        NodeKind.Exp => "exp",
        NodeKind.Log => "log",
        NodeKind.Log10 => "log10",
        NodeKind.Sqrt => "sqrt",
        NodeKind.Clamp => "clamp",
        NodeKind.Less => "less",
        NodeKind.Greater => "greater",
        NodeKind.LessOrEqual => "lessOrEqual",
        NodeKind.GreaterOrEqual => "greaterOrEqual",
        NodeKind.Equal => "equal",
        NodeKind.NotEqual => "notEqual",
        NodeKind.If => "if",
        NodeKind.Map1 => "map1",
        NodeKind.Map2 => "map2",
        NodeKind.Map3 => "map3",
        NodeKind.MapN => "mapN",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A node kind without a stream identity: add one here."),
    };
}
