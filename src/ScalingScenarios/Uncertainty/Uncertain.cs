using System.Globalization;
using System.Runtime.CompilerServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// An uncertain quantity: a node of a lazily built model graph. Leaves are distributions and
/// constants; other nodes combine them with operators, functions and <see cref="Map(Func{double, double}, Uncertain)"/>.
/// Building a node samples nothing; <see cref="Simulation.Run(SimulationOptions, Uncertain[])"/> evaluates it.
/// </summary>
/// <remarks>
/// A node is sampled once per sample index, so reusing a node means perfect correlation
/// (<c>a - a</c> is exactly 0), as in Squiggle; independent draws need separate leaves. A random leaf's
/// stream is derived from (seed, leaf identity, chunk index): the identity is the leaf's <see cref="Name"/>
/// when named, otherwise its structure and its position among structurally equal leaves.
/// Instances are immutable and thread-safe; a <see cref="Map(Func{double, double}, Uncertain)"/> function
/// must be thread-safe and free of side effects because it is called from several threads.
/// </remarks>
public sealed partial class Uncertain
{
    private Uncertain(NodeKind kind, Uncertain[] parents, double value = 0, Distribution? distribution = null, object? payload = null, string? name = null, string? streamName = null)
    {
        Kind = kind;
        Parents = parents;
        Value = value;
        DistributionValue = distribution;
        Payload = payload;
        Name = name;
        StreamName = streamName;
    }

    /// <summary>Gets the display name given with <see cref="Named(string)"/>, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the distribution of a leaf built from one (constant parameters), else null.</summary>
    public Distribution? Distribution => DistributionValue;

    /// <summary>Gets a value indicating whether this node draws random numbers itself (a distribution leaf).</summary>
    public bool IsRandomLeaf => Kind.IsRandom();

    internal NodeKind Kind { get; }

    internal Uncertain[] Parents { get; }

    internal double Value { get; }

    internal Distribution? DistributionValue { get; }

    internal object? Payload { get; }

    /// <summary>
    /// The text a random leaf's stream is keyed on, or null for a structural key (see <see cref="CompiledModel"/>).
    /// Never display text: <see cref="Named(string)"/> sets it to the name the caller chose, the formula binder to the
    /// variable's name and the leaf's position in the formula, so that no change to <see cref="ToString"/>, a
    /// distribution's description or the formula printer changes a seeded number.
    /// </summary>
    internal string? StreamName { get; }

    /// <summary>Turns a number into a constant node.</summary>
    /// <param name="value">The value. Range: any finite number.</param>
    /// <remarks>
    /// A conversion cannot know which parameter it feeds, so a NaN or ±∞ is not rejected here but by the factory, operator
    /// or run that receives the node, which names its own parameter (<c>Uncertain.Uniform(double.NaN, 1)</c> blames
    /// <c>min</c>). Use <see cref="Constant(double)"/> to reject it at once.
    /// </remarks>
    public static implicit operator Uncertain(double value) => new(NodeKind.Constant, [], value: value);

    /// <summary>A constant: the same value in every sample.</summary>
    /// <param name="value">The value. Range: any finite number.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or ±∞.</exception>
    public static Uncertain Constant(double value) => new(NodeKind.Constant, [], value: Guard.Finite(value));

    /// <summary>A leaf drawing from <paramref name="distribution"/>.</summary>
    /// <param name="distribution">The distribution.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    public static Uncertain From(Distribution distribution)
        => new(NodeKind.Distribution, [], distribution: Guard.NotNull(distribution));

    /// <summary>Returns a copy of this node with a display name, used in summaries, errors and sensitivity, and as a random leaf's stream identity.</summary>
    /// <param name="name">The name. Range: non-empty, not only white space.</param>
    /// <returns>A new node computing the same thing. For a random leaf the copy is a new leaf (its stream follows the name): use the returned node everywhere.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Uncertain Named(string name)
    {
        Guard.NotNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Guard.Invalid(nameof(name), "a non-empty name", "an empty or white-space name");
        }

