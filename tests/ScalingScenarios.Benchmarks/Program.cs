using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ScalingScenarios.Benchmarks;
using ScalingScenarios.Uncertainty;

// Modes:
//   (BenchmarkDotNet)  dotnet run -c Release --project tests/ScalingScenarios.Benchmarks -- --filter '*' --job short
//   --peak-memory N T  runs the demo model once (N samples, T threads, one kept output) and prints peak memory
//   --timing N T R     runs the engine and the hand-written loop R times each and prints the median times (quick check)
//   --beta-moments     checks the benchmarked Cheng's BB sampler's mean and variance against beta's
//   --samplers R       times the samplers' bulk fills on one chunk (4 096 values), R rounds, and prints ns per value
//   --stack-alignment  TensorPrimitives.Exp straight and through AlignedStack, from frames at four stack alignments
//   --engine N T R     only the engine on the demo model (N samples, T threads, mean read): 3 s of warm-up, then R runs;
//                      prints the fastest, median and slowest run (quick A/B checks, and a steady loop to profile)
if (args.Length >= 1 && args[0] == "--beta-moments")
{
    // --beta-moments: Cheng's BB (ChengBeta, the benchmarked alternative) against the analytic mean and variance of beta
    // (α / (α + β) and αβ / ((α + β)² (α + β + 1))), 250 chunks of 4 096 values per pair of shapes.
    foreach (var (a, b) in new[] { (1.5714285714285714, 4.428571428571429), (2.0, 8.0), (8.0, 2.0), (2000.0, 3000.0), (1.0001, 1.0001) })
    {
        var stream = new RandomStream(7);
        var values = new double[4096 * 250];
        var scratch = new double[3 * 4096];
        for (var c = 0; c < 250; c++)
        {
            ChengBeta.Fill(ref stream, a, b, values.AsSpan(c * 4096, 4096), scratch);
        }

        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();
        var expectedMean = a / (a + b);
        var expectedVariance = a * b / ((a + b) * (a + b) * (a + b + 1));
        Console.WriteLine(FormattableString.Invariant($"beta({a}, {b}): mean {mean:F5} vs {expectedMean:F5} (z {(mean - expectedMean) / Math.Sqrt(expectedVariance / values.Length):F2}), variance {variance:G5} vs {expectedVariance:G5}, min {values.Min():G4}, max {values.Max():G4}"));
    }

    return;
}

if (args.Length >= 1 && args[0] == "--stack-alignment")
{
    // --stack-alignment: TensorPrimitives.Exp called straight from frames whose stack pointer is moved by 0 … 48 bytes,
    // against AlignedStack.Exp from the same frames (the fastest of 15 rounds of 1 000 exps of 4 096 values each). The
    // direct call is fast or about three times slower depending on the stack's alignment; AlignedStack should be fast
    // at every padding. The check to repeat on a new runtime or machine (AlignedStack's remarks).
    var values = new double[4096];
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed.TotalSeconds < 2)
    {
        StackAlignment.Time(0, values); // tiered compilation reaches its optimized code (other frames) first
    }

    for (var padding = 0; padding <= 48; padding += 16)
    {
        var (direct, aligned) = StackAlignment.Time(padding, values);
        Console.WriteLine(FormattableString.Invariant($"stack moved by {padding,2} bytes: TensorPrimitives.Exp {direct,5:F2} ns/value, AlignedStack.Exp {aligned,5:F2} ns/value"));
    }

    return;
}

if (args.Length >= 1 && args[0] == "--engine")
{
    var (samples, threads, repeats) = Counts(args, defaultRepeats: 50);
    var model = DemoModel.Build();
    var options = SimulationOptions.Default.WithSamples(samples).WithSeed(42).WithThreads(threads);
    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed.TotalSeconds < 3)
    {
        Simulation.Run(options, model); // tiered compilation reaches its optimized code, as BenchmarkDotNet's warm-up does
    }

    var times = new double[repeats];
    for (var i = 0; i < repeats; i++)
    {
        var sw = Stopwatch.StartNew();
        Simulation.Run(options, model).Outputs[0].Mean.ToString(CultureInfo.InvariantCulture);
        times[i] = sw.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine(FormattableString.Invariant($"samples {samples}, threads {threads}, {repeats} runs: fastest {times[0]:F2} ms, median {times[repeats / 2]:F2} ms, slowest {times[^1]:F2} ms"));
    return;
}

