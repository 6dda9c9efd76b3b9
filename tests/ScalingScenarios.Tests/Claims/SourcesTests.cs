using ScalingScenarios.Claims;

namespace ScalingScenarios.Tests.Claims;

public class SourcesTests
{
    [Fact]
    public void All_KeysAreUnique() => Sources.All.Select(s => s.Key).Should().OnlyHaveUniqueItems();

    [Fact]
    public void Get_KnownKey_ReturnsSource() => Sources.Get("Hoffmann2022").Year.Should().Be(2022);

    [Fact]
    public void Get_UnknownKey_ThrowsListingKnownKeys()
    {
        var act = () => Sources.Get("Nope2020");

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the sources Interview, Hoffmann2022,*; got 'Nope2020'.");
    }

    [Fact]
    public void At_AddsLocatorToCitation()
        => Sources.Hoffmann2022.At("eq. 10").ToString().Should().EndWith(", eq. 10");

    [Fact]
    public void Constructor_YearOutOfRange_Throws()
    {
        var act = () => new Source("K", "T", "A", 1800);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
    }

    [Fact]
    public void Constructor_EmptyKey_Throws()
    {
        var act = () => new Source(" ", "T", "A", 2000);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("key");
    }
}
