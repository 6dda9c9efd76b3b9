using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class ValueChainTests
{
    // Products of exact decimal inputs; differences are rounding only.
    private const double Exact = 1e-9;

    private static ValueChain FourLayers() => ValueChain.Create(
        new ValueChainLayer("chips", 0.25),
        new ValueChainLayer("cloud", 0.125),
        new ValueChainLayer("models", 0.125),
        new ValueChainLayer("applications", 0.5));

    [Fact]
    public void PoolOf_IsShareTimesMarket()
        => FourLayers().PoolOf("Models", 1e12).Should().BeApproximately(0.125e12, Exact); // case-insensitive name

    [Fact]
    public void Pools_AddUpToTheMarket()
    {
        var pools = FourLayers().Pools(1e12);

        pools.Select(p => p.Layer).Should().Equal("chips", "cloud", "models", "applications");
        pools.Sum(p => p.Pool).Should().BeApproximately(1e12, 1e-3);
    }

    [Fact]
    public void SliceValue_TenPercentOfATrillion_IsOneHundredBillion()
        => ValueChain.SliceValue(1e12, ValueChain.OneLayerShare).Should().BeApproximately(1e11, 1e-3);

    [Fact]
    public void DefaultChipGrossMargin_IsNvidiaFiscal2025GaapGrossMargin()
    {
        // NVIDIA Q4 fiscal 2025 press release: full-year GAAP gross margin 75.0% (company-wide), up 2.3 points from 72.7%.
        ValueChain.DefaultChipGrossMargin.Should().Be(0.750);
    }

    [Fact]
    public void RequiredEndRevenue_SequoiaInputs_IsSixHundredBillion()
    {
        // 150e9 of GPUs / 0.5 GPU share = 300e9 of data-center cost; / (1 − 0.5) = 600e9 of revenue.
        ValueChain.RequiredEndRevenue(ValueChain.Sequoia2024GpuSpendUsd, ValueChain.DefaultGpuShareOfDataCenterCost, ValueChain.DefaultRequiredGrossMargin)
            .Should().BeApproximately(600e9, 1e-3);
    }

    [Fact]
    public void Sequoia2024RequiredRevenue_IsSixHundredBillion()
        => ValueChain.Sequoia2024RequiredRevenueUsd.Should().BeApproximately(600e9, 1e-3); // 150e9 × 2 × 2

    [Fact]
    public void RequiredEndRevenue_SixtyPercentMargin_DividesByOneMinusMargin()
        => ValueChain.RequiredEndRevenue(150e9, 0.5, 0.6).Should().BeApproximately(750e9, 1e-3); // 300e9 / 0.4

    [Fact]
    public void FromPassThroughMargins_Defaults_MatchHandCalculation()
    {
        // Apps keep 0.55 of end spend; models 0.40 × 0.45 = 0.18; cloud 0.37 × 0.27 = 0.0999;
        // chips 0.75 × 0.1701 = 0.127575. Total 0.957475; shares are each profit / total.
        var chain = ValueChain.DefaultMargins;
        const double Total = 0.55 + 0.18 + 0.0999 + 0.127575;

        chain.ShareOf("applications").Should().BeApproximately(0.55 / Total, Exact);
        chain.ShareOf("models").Should().BeApproximately(0.18 / Total, Exact);
        chain.ShareOf("cloud").Should().BeApproximately(0.0999 / Total, Exact);
        chain.ShareOf("chips").Should().BeApproximately(0.127575 / Total, Exact);
    }

    [Fact]
    public void ShareOf_UnknownLayer_ThrowsListingLayers()
    {
        var act = () => FourLayers().ShareOf("energy");

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the layers chips, cloud, models, applications; got 'energy'.");
    }

    [Fact]
    public void Create_SharesNotSummingToOne_ThrowsWithSum()
    {
        var act = () => ValueChain.Create(new ValueChainLayer("chips", 0.5), new ValueChainLayer("models", 0.375));

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "layers"
                && e.Message == "Expected layer shares that sum to 1 (within 1E-06); got 0.875. (Parameter 'layers')");
    }

    [Fact]
    public void Create_RepeatedName_Throws()
    {
        var act = () => ValueChain.Create(new ValueChainLayer("chips", 0.5), new ValueChainLayer("Chips", 0.5));

        act.Should().Throw<ArgumentException>().WithMessage("Expected distinct layer names; got 'Chips' twice. (Parameter 'layers')");
    }

    [Fact]
    public void Create_NoLayers_Throws()
    {
        var act = () => ValueChain.Create();

        act.Should().Throw<ArgumentException>().WithMessage("Expected at least one layer; got none. (Parameter 'layers')");
    }

    [Fact]
    public void Create_CopiesTheArray()
    {
        var layers = new[] { new ValueChainLayer("a", 0.5), new ValueChainLayer("b", 0.5) };
        var chain = ValueChain.Create(layers);

        layers[0] = new ValueChainLayer("c", 0.5);

        chain.Layers[0].Name.Should().Be("a");
    }

    [Fact]
    public void Layer_ShareAboveOne_ThrowsNamingShare()
    {
        var act = () => new ValueChainLayer("chips", 1.2);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "share"
                && e.Message == "Expected a number in [0, 1]; got 1.2. (Parameter 'share')");
    }

    [Fact]
    public void Layer_EmptyName_Throws()
    {
        var act = () => new ValueChainLayer(" ", 0.5);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void FromPassThroughMargins_MarginAboveOne_ThrowsNamingTheElement()
    {
        var act = () => ValueChain.FromPassThroughMargins(("apps", 0.5), ("chips", 1.5));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Expected a number in [0, 1]; got 1.5. (Parameter 'layersFromCustomer[1].Margin')");
    }

    [Fact]
    public void FromPassThroughMargins_AllZero_Throws()
    {
        var act = () => ValueChain.FromPassThroughMargins(("apps", 0), ("chips", 0));

        act.Should().Throw<ArgumentException>().WithMessage("Expected at least one layer with a positive margin; got all margins 0. (Parameter 'layersFromCustomer')");
    }

    [Theory]
    [InlineData(-1, 0.5, 0.5, "gpuSpend", "Expected a non-negative number (>= 0); got -1. (Parameter 'gpuSpend')")]
    [InlineData(1, 0, 0.5, "gpuShareOfDataCenterCost", "Expected a number in (0, 1]; got 0. (Parameter 'gpuShareOfDataCenterCost')")]
    [InlineData(1, 0.5, 1, "requiredGrossMargin", "Expected a number in [0, 1); got 1. (Parameter 'requiredGrossMargin')")]
    [InlineData(1, 0.5, double.NaN, "requiredGrossMargin", "Expected a finite number; got NaN. (Parameter 'requiredGrossMargin')")]
    public void RequiredEndRevenue_BadInput_Throws(double spend, double share, double margin, string param, string message)
    {
        var act = () => ValueChain.RequiredEndRevenue(spend, share, margin);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == param && e.Message == message);
    }

    [Fact]
    public void Property_PassThroughSharesSumToOne()
    {
        Gen.Double[0.01, 0.99].Array[1, 6].Sample(margins =>
        {
            var chain = ValueChain.FromPassThroughMargins([.. margins.Select((m, i) => ($"layer{i}", m))]);
            chain.Layers.Sum(l => l.Share).Should().BeApproximately(1, ValueChain.ShareTolerance);
        });
    }

    [Fact]
    public void Property_SharesThatDoNotSumToOneAreRejected()
    {
        Gen.Select(Gen.Double[0.01, 1].Array[2, 5], Gen.Double[1e-4, 0.3]).Sample(t =>
        {
            var (raw, gap) = t;
            var total = raw.Sum();
            var layers = raw.Select((x, i) => new ValueChainLayer($"layer{i}", x / total * (1 - gap))).ToArray();

            var act = () => ValueChain.Create(layers);
            act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("layers");
        });
    }
}
