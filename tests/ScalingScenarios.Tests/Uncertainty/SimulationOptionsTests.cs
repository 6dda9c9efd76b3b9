using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class SimulationOptionsTests
{
    [Fact]
    public void Default_HasDocumentedValues()
    {
        var o = SimulationOptions.Default;

        o.Samples.Should().Be(100_000);
        o.Seed.Should().Be(42);
        o.Threads.Should().Be(Math.Clamp(Environment.ProcessorCount, 1, 256));
        o.KeepSamples.Should().BeTrue();
        o.HistogramBins.Should().Be(40);
    }

    [Fact]
    public void WithMethods_ReturnNewInstances()
    {
        var o = SimulationOptions.Default.WithSamples(10).WithSeed(-5).WithThreads(3).WithKeepSamples(false).WithHistogramBins(7);

        o.Should().NotBeSameAs(SimulationOptions.Default);
        (o.Samples, o.Seed, o.Threads, o.KeepSamples, o.HistogramBins).Should().Be((10, -5L, 3, false, 7));
        SimulationOptions.Default.Samples.Should().Be(100_000);
    }

    [Fact]
    public void WithSamples_Zero_Throws()
    {
        var act = () => SimulationOptions.Default.WithSamples(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected an integer >= 1; got 0. (Parameter 'samples')");
    }

    [Fact]
    public void WithThreads_TooMany_Throws()
    {
        var act = () => SimulationOptions.Default.WithThreads(257);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected an integer <= 256; got 257. (Parameter 'threads')");
    }

    [Fact]
    public void WithHistogramBins_Zero_Throws()
    {
        var act = () => SimulationOptions.Default.WithHistogramBins(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected an integer >= 1; got 0. (Parameter 'histogramBins')");
    }

    [Fact]
    public void WithMaxMemory_BelowOneMebibyte_Throws()
    {
        var act = () => SimulationOptions.Default.WithMaxMemory(1000);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a memory budget of at least 1048576 bytes (1 MiB); got 1000. (Parameter 'maxMemoryBytes')");
    }

    [Fact]
    public void MaxMemory_DefaultIsAQuarterOfAvailableMemory_WithKeepsIt()
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

        SimulationOptions.Default.MaxMemoryBytes.Should().Be(Math.Max(64L << 20, available / 4));
        SimulationOptions.Default.WithMaxMemory(5L << 30).WithSeed(3).MaxMemoryBytes.Should().Be(5L << 30);
    }
}
