using System.Globalization;
using BenchmarkDotNet.Attributes;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// Beta variates of fixed shapes, one engine chunk (4 096 values) per operation: the engine's sampler (the ratio of two
/// Marsaglia–Tsang gamma variates, squeeze vectorized) against Cheng's algorithm BB (<see cref="ChengBeta"/>) and the floor under any
/// variant of BB. Shapes: the interview's PERT(0.40, 0.45, 0.75) (1.571, 4.429), the demo model's beta(2, 8) and the
/// contract tests' large beta(2000, 3000).
/// </summary>
public class BetaSamplerBenchmarks
{
    private const int Chunk = 4096;
    private readonly double[] _destination = new double[Chunk];
    private readonly double[] _scratch = new double[3 * Chunk];
    private RandomStream _stream;
    private double _alpha;
    private double _beta;

    /// <summary>The shapes, "alpha,beta".</summary>
    [Params("1.5714285714285714,4.428571428571429", "2,8", "2000,3000")]
    public string Shapes { get; set; } = "2,8";

    /// <summary>Reads the shapes and seeds a fresh stream.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var parts = Shapes.Split(',');
        _alpha = double.Parse(parts[0], CultureInfo.InvariantCulture);
        _beta = double.Parse(parts[1], CultureInfo.InvariantCulture);
        _stream = new RandomStream(42);
    }

    /// <summary>The engine: X / (X + Y) with X, Y Marsaglia–Tsang gamma variates (vectorized squeeze).</summary>
    /// <returns>The first value.</returns>
    [Benchmark(Baseline = true)]
    public double GammaRatio()
    {
        Samplers.BetaFill(ref _stream, new GammaShape(_alpha), new GammaShape(_beta), _destination, _scratch);
        return _destination[0];
    }

    /// <summary>Cheng's BB, vectorized over blocks.</summary>
    /// <returns>The first value.</returns>
    [Benchmark]
    public double ChengBB()
    {
        ChengBeta.Fill(ref _stream, _alpha, _beta, _destination, _scratch);
        return _destination[0];
    }

    /// <summary>The floor under any BB variant: uniforms, one logarithm and one exponential per value (<see cref="ChengBeta.CostFloor"/>).</summary>
    /// <returns>The first value.</returns>
    [Benchmark]
    public double ChengBBCostFloor()
    {
        ChengBeta.CostFloor(ref _stream, _alpha, _beta, _destination, _scratch);
        return _destination[0];
    }
}
