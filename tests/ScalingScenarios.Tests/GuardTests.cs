namespace ScalingScenarios.Tests;

public class GuardTests
{
    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Finite_NonFinite_ThrowsNamingParameterAndValue(double value, string shown)
    {
        var act = () => Guard.Finite(value, "budget");

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "budget"
                && e.Message == $"Expected a finite number; got {shown}. (Parameter 'budget')");
    }

    [Fact]
    public void Positive_PositiveSignedNaN_IsRejected()
    {
        // A NaN with the sign bit clear slips through ArgumentOutOfRangeException.ThrowIfNegative (STYLE.md).
        var positiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000001);

        var act = () => Guard.Positive(positiveNaN, "x");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got NaN.*");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Positive_NotPositive_Throws(double value)
    {
        var act = () => Guard.Positive(value, "n");

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"Expected a positive number (> 0); got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}. (Parameter 'n')");
    }

    [Fact]
    public void Probability_AboveOne_ThrowsWithInterval()
    {
        var act = () => Guard.Probability(1.5, "p");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in [0, 1]; got 1.5. (Parameter 'p')");
    }

    [Fact]
    public void NonNegative_Zero_ReturnsValue() => Guard.NonNegative(0, "x").Should().Be(0);

    [Fact]
    public void InOpenRange_Boundary_Throws()
    {
        var act = () => Guard.InOpenRange(1, 0, 1, "share");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in (0, 1); got 1. (Parameter 'share')");
    }

    [Fact]
    public void GreaterThan_Equal_Throws()
    {
        var act = () => Guard.GreaterThan(2, 2, "a");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number greater than 2; got 2. (Parameter 'a')");
    }

    [Fact]
    public void AtLeast_Below_Throws()
    {
        var act = () => Guard.AtLeast(0, 1, "samples");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected an integer >= 1; got 0. (Parameter 'samples')");
    }

    [Fact]
    public void CallerArgumentExpression_NamesTheArgument()
    {
        var tokens = -3.0;

        var act = () => Guard.Positive(tokens);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("tokens");
    }
}
