using ScalingScenarios.Claims;
using ScalingScenarios.Economics;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests;

/// <summary>One convention for every lookup of a built-in item by key: trimmed, case-insensitive, KeyNotFoundException listing the keys.</summary>
public class KeyLookupTests
{
    [Fact]
    public void Lookups_AreCaseInsensitiveAndTrimmed()
    {
        LossFit.FromKey(" KAPLAN2020 ").Should().BeSameAs(KaplanFit.Kaplan2020);
        Accelerator.FromKey("H100").Key.Should().Be("h100");
        Sources.Get("hoffmann2022").Should().BeSameAs(Sources.Hoffmann2022);
        ValueChain.DefaultMargins.ShareOf(" Models").Should().Be(ValueChain.DefaultMargins.ShareOf("models"));
    }

    [Fact]
    public void UnknownKeys_ThrowKeyNotFoundException()
    {
        FluentActions.Invoking(() => LossFit.FromKey("x")).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => Accelerator.FromKey("x")).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => Sources.Get("x")).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => ValueChain.DefaultMargins.ShareOf("x")).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => ClaimCatalog.Get((ClaimId)0)).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void BlankKeys_ThrowArgumentException()
    {
        FluentActions.Invoking(() => Accelerator.FromKey("")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "key");
        FluentActions.Invoking(() => Sources.Get(" ")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "key");
        FluentActions.Invoking(() => ValueChain.DefaultMargins.ShareOf(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "layer");
    }
}
