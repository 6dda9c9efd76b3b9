using ScalingScenarios.Reporting;

namespace ScalingScenarios.Tests.Reporting;

public class JsonOutputTests
{
    [Fact]
    public void Write_Object_IsIndentedWithNewlinesAndReadableText()
    {
        var json = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("name", "×10 tiers — café");
            w.WriteDouble("mean", 0.1);
            w.WriteEndObject();
        });

        json.Should().Be("{\n  \"name\": \"×10 tiers — café\",\n  \"mean\": 0.1\n}");
    }

    [Theory]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    [InlineData(double.NegativeInfinity, "null")]
    [InlineData(1e308, "1E+308")]
    public void WriteDoubleValue_NonFinite_IsNullNotAFailure(double value, string expected)
        => JsonOutput.Write(w => w.WriteDoubleValue(value)).Should().Be(expected);

    [Fact]
    public void WriteOptional_Null_LeavesThePropertyOut()
    {
        var json = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteOptional("a", (double?)null);
            w.WriteOptional("b", (string?)null);
            w.WriteOptional("c", 2.5);
            w.WriteOptional("d", "x");
            w.WriteEndObject();
        });

        json.Should().Be("{\n  \"c\": 2.5,\n  \"d\": \"x\"\n}");
    }

    [Fact]
    public void WriteStrings_ControlCharacters_AreEscaped()
        => JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStrings("names", ["a\u001b[31m", "b\0"]);
            w.WriteEndObject();
        }).Should().Be("{\n  \"names\": [\n    \"a\\u001B[31m\",\n    \"b\\u0000\"\n  ]\n}");
}
