using BenchmarkDotNet.Attributes;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// The demo model at 1e5, 1e6 and 1e7 samples: the engine (one and two threads, one kept output) against a
/// hand-written loop (the baseline) and Math.NET distribution objects sampled one at a time.
/// </summary>
[MemoryDiagnoser]
public class DemoModelBenchmarks
{
    private Uncertain _model = null!;
    private double[] _output = [];

    /// <summary>The number of samples.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Samples { get; set; }

    /// <summary>Builds the model and the output buffer of the loops.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = DemoModel.Build();
        _output = new double[Samples];
    }

    /// <summary>The hand-written scalar loop.</summary>
    [Benchmark(Baseline = true)]
    public double HandWrittenLoop() => Benchmarks.HandWrittenLoop.Run(_output, 42);

    /// <summary>Math.NET distribution objects, one sample at a time.</summary>
    [Benchmark]
    public double MathNetOneAtATime() => MathNetLoop.Run(_output, 42);

    /// <summary>The engine on one thread.</summary>
    [Benchmark]
    public double EngineOneThread() => Run(1);

    /// <summary>The engine on two threads.</summary>
    [Benchmark]
    public double EngineTwoThreads() => Run(2);

    private double Run(int threads)
        => Simulation.Run(SimulationOptions.Default.WithSamples(Samples).WithSeed(42).WithThreads(threads), _model).Outputs[0].Mean;
}
