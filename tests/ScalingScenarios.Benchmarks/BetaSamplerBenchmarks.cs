using BenchmarkDotNet.Attributes;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// Beta variates of fixed shapes, one engine chunk (4 096 values) per operation: the engine's sampler (the ratio of two
/// Marsaglia–Tsang gamma variates, squeeze vectorized) against Cheng's algorithm BB (<see cref="ChengBeta"/>). Shapes: the interview's PERT(0.40, 0.45, 0.75) (1.571, 4.429), the demo model's beta(2, 8) and
/// the contract tests' large beta(2000, 3000).
/// </summary>
public class BetaSamplerBenchmarks
{
    private const int Chunk = 4096;
    private readonly double[] _destination = new double[Chunk];
    private readonly double[] _scratch = new double[3 * Chunk];
    private RandomStream _stream;

    /// <summary>The shapes, "alpha,beta".</summary>
    [Params("1.5714285714285714,4.428571428571429", "2,8", "2000,3000")]
    public string Shapes { get; set; } = "2,8";

    private double Alpha => double.Parse(Shapes.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);

    private double Beta => double.Parse(Shapes.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh stream.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _stream = new RandomStream(42);
        (_alpha, _beta) = (Alpha, Beta);
    }

    private double _alpha;
    private double _beta;

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
        ChengBeta.Fill(ref _stream, _alpha, _beta, _destination);
        return _destination[0];
    }
}
