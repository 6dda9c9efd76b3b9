using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// The seven type-7 quantiles (p5 … p95) of one output of the demo model at 1e6 and 1e7 samples, on one thread: the
/// engine's radix selection (no copy) against sorting a copy (the hand-written baseline).
/// </summary>
[MemoryDiagnoser]
public class QuantileBenchmarks
{
    private double[] _samples = [];

    /// <summary>The number of samples.</summary>
    [Params(1_000_000, 10_000_000)]
    public int Samples { get; set; }

    /// <summary>Simulates the samples once.</summary>
    [GlobalSetup]
    public void Setup()
        => _samples = Simulation.Run(SimulationOptions.Default.WithSamples(Samples).WithThreads(2), DemoModel.Build()).Outputs[0].RawSamples!;

    /// <summary>The engine's selection, as a run computes p5 … p95 (one thread).</summary>
    /// <param name="samples">The samples (not modified).</param>
    /// <returns>p5, p10, p25, p50, p75, p90, p95.</returns>
    public static double[] Selection(double[] samples)
        => Summary.Quantiles([samples], [TensorPrimitives.Min<double>(samples)], [TensorPrimitives.Max<double>(samples)], QuantileBaseline.Probabilities, threads: 1)[0];

    /// <summary>Sort a copy, read the quantiles.</summary>
    /// <returns>The median.</returns>
    [Benchmark(Baseline = true)]
    public double SortCopy() => QuantileBaseline.SortCopy(_samples)[3];

    /// <summary>Radix selection over the samples, no copy.</summary>
    /// <returns>The median.</returns>
    [Benchmark]
    public double RadixSelection() => Selection(_samples)[3];
}