if (args.Length >= 1 && args[0] == "--peak-memory")
{
    var (samples, threads, _) = Counts(args, defaultRepeats: 1);
    var stopwatch = Stopwatch.StartNew();
    var summary = Simulation.Run(SimulationOptions.Default.WithSamples(samples).WithThreads(threads), DemoModel.Build()).Outputs[0];
    var (p5, p50, p95) = (summary.P5, summary.P50, summary.P95);
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine(FormattableString.Invariant($"samples {samples}, threads {threads}: mean {summary.Mean:F2}, sd {summary.StdDev:F2}, p5 {p5:F2}, p50 {p50:F2}, p95 {p95:F2}, {stopwatch.ElapsedMilliseconds} ms, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB"));
    return;
}

if (args.Length >= 1 && args[0] == "--timing")
{
    var (samples, threads, repeats) = Counts(args, defaultRepeats: 5);
    var model = DemoModel.Build();
    var options = SimulationOptions.Default.WithSamples(samples).WithThreads(threads);
    var buffer = new double[samples];
    double Median(Func<double> action)
    {
        var times = new List<double>();
        const int warmUps = 10; // let tiered compilation reach its optimized code first
        for (var i = 0; i < repeats + warmUps; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            if (i >= warmUps)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    var engine = Median(() => Simulation.Run(options, model).Outputs[0].Mean);
    var engineWithQuantiles = Median(() => Simulation.Run(options, model).Outputs[0].P95);
    var loop = Median(() => HandWrittenLoop.Run(buffer, 42));
    var mathNet = Median(() => MathNetLoop.Run(buffer, 42));
    Console.WriteLine(FormattableString.Invariant($"samples {samples}, engine threads {threads}: engine {engine:F1} ms ({engine * 1e6 / samples:F1} ns/sample), engine + p5/p50/p95 {engineWithQuantiles:F1} ms, hand-written loop {loop:F1} ms ({loop * 1e6 / samples:F1} ns/sample), Math.NET {mathNet:F1} ms"));
    return;
}

if (args.Length >= 1 && args[0] == "--quantiles")
{
    // --quantiles N R: median time of the seven type-7 quantiles of one kept output of N demo-model samples (one
    // thread), by the engine's selection and by the sort-a-copy baseline; checks that both agree bit for bit.
    var samples = (int)double.Parse(args[1], CultureInfo.InvariantCulture);
    var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
    var values = Simulation.Run(SimulationOptions.Default.WithSamples(samples).WithThreads(2), DemoModel.Build()).Outputs[0].RawSamples!;
    double Median(Func<double[]> action, out double[] result)
    {
        var times = new List<double>();
        result = [];
        for (var i = 0; i < repeats + 2; i++)
        {
            var sw = Stopwatch.StartNew();
            result = action();
            if (i >= 2)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    var selection = Median(() => QuantileBenchmarks.Selection(values), out var fromSelection);
    var baseline = Median(() => QuantileBaseline.SortCopy(values), out var fromSort);
    var same = fromSelection.Zip(fromSort).All(t => BitConverter.DoubleToInt64Bits(t.First) == BitConverter.DoubleToInt64Bits(t.Second));
    Console.WriteLine(FormattableString.Invariant($"samples {samples}: radix selection {selection:F1} ms, sort-a-copy baseline {baseline:F1} ms, bit-identical: {same}"));
    return;
}

if (args.Length >= 1 && args[0] == "--samplers")
{
    // --samplers R: the fastest of R rounds (each 2 000 fills of one 4 096-value chunk, the engine's chunk size) per
    // sampler, in ns per value: the quick check of a change to one sampler's inner loop (the demo model is the
    // whole-engine check). The fastest round, because this 2-core VM's noise only ever adds time.
    var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
    const int ChunkValues = 4096;
    const int FillsPerRound = 2000;
    var values = new double[ChunkValues];
    var bits = new ulong[ChunkValues];
    var scratch = new double[3 * ChunkValues];
    var stream = new RandomStream(1);
    var fills = new (string Name, Action Fill)[]
    {
        ("raw bits", () => stream.FillBits(bits)),
        ("uniform [0, 1)", () => stream.FillUniform(values)),
        ("uniform(0.2, 0.5)", () => Samplers.Uniform(ref stream, Param.Of(0.2), Param.Of(0.5), values)),
        ("standard normal", () => stream.FillNormal(values)),
        ("log-normal (to 2000 20000)", () => Samplers.LogNormal(ref stream, Param.Of(8.75), Param.Of(0.7), values)),
        ("beta(2, 8)", () => Samplers.Beta(ref stream, Param.Of(2.0), Param.Of(8.0), values, scratch)),
        ("gamma(2)", () => Samplers.GammaFill(ref stream, new GammaShape(2), values, scratch)),
        ("gamma(8)", () => Samplers.GammaFill(ref stream, new GammaShape(8), values, scratch)),
    };
    foreach (var (name, fill) in fills)
    {
        var best = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            for (var k = 0; k < FillsPerRound; k++)
            {
                fill();
            }

            best = Math.Min(best, sw.Elapsed.TotalNanoseconds / FillsPerRound / ChunkValues);
        }

        Console.WriteLine(FormattableString.Invariant($"{name,-28} {best,6:F2} ns/value"));
    }

    return;
}

if (args.Length >= 1 && args[0] == "--parts")
{
    var samples = (int)double.Parse(args[1], CultureInfo.InvariantCulture);
    var options = SimulationOptions.Default.WithSamples(samples).WithThreads(1).WithKeepSamples(false);
    var u = Uncertain.Uniform(0, 1);
    var parts = new (string Name, Uncertain Node)[]
    {
        ("constant + 1", Uncertain.Constant(1) + 1),
        ("uniform", u),
        ("normal", Uncertain.Normal(0, 1)),
        ("lognormal (to)", Uncertain.To(2000, 20000)),
        ("beta(2, 8)", Uncertain.Beta(2, 8)),
        ("bernoulli(uniform)", Uncertain.Bernoulli(Uncertain.Uniform(0.55, 0.75))),
        ("uniform * uniform + 1", (u * Uncertain.Uniform(0, 2)) + 1),
        ("demo model", DemoModel.Build()),
    };
    var loopBuffer = new double[samples];
    for (var i = 0; i < 5; i++)
    {
        HandWrittenLoop.Run(loopBuffer, 42);
    }

    using (var me = Process.GetCurrentProcess())
    {
        var cpu0 = me.TotalProcessorTime;
        var sw0 = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            HandWrittenLoop.Run(loopBuffer, 42);
        }

        me.Refresh();
        Console.WriteLine(FormattableString.Invariant($"{"hand-written loop",-24} {sw0.Elapsed.TotalMilliseconds * 1e6 / 5 / samples,8:F1} ns/sample wall, {(me.TotalProcessorTime - cpu0).TotalMilliseconds * 1e6 / 5 / samples,8:F1} ns/sample CPU"));
    }

    foreach (var (name, node) in parts)
    {
        for (var i = 0; i < 5; i++)
        {
            Simulation.Run(options, node);
        }

        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            Simulation.Run(options, node);
        }

        self.Refresh();
        var cpuNs = (self.TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / 5 / samples;
        Console.WriteLine(FormattableString.Invariant($"{name,-24} {sw.Elapsed.TotalMilliseconds * 1e6 / 5 / samples,8:F1} ns/sample wall, {cpuNs,8:F1} ns/sample CPU"));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DemoModelBenchmarks).Assembly).Run(args);

// The "N T R" arguments of --engine, --timing and --peak-memory: samples (1e6 allowed), threads (2), repeats.
static (int Samples, int Threads, int Repeats) Counts(string[] args, int defaultRepeats) => (
    (int)double.Parse(args[1], CultureInfo.InvariantCulture),
    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2,
    args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : defaultRepeats);

/// <summary>The timing of --stack-alignment: exp called from a frame with a given stack allocation before it.</summary>
internal static class StackAlignment
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static (double Direct, double Aligned) Time(int padding, double[] values)
    {
        Span<byte> pad = stackalloc byte[padding + 1]; // a size the JIT does not know: the stack pointer moves
        pad[padding] = 1;
        var result = (Best(values, direct: true), Best(values, direct: false));
        pad[padding] = 0;
        return result;
    }

    private static double Best(double[] values, bool direct)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 15; round++)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 1000; i++)
            {
                values.AsSpan().Fill(0.25); // in range, so that every call takes the vector path
                if (direct)
                {
                    System.Numerics.Tensors.TensorPrimitives.Exp(values, values);
                }
                else
                {
                    AlignedStack.Exp(values, values);
                }
            }

            best = Math.Min(best, sw.Elapsed.TotalNanoseconds / 1000 / values.Length);
        }

        return best;
    }
}
