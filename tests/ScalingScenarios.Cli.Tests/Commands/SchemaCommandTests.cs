namespace ScalingScenarios.Cli.Tests.Commands;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_IsJsonSchemaRequiringTheDesignFields()
    {
        var json = CliRunner.Run("schema").Json();

        json.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        json.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("name", "variables", "outputs");
        json.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(["samples", "seed", "descriptions", "units"]);
    }

    [Fact]
    public void Schema_MatchesTheCopyBesideTheSamples()
        => CliRunner.Run("schema").Out.Should().Be(File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "scenario.schema.json")),
            "samples/scenarios/scenario.schema.json is what the sample files' \"$schema\" points editors at; regenerate it with 'scaling-scenarios schema'");
}