        return Named(name, name);
    }

    /// <summary>A copy with the display name <paramref name="name"/> whose random stream is keyed on <paramref name="streamName"/>.</summary>
    internal Uncertain Named(string name, string streamName) => new(Kind, Parents, Value, DistributionValue, Payload, name, streamName);

    /// <summary>Runs a simulation of this node alone and returns its summary.</summary>
    /// <param name="samples">The number of samples. Range: [1, 2^31 − 1].</param>
    /// <param name="seed">The seed; the same seed gives the same result on any thread count.</param>
    /// <returns>The summary (with samples kept).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> is below 1.</exception>
    /// <exception cref="SimulationException">The model produced NaN or ±∞, or an uncertain parameter was invalid, at some sample.</exception>
    public Summary Simulate(int samples = SimulationOptions.DefaultSamples, long seed = SimulationOptions.DefaultSeed)
        => Simulation.Run(SimulationOptions.Default.WithSamples(samples).WithSeed(seed), this).Outputs[0];

    /// <summary>A short description: the name when named, else the expression in the formula language.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Describe(this, 3);

    internal bool IsConstant => Kind == NodeKind.Constant;

    /// <summary>
    /// A derived quantity computed chunk by chunk from <paramref name="inputs"/> by <paramref name="function"/>, which also
    /// receives the index of the chunk's first sample; named <paramref name="name"/>. Used to combine the outputs of several
    /// graphs in one run (<see cref="CompiledModel.Join"/>).
    /// </summary>
    internal static Uncertain MapChunk(string name, ChunkFunction function, params Uncertain[] inputs)
        => new(NodeKind.MapChunk, [.. inputs], payload: Guard.NotNull(function), name: Guard.NotNull(name));

    /// <summary>
    /// Checks an operand of a public factory or operator: not null, and not a NaN or ±∞ constant (which only the implicit
    /// conversion can create), naming <paramref name="paramName"/>.
    /// </summary>
    internal static Uncertain Operand(Uncertain? node, [CallerArgumentExpression(nameof(node))] string? paramName = null)
    {
        var checkedNode = Guard.NotNull(node, paramName);
        if (checkedNode.IsConstant && !double.IsFinite(checkedNode.Value))
        {
            throw Guard.OutOfRange(paramName, checkedNode.Value, "a finite number");
        }

        return checkedNode;
    }

    private static string Describe(Uncertain node, int depth)
    {
        if (node.Name is not null)
        {
            return node.Name;
        }

        if (depth <= 0)
        {
            return "…";
        }

        string D(int i) => Describe(node.Parents[i], depth - 1);
        string Args() => string.Join(", ", node.Parents.Select((_, i) => D(i)));

        var text = node.Kind switch
        {
            NodeKind.Constant => node.Value.ToString(CultureInfo.InvariantCulture),
            NodeKind.Distribution => node.DistributionValue!.ToString(),
            NodeKind.Sampled => $"{((DistributionSpec)node.Payload!).Name}({Args()})",
            NodeKind.Mixture => $"mixture({Args()})",
            NodeKind.Correlated => $"correlated({node.DistributionValue})",
            NodeKind.Add => $"({D(0)} + {D(1)})",
            NodeKind.Subtract => $"({D(0)} - {D(1)})",
            NodeKind.Multiply => $"({D(0)} * {D(1)})",
            NodeKind.Divide => $"({D(0)} / {D(1)})",
            NodeKind.Negate => $"-{D(0)}",
            NodeKind.Pow => $"({D(0)} ^ {D(1)})",
            NodeKind.Less => $"({D(0)} < {D(1)})",
            NodeKind.Greater => $"({D(0)} > {D(1)})",
            NodeKind.LessOrEqual => $"({D(0)} <= {D(1)})",
            NodeKind.GreaterOrEqual => $"({D(0)} >= {D(1)})",
            NodeKind.Equal => $"({D(0)} == {D(1)})",
            NodeKind.NotEqual => $"({D(0)} != {D(1)})",
            NodeKind.If => $"({D(0)} ? {D(1)} : {D(2)})",
            NodeKind.Map1 or NodeKind.Map2 or NodeKind.Map3 or NodeKind.MapN or NodeKind.MapChunk => $"map({Args()})",
            _ => $"{node.Kind.ToString().ToLowerInvariant()}({Args()})",
        };

        return text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 119), "…");
    }
}
