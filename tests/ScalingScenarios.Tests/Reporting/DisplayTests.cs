using ScalingScenarios.Reporting;

namespace ScalingScenarios.Tests.Reporting;

public class DisplayTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.5987369392383789, "0.599")]
    [InlineData(20.0, "20")]
    [InlineData(-4.5, "-4.5")]
    [InlineData(123456.0, "123000")]
    [InlineData(1.2345e21, "1.23e+21")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000123, "1.23e-4")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void Number_FormatsThreeSignificantFigures(double value, string expected)
        => Display.Number(value).Should().Be(expected);

    [Theory]
    [InlineData(1.0e8, "$100M")]
    [InlineData(3.5e10, "$35B")]
    [InlineData(1.5e12, "$1.5T")]
    [InlineData(-2500.0, "-$2.5k")]
    [InlineData(12.0, "$12")]
    [InlineData(999.97e9, "$1T")] // rounds to 1000 at three figures: the next scale word, not "$1000B"
    [InlineData(999_950.0, "$1M")]
    [InlineData(999.9, "$1k")]
    public void Usd_UsesScaleWords(double usd, string expected) => Display.Usd(usd).Should().Be(expected);

    [Fact]
    public void Percent_ScalesFraction() => Display.Percent(0.5987).Should().Be("59.9%");

    [Fact]
    public void Number_ZeroDigits_Throws()
    {
        var act = () => Display.Number(1, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("significantDigits");
    }
}

public class DisplayWithUnitTests
{
    [Theory]
    [InlineData(2.79e12, "USD", "$2.79T")]
    [InlineData(3.4e9, "usd/yr", "$3.4B/yr")]
    [InlineData(3.4e9, "$", "$3.4B")]
    [InlineData(0.5987, "percent", "59.9%")]
    [InlineData(0.5987, "%", "59.9%")]
    [InlineData(1.21, "years", "1.21 years")]
    [InlineData(0.42, null, "0.42")]
    [InlineData(0.42, "  ", "0.42")]
    public void WithUnit_FormatsByUnit(double value, string? unit, string expected)
        => Display.WithUnit(value, unit).Should().Be(expected);
}
