namespace ScalingScenarios.Uncertainty;

/// <summary>What a node of the model graph computes.</summary>
/// <remarks>
/// Every member must be classified in <see cref="NodeKinds"/> (random or not, and its stream id); a member missing there
/// fails the one-node test of every kind at once rather than silently becoming deterministic.
/// </remarks>
internal enum NodeKind
{
    Constant,

    /// <summary>A leaf drawing from a <see cref="Uncertainty.Distribution"/> with constant parameters.</summary>
    Distribution,

    /// <summary>A leaf of a <see cref="DistributionSpec"/> (its payload) whose parameters are other nodes.</summary>
    Sampled,

    Mixture,
    Correlated,
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

    /// <summary>
    /// A function of whole chunks (its payload, a <see cref="ChunkFunction"/>) that also receives the samples' indices: the
    /// engine's derived quantities across several graphs (<see cref="CompiledModel.Join"/>), never built by users.
    /// </summary>
    MapChunk,
}

/// <summary>Facts about <see cref="NodeKind"/> values, written out per member (never derived from names or order).</summary>
internal static class NodeKinds
{
    /// <summary>True for nodes that draw random numbers (and so need a random stream).</summary>
    internal static bool IsRandom(this NodeKind kind) => kind switch
    {
        NodeKind.Distribution or NodeKind.Sampled or NodeKind.Mixture or NodeKind.Correlated => true,
        NodeKind.Constant or NodeKind.Add or NodeKind.Subtract or NodeKind.Multiply or NodeKind.Divide or NodeKind.Negate
            or NodeKind.Pow or NodeKind.Min or NodeKind.Max or NodeKind.Abs or NodeKind.Exp or NodeKind.Log or NodeKind.Log10
            or NodeKind.Sqrt or NodeKind.Clamp or NodeKind.Less or NodeKind.Greater or NodeKind.LessOrEqual
            or NodeKind.GreaterOrEqual or NodeKind.Equal or NodeKind.NotEqual or NodeKind.If
            or NodeKind.Map1 or NodeKind.Map2 or NodeKind.Map3 or NodeKind.MapN or NodeKind.MapChunk => false,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A node kind that is neither random nor deterministic: classify it here."),
    };

    /// <summary>
    /// The kind's identity in random-stream keys: written out here, never derived from the enum member's name or
    /// position, so that renaming or reordering <see cref="NodeKind"/> cannot change a seeded number. Each value must
    /// stay as it is once released; a new kind gets a new one. <see cref="NodeKind.Sampled"/> nodes use their spec's
    /// <see cref="DistributionSpec.StreamId"/> instead (see <see cref="StreamId(Uncertain)"/>).
    /// </summary>
    internal static string StreamId(this NodeKind kind) => kind switch
    {
        NodeKind.Constant => "constant",
        NodeKind.Distribution => "distribution",
        NodeKind.Sampled => "sampled",
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
        NodeKind.MapChunk => "mapChunk",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A node kind without a stream identity: add one here."),
    };

    /// <summary>A node's stream id: its spec's for a <see cref="NodeKind.Sampled"/> leaf (e.g. "uniform"), else its kind's.</summary>
    internal static string StreamId(Uncertain node)
        => node.Kind == NodeKind.Sampled ? ((DistributionSpec)node.Payload!).StreamId : node.Kind.StreamId();
}
