using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

/// <summary>
/// A one-node model for every <see cref="NodeKind"/>: it must build, be classified (random or not), run, and for
/// deterministic kinds give, sample by sample, the scalar operation applied to its inputs' samples. A new kind without a
/// case here fails <see cref="EveryNodeKind_HasACase"/>.
/// </summary>
public class NodeKindTests
{
    private const int Samples = 5000;

    /// <summary>Inputs: u in [1, 2), v in [3, 4) (positive, so log, sqrt and pow are defined).</summary>
    private static readonly Uncertain U = Uncertain.Uniform(1, 2).Named("u");

    private static readonly Uncertain V = Uncertain.Uniform(3, 4).Named("v");

    /// <summary>Each kind's node built from U and V, and for deterministic kinds the scalar reference f(u, v).</summary>
    private static readonly Dictionary<NodeKind, (Func<Uncertain> Build, Func<double, double, double>? Reference)> Cases = new()
    {
        [NodeKind.Constant] = (() => Uncertain.Constant(2.5), (_, _) => 2.5),
        [NodeKind.Distribution] = (() => Uncertain.From(Distribution.Normal(0, 1)), null),
        [NodeKind.Sampled] = (() => Uncertain.Normal(U, 1), null),
        [NodeKind.Mixture] = (() => Uncertain.Mixture([U, V], [1, 1]), null),
        [NodeKind.Correlated] = (() => Uncertain.Correlate(0.5, Uncertain.Beta(2, 3), Uncertain.Beta(3, 2)).First, null),
        [NodeKind.Add] = (() => U + V, (u, v) => u + v),
        [NodeKind.Subtract] = (() => U - V, (u, v) => u - v),
        [NodeKind.Multiply] = (() => U * V, (u, v) => u * v),
        [NodeKind.Divide] = (() => U / V, (u, v) => u / v),
        [NodeKind.Negate] = (() => -U, (u, _) => -u),
        [NodeKind.Pow] = (() => Uncertain.Pow(U, V), Math.Pow),
        [NodeKind.Min] = (() => Uncertain.Min(U, V), Math.Min),
        [NodeKind.Max] = (() => Uncertain.Max(U, V), Math.Max),
        [NodeKind.Abs] = (() => Uncertain.Abs(-U), (u, _) => u),
        [NodeKind.Exp] = (() => Uncertain.Exp(U), (u, _) => Math.Exp(u)),
        [NodeKind.Log] = (() => Uncertain.Log(U), (u, _) => Math.Log(u)),
        [NodeKind.Log10] = (() => Uncertain.Log10(U), (u, _) => Math.Log10(u)),
        [NodeKind.Sqrt] = (() => Uncertain.Sqrt(U), (u, _) => Math.Sqrt(u)),
        [NodeKind.Clamp] = (() => Uncertain.Clamp(U, 1.2, V), (u, v) => Math.Clamp(u, 1.2, v)),
        [NodeKind.Less] = (() => U < V - 2, (u, v) => u < v - 2 ? 1 : 0),
        [NodeKind.Greater] = (() => U > V - 2, (u, v) => u > v - 2 ? 1 : 0),
        [NodeKind.LessOrEqual] = (() => U <= V - 2, (u, v) => u <= v - 2 ? 1 : 0),
        [NodeKind.GreaterOrEqual] = (() => U >= V - 2, (u, v) => u >= v - 2 ? 1 : 0),
        [NodeKind.Equal] = (() => Uncertain.Equal(U, U), (_, _) => 1),
        [NodeKind.NotEqual] = (() => Uncertain.NotEqual(U, V), (_, _) => 1),
        [NodeKind.If] = (() => Uncertain.If(U < 1.5, U, V), (u, v) => u < 1.5 ? u : v),
        [NodeKind.Map1] = (() => Uncertain.Map(x => (2 * x) + 1, U), (u, _) => (2 * u) + 1),
        [NodeKind.Map2] = (() => Uncertain.Map((x, y) => x * y, U, V), (u, v) => u * v),
        [NodeKind.Map3] = (() => Uncertain.Map((x, y, z) => x + y + z, U, V, U), (u, v) => u + v + u),
        [NodeKind.MapN] = (() => Uncertain.Map(a => a[0] - a[1] + a[2] + a[3], U, V, U, V), (u, v) => u - v + u + v),
        [NodeKind.MapChunk] = (() => Uncertain.MapChunk("uv", static (_, inputs, dst) => TensorPrimitivesMultiply(inputs[0], inputs[1], dst), U, V), (u, v) => u * v),
    };

