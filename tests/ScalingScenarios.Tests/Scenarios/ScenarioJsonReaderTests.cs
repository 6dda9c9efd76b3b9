using ScalingScenarios.Formulas;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioJsonReaderTests
{
    [Fact]
    public void Read_DesignExample_WithCommentsAndTrailingCommas_ReadsEveryField()
    {
        const string Json = """
            {
              "name": "Model-layer profit",   // required
              "description": "demo",
              "samples": 1e5,
              "seed": 7,
              "variables": {
                /* ordered */
                "pContinue": "uniform(0.6, 0.7)",
                "share": "beta(3, 7)",
                "n": 4,
              },
              "outputs": ["share", "n",],
              "units": { "share": "percent" },
            }
            """;

        var doc = ScenarioJsonReader.Read(Json);

        doc.Errors.Should().BeEmpty();
        (doc.Name, doc.Description, doc.Samples, doc.Seed).Should().Be(("Model-layer profit", "demo", 100000, 7L));
        doc.Variables.Select(v => v.Name).Should().Equal("pContinue", "share", "n");
        doc.Variables[0].Should().Be(VariableDefinition.FromFormula("pContinue", "uniform(0.6, 0.7)", 8, 18));
        doc.Variables[2].Number.Should().Be(4);
        doc.Outputs.Select(o => o.Name).Should().Equal("share", "n");
        doc.Units["share"].Should().Be("percent");
    }

    [Fact]
    public void Read_JsonSyntaxError_GivesLineAndColumn()
    {
        var doc = ScenarioJsonReader.Read("{\n  \"name\": \"x\",\n  \"variables\": { \"a\" 1 }\n}");

        var error = doc.Errors.Should().ContainSingle().Which;
        error.Kind.Should().Be(ScenarioErrorKind.JsonSyntax);
        (error.Line, error.Column).Should().Be((3, 22));
        error.Message.Should().Be("line 3, column 22: expected valid JSON (comments and trailing commas are allowed); found '1' after a field name, where ':' should follow.");
    }

    [Fact]
    public void Read_EmptyText_IsAJsonError()
        => ScenarioJsonReader.Read("  ").Errors.Should().ContainSingle().Which.Kind.Should().Be(ScenarioErrorKind.JsonSyntax);

    [Fact]
    public void Read_MissingRequiredFields_ReportsEach()
    {
        var doc = ScenarioJsonReader.Read("{ }");

        doc.Errors.Select(e => e.Message).Should().Equal(
            "name: expected a \"name\" field (required); found none.",
            "variables: expected a \"variables\" object (required); found none.",
            "outputs: expected an \"outputs\" list (required); found none.");
    }

    [Fact]
    public void Read_UnknownFieldAndBadTypes_ReportEveryOneWithPosition()
    {
        const string Json = """
            {
              "name": "x",
              "sample": 1000,
              "seed": "abc",
              "variables": { "a": true, "my var": "1", "b": "1" },
              "outputs": ["b", "bb", "b"]
            }
            """;

        var doc = ScenarioJsonReader.Read(Json);

        doc.Errors.Select(e => e.Message).Should().Equal(
            "line 3, column 3, sample: expected one of the fields name, description, samples, seed, variables, outputs, descriptions, units, correlations, branches; found the unknown field 'sample'. Did you mean 'samples'?",
            "line 4, column 11, seed: expected a whole number; found the text \"abc\".",
            "line 5, column 23, variables.a: expected a formula in double quotes or a number; found true.",
            "line 5, column 29, variables.my var: expected a variable name of letters, digits and '_' that starts with a letter or '_' (and is not 'to'); found 'my var'.",
            "line 6, column 20, outputs[1]: expected the name of a variable; found 'bb'. Did you mean 'b'?",
            "line 6, column 26, outputs[2]: expected each output listed once; found 'b' a second time.");
        doc.Errors[4].Field.Should().Be("outputs[1]");
        doc.Errors[4].Kind.Should().Be(ScenarioErrorKind.UnknownOutput);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-3")]
    [InlineData("3000000000")]
    public void Read_BadSampleCount_IsRejected(string samples)
        => ScenarioJsonReader.Read($$"""{ "name": "x", "samples": {{samples}}, "variables": { "a": 1 }, "outputs": ["a"] }""")
            .Errors.Should().ContainSingle().Which.Expected.Should().Be("a whole number of samples from 1 to 2147483647");

    [Fact]
    public void Read_DuplicateVariable_IsAnError()
        => ScenarioJsonReader.Read("""{ "name": "x", "variables": { "a": 1, "a": 2 }, "outputs": ["a"] }""")
            .Errors.Should().ContainSingle().Which.Found.Should().Be("a second definition of 'a'");

    [Fact]
    public void Read_DescriptionOfUnknownVariable_IsAnError()
        => ScenarioJsonReader.Read("""{ "name": "x", "variables": { "profit": 1 }, "outputs": ["profit"], "descriptions": { "proft": "USD" } }""")
            .Errors.Should().ContainSingle().Which.Message.Should().Be("line 1, column 87, descriptions.proft: expected the name of a variable; found 'proft'. Did you mean 'profit'?");

    [Fact]
    public void Read_NonAsciiBeforeAnError_CountsCharactersNotBytes()
    {
        var doc = ScenarioJsonReader.Read("{ \"name\": \"é\", \"seed\": true, \"variables\": { \"a\": 1 }, \"outputs\": [\"a\"] }");

        doc.Errors.Should().ContainSingle().Which.Column.Should().Be(24);
    }
}
