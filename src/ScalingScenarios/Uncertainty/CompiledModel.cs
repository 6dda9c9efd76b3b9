using System.Runtime.InteropServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// A model graph compiled for evaluation: its nodes in topological order (one buffer slot each), the slots
/// of each node's inputs, and the stream identity of every random leaf.
/// </summary>
/// <remarks>Immutable after construction; shared read-only by all workers of a run.</remarks>
internal sealed class CompiledModel
{
    private CompiledModel(Uncertain[] nodes, int[][] inputs, bool[] isConstant, double[] constants, ulong[] identities, int[] rootSlots)
    {
        Nodes = nodes;
        Inputs = inputs;
        IsConstant = isConstant;
        Constants = constants;
        Identities = identities;
        RootSlots = rootSlots;

        // Where a non-finite value must be looked for during a normal run: a non-finite value either reaches a root
        // (checked there) or is swallowed by a node whose result can be finite with a non-finite input (a comparison,
        // a power, a mapped function, the condition of an If), so those nodes' inputs are checked too. Values that
        // vanish in an untaken If branch or an unchosen mixture component are not errors, so they need no check.
        NeedsCheck = new bool[nodes.Length];
        foreach (var root in rootSlots)
        {
            NeedsCheck[root] = true;
        }

        for (var s = 0; s < nodes.Length; s++)
        {
            switch (nodes[s].Kind)
            {
                case NodeKind.Less or NodeKind.Greater or NodeKind.LessOrEqual or NodeKind.GreaterOrEqual
                    or NodeKind.Equal or NodeKind.NotEqual or NodeKind.Pow
                    or NodeKind.Map1 or NodeKind.Map2 or NodeKind.Map3 or NodeKind.MapN or NodeKind.MapChunk:
                    foreach (var input in inputs[s])
                    {
                        NeedsCheck[input] = true;
                    }

                    break;
                case NodeKind.If:
                    NeedsCheck[inputs[s][0]] = true;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>For each slot, whether its values are checked for NaN/±∞ in a normal run (see the constructor).</summary>
    internal bool[] NeedsCheck { get; }

    /// <summary>The nodes, parents before children.</summary>
    internal Uncertain[] Nodes { get; }

    /// <summary>For each slot, the slots of its parents.</summary>
    internal int[][] Inputs { get; }

    /// <summary>For each slot, whether it holds one value for every sample (a constant or a held node).</summary>
    internal bool[] IsConstant { get; }

    /// <summary>For each constant slot, its value.</summary>
    internal double[] Constants { get; }

    /// <summary>For each random slot, its leaf identity (before mixing with the seed).</summary>
    internal ulong[] Identities { get; }

    /// <summary>The slot of each root, in the order given.</summary>
    internal int[] RootSlots { get; }

    internal int Count => Nodes.Length;

    /// <summary>Compiles the graph reachable from <paramref name="roots"/>; <paramref name="held"/> nodes are evaluated as the given constants.</summary>
    internal static CompiledModel Compile(IReadOnlyList<Uncertain> roots, IReadOnlyDictionary<Uncertain, double>? held = null)
    {
        var slotOf = new Dictionary<Uncertain, int>(ReferenceEqualityComparer.Instance);
        var order = new List<Uncertain>();

        // Iterative post-order depth-first search: parents in order, then the node (deep graphs must not overflow the stack).
        var stack = new Stack<(Uncertain Node, int Next)>();
        foreach (var root in roots)
        {
            if (slotOf.ContainsKey(root))
            {
                continue;
            }

            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < node.Parents.Length)
                {
                    stack.Push((node, next + 1));
                    var parent = node.Parents[next];
                    if (!slotOf.ContainsKey(parent))
                    {
                        stack.Push((parent, 0));
                    }

                    continue;
                }

                if (!slotOf.ContainsKey(node))
                {
                    slotOf[node] = order.Count;
                    order.Add(node);
                }
            }
        }

        var nodes = order.ToArray();
        var inputs = new int[nodes.Length][];
        var isConstant = new bool[nodes.Length];
        var constants = new double[nodes.Length];
        var structure = new ulong[nodes.Length];
        var identities = new ulong[nodes.Length];
        var occurrences = new Dictionary<ulong, int>();
        var groups = new Dictionary<CorrelationGroup, ulong>(ReferenceEqualityComparer.Instance);
        for (var s = 0; s < nodes.Length; s++)
        {
            var node = nodes[s];
            inputs[s] = [.. node.Parents.Select(p => slotOf[p])];
            if (node.IsConstant)
            {
                isConstant[s] = true;
                constants[s] = node.Value;
            }

            if (held is not null && held.TryGetValue(node, out var value))
            {
                isConstant[s] = true;
                constants[s] = value;
            }

            structure[s] = Structure(node, inputs[s], structure);
            if (node.Kind == NodeKind.Correlated)
            {
                // All members of a group share the group's identity: the group is sampled jointly.
                var group = (CorrelationGroup)node.Payload!;
                if (!groups.TryGetValue(group, out var groupIdentity))
                {
                    var key = group.StreamIdentity;
                    occurrences.TryGetValue(key, out var seen);
                    occurrences[key] = seen + 1;
                    groupIdentity = StreamKeys.Combine(key, (ulong)seen);
                    groups[group] = groupIdentity;
                }

                identities[s] = groupIdentity;
            }
            else if (node.Kind.IsRandom())
            {
                // Disambiguate structurally equal (or equally named) leaves by their order of discovery.
                var key = structure[s];
                occurrences.TryGetValue(key, out var seen);
                occurrences[key] = seen + 1;
                identities[s] = StreamKeys.Combine(key, (ulong)seen);
            }
        }

        return new CompiledModel(nodes, inputs, isConstant, constants, identities, [.. roots.Select(r => slotOf[r])]);
    }

    /// <summary>
    /// Joins several graphs into one model evaluated on the same chunks: each graph is compiled on its own (its nodes,
    /// its stream identities, exactly as <see cref="Compile"/> would give them, so a leaf named alike in two graphs draws
    /// the same numbers in both: common random numbers), then <paramref name="derived"/> nodes are appended, computed per
    /// chunk from the graphs' roots (<see cref="NodeKind.MapChunk"/>). The roots are every graph's roots in order, then the
    /// derived nodes.
    /// </summary>
    /// <remarks>
    /// A derived node's input must be a root of one of the graphs (the first graph listing it) or an earlier derived node.
    /// A node of a later graph that computes what a node of an earlier graph computes (<see cref="SlotKey"/>: the same
    /// operation and parameters, name, stream identity and inputs) shares that node's slot instead of getting its own, so
    /// branches of a scenario that differ in one variable sample the others once: every value is the one its graph
    /// compiled alone gives, computed once.
    /// </remarks>
    internal static CompiledModel Join(IReadOnlyList<IReadOnlyList<Uncertain>> graphs, IReadOnlyList<Uncertain> derived)
    {
        var nodes = new List<Uncertain>();
        var inputs = new List<int[]>();
        var isConstant = new List<bool>();
        var constants = new List<double>();
        var identities = new List<ulong>();
        var rootSlots = new List<int>();
        var rootOf = new Dictionary<Uncertain, int>(ReferenceEqualityComparer.Instance);
        var slotOf = new Dictionary<SlotKey, int>();
        foreach (var graph in graphs)
        {
            var part = Compile(graph);
            var joined = new int[part.Count];
            for (var s = 0; s < part.Count; s++)
            {
                int[] parents = [.. part.Inputs[s].Select(slot => joined[slot])];
                var key = new SlotKey(part.Nodes[s], part.IsConstant[s], part.Constants[s], part.Identities[s], parents);
                if (slotOf.TryGetValue(key, out var existing))
                {
                    joined[s] = existing;
                    continue;
                }

                joined[s] = nodes.Count;
                slotOf.Add(key, nodes.Count);
                nodes.Add(part.Nodes[s]);
                inputs.Add(parents);
                isConstant.Add(part.IsConstant[s]);
                constants.Add(part.Constants[s]);
                identities.Add(part.Identities[s]);
            }

            for (var r = 0; r < graph.Count; r++)
            {
                rootSlots.Add(joined[part.RootSlots[r]]);
                rootOf.TryAdd(graph[r], joined[part.RootSlots[r]]);
            }
        }

        foreach (var node in derived)
        {
            if (node.Kind != NodeKind.MapChunk)
            {
                throw new ArgumentException($"A derived node must be a chunk function; got '{node}'.", nameof(derived));
            }

            inputs.Add([.. node.Parents.Select(p => rootOf.TryGetValue(p, out var slot)
                ? slot
                : throw new ArgumentException($"An input of '{node}' ('{p}') is neither a root of the joined graphs nor an earlier derived node.", nameof(derived)))]);
            rootOf.TryAdd(node, nodes.Count);
            rootSlots.Add(nodes.Count);
            nodes.Add(node);
            isConstant.Add(false);
            constants.Add(0);
            identities.Add(0);
        }

        return new CompiledModel([.. nodes], [.. inputs], [.. isConstant], [.. constants], [.. identities], [.. rootSlots]);
    }

    /// <summary>
    /// What a compiled slot computes: two slots with equal keys hold the same values in every sample, so they can be one.
    /// Compared: the node's kind and value; its distribution (the same object, or one of the same type, description and
    /// parameters as <see cref="Distribution.StreamIdentity"/> encodes them); its payload (the same object, or a
    /// mixture's weights bit for bit); its name and stream name (summaries and messages show them); whether it is a
    /// constant and which; its stream identity; and the slots of its inputs, already joined.
    /// </summary>
    private sealed class SlotKey(Uncertain node, bool isConstant, double constant, ulong identity, int[] inputs) : IEquatable<SlotKey>
    {
        private readonly int _hash = HashCode.Combine(node.Kind, isConstant ? constant : node.Value, identity, node.Name, inputs.Length == 0 ? -1 : inputs[0], inputs.Length);

        private Uncertain Node => node;

        private bool IsConstant => isConstant;

        private double Constant => constant;

        private ulong Identity => identity;

        private int[] Inputs => inputs;

        public bool Equals(SlotKey? other)
            => other is not null
                && _hash == other._hash
                && node.Kind == other.Node.Kind
                && isConstant == other.IsConstant
                && BitConverter.DoubleToInt64Bits(constant) == BitConverter.DoubleToInt64Bits(other.Constant)
                && BitConverter.DoubleToInt64Bits(node.Value) == BitConverter.DoubleToInt64Bits(other.Node.Value)
                && identity == other.Identity
                && SameDistribution(node.DistributionValue, other.Node.DistributionValue)
                && SamePayload(node.Payload, other.Node.Payload)
                && node.Name == other.Node.Name
                && node.StreamName == other.Node.StreamName
                && inputs.AsSpan().SequenceEqual(other.Inputs);

        public override bool Equals(object? obj) => Equals(obj as SlotKey);

        public override int GetHashCode() => _hash;

        private static bool SameDistribution(Distribution? a, Distribution? b)
            => ReferenceEquals(a, b)
                || (a is not null && b is not null && a.GetType() == b.GetType() && a.StreamIdentity() == b.StreamIdentity() && a.ToString() == b.ToString());

        private static bool SamePayload(object? a, object? b)
            => ReferenceEquals(a, b)
                || (a is double[] x && b is double[] y && MemoryMarshal.Cast<double, long>(x).SequenceEqual(MemoryMarshal.Cast<double, long>(y)));
    }

    /// <summary>
    /// A node's structural hash: its stream name when it has one, else its kind's <see cref="NodeKinds.StreamId(Uncertain)"/>, its
    /// constant or distribution identity and its parents' hashes. Built from stable ids and parameter values only.
    /// </summary>
    private static ulong Structure(Uncertain node, int[] inputSlots, ulong[] structure)
    {
        if (node.StreamName is not null)
        {
            return StreamKeys.Hash("name:" + node.StreamName);
        }

        var h = StreamKeys.Hash("kind:" + NodeKinds.StreamId(node));
        switch (node.Kind)
        {
            case NodeKind.Constant:
                return StreamKeys.Combine(h, node.Value);
            case NodeKind.Distribution:
                return StreamKeys.Combine(h, node.DistributionValue!.StreamIdentity());
            case NodeKind.Correlated:
                return StreamKeys.Combine(StreamKeys.Combine(h, ((CorrelationGroup)node.Payload!).StreamIdentity), node.Value);
            case NodeKind.Mixture:
                foreach (var w in (double[])node.Payload!)
                {
                    h = StreamKeys.Combine(h, w);
                }

                break;
            default:
                break;
        }

        foreach (var slot in inputSlots)
        {
            h = StreamKeys.Combine(h, structure[slot]);
        }

        return h;
    }
}