    public static TheoryData<string> Kinds => [.. Enum.GetNames<NodeKind>()];

    [Fact]
    public void MapChunk_GetsEachChunksStart_SoItSeesTheSampleIndex()
    {
        // 10 000 samples are chunks of 4096, 4096 and 1808: the function writes start + j, which must be the sample index.
        var index = Uncertain.MapChunk("index", static (start, _, dst) =>
        {
            for (var j = 0; j < dst.Length; j++)
            {
                dst[j] = start + j;
            }
        }, U);

        var samples = Simulation.Run(SimulationOptions.Default.WithSamples(10_000).WithThreads(3), index).Outputs[0].Samples;

        samples.Should().Equal(Enumerable.Range(0, 10_000).Select(i => (double)i));
    }

    private static void TensorPrimitivesMultiply(double[] x, double[] y, Span<double> dst)
    {
        for (var j = 0; j < dst.Length; j++)
        {
            dst[j] = x[j] * y[j];
        }
    }

    [Fact]
    public void EveryNodeKind_HasACase()
        => Cases.Keys.Should().BeEquivalentTo(Enum.GetValues<NodeKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void OneNodeModel_OfEveryKind_BuildsAndRuns(string kindName)
    {
        var kind = Enum.Parse<NodeKind>(kindName);
        var (build, reference) = Cases[kind];
        var node = build();

        node.Kind.Should().Be(kind);
        node.IsRandomLeaf.Should().Be(kind.IsRandom());
        kind.StreamId().Should().NotBeNullOrEmpty();
        var result = Simulation.Run(SimulationOptions.Default.WithSamples(Samples).WithSeed(5), node, U, V);
        var samples = result.Outputs[0].Samples;
        samples.Should().HaveCount(Samples).And.OnlyContain(x => double.IsFinite(x));
        if (reference is not null)
        {
            // Vectorized exp/log may differ from Math's in the last bit: compare to 1e-13 relative.
            var (u, v) = (result.Outputs[1].Samples, result.Outputs[2].Samples);
            for (var i = 0; i < Samples; i++)
            {
                var expected = reference(u[i], v[i]);
                samples[i].Should().BeApproximately(expected, 1e-13 * Math.Max(1, Math.Abs(expected)), $"sample {i} of {kind}");
            }
        }
    }

    [Fact]
    public void RandomKinds_AreExactlyTheLeafKinds()
        => Enum.GetValues<NodeKind>().Where(k => k.IsRandom())
            .Should().BeEquivalentTo([NodeKind.Distribution, NodeKind.Sampled, NodeKind.Mixture, NodeKind.Correlated]);

    [Fact]
    public void EverySpec_RunsAsASampledNode()
    {
        // The per-sample path of each family in the table, with parameters that are nodes (their values fixed).
        foreach (var spec in DistributionSpecs.All)
        {
            var values = ExampleValues(spec);
            var node = Uncertain.Sampled(spec, [.. values.Select(x => x + (0 * U))]);

            node.Kind.Should().Be(NodeKind.Sampled);
            node.ToString().Should().StartWith(spec.Name + "(");
            node.Simulate(Samples).Samples.Should().OnlyContain(x => double.IsFinite(x), spec.Name);
        }
    }

    /// <summary>The numbers of a spec's example call, e.g. "uniform(0.6, 0.7)" gives [0.6, 0.7] (test data, not a message).</summary>
    internal static double[] ExampleValues(DistributionSpec spec)
    {
        var inner = spec.Example[(spec.Example.IndexOf('(') + 1)..spec.Example.LastIndexOf(')')];
        return [.. inner.Split(',').Select(t => double.Parse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture))];
    }
}
