using System.Numerics.Tensors;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

/// <summary>
/// A run's numbers must depend on its values alone, not on where its buffers happen to lie in memory or which other
/// nodes share the model: both found by <c>JointRunPropertyTests</c>, where a joint run lays out its buffers otherwise
/// than a graph run alone.
/// </summary>
public class LayoutIndependenceTests
{
    private static long Hash(ReadOnlySpan<double> values)
    {
        var h = 17L;
        foreach (var v in values)
        {
            h = unchecked((h * 31) + BitConverter.DoubleToInt64Bits(v));
        }

        return h;
    }

    [Fact]
    public void StableExp_ArgumentsBeyondTheVectorRange_GiveTheSameBitsAtEveryAlignment()
    {
        // TensorPrimitives.Exp alone gave two different results over these 64 placements of source and destination (a
        // vector holding an argument beyond about ±708 takes another path, and where vectors start depends on memory).
        var random = new Random(7);
        var x = Enumerable.Range(0, 4096).Select(_ => random.Next(10) switch { 0 => -800 * random.NextDouble(), 1 => 800 * random.NextDouble(), _ => (random.NextDouble() - 0.5) * 100 }).ToArray();
        var results = new HashSet<long>();
        for (var sourceOffset = 0; sourceOffset < 8; sourceOffset++)
        {
            for (var destinationOffset = 0; destinationOffset < 8; destinationOffset++)
            {
                var source = new double[x.Length + 8];
                x.CopyTo(source, sourceOffset);
                var destination = new double[x.Length + 8];
                StableExp.Exp(source.AsSpan(sourceOffset, x.Length), destination.AsSpan(destinationOffset, x.Length));
                results.Add(Hash(destination.AsSpan(destinationOffset, x.Length)));
            }
        }

        results.Should().ContainSingle();
    }

    [Fact]
    public void StableExp_ArgumentsWithinRange_AreExactlyTensorPrimitivesExp_AndInPlaceWorks()
    {
        var random = new Random(8);
        var x = Enumerable.Range(0, 5000).Select(_ => (random.NextDouble() - 0.5) * 1400).ToArray();
        var expected = new double[x.Length];
        TensorPrimitives.Exp(x, expected);
        var inPlace = (double[])x.Clone();

        StableExp.Exp(inPlace, inPlace);

        Hash(inPlace).Should().Be(Hash(expected), "within ±700 the vector path's bits do not depend on memory, so it is used as is");
    }

    [Fact]
    public void StableExp_ExtremeArguments_InPlace_GiveEveryValue()
    {
        double[] x = [-1000, -745.2, -708.5, -1, 0, 1, 709.7, 710, double.NegativeInfinity, double.PositiveInfinity];
        var values = (double[])x.Clone();

        StableExp.Exp(values, values);

        values.Should().Equal(x.Select(Math.Exp), (a, b) => a == b || Math.Abs(a - b) <= 1e-15 * Math.Abs(b));
    }

    [Fact]
    public void Run_ConstantMinusZeroBesideAConstantZero_KeepsItsSign()
    {
        // Constants share a buffer per distinct value; −0 and +0 are equal doubles, and −0 came out as +0 when the model
        // also held a 0 (a branch with clamp(v, 0, 1) beside a variable equal to −0).
        var minusZero = Uncertain.Constant(-0.0).Named("minusZero");
        var shifted = (Uncertain.Uniform(1, 2) + 0.0).Named("shifted");

        var result = Simulation.Run(SimulationOptions.Default.WithSamples(5_000), minusZero, shifted);

        result.Outputs[0].Samples.Should().OnlyContain(v => BitConverter.DoubleToInt64Bits(v) == BitConverter.DoubleToInt64Bits(-0.0));
    }
}
