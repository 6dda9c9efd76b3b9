namespace ScalingScenarios.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_FileWithThreeErrors_PrintsThreeMessagesOnStderr()
    {
        using var file = new TempScenario("""
            {
              "name": "three errors",
              "variables": {
                "share": "beta(0, 1)",
                "market": "1e12 * (1 + growth",
                "profit": "market * shares"
              },
              "outputs": ["profit"]
            }
            """);

        var result = CliRunner.Run("validate", file.FilePath);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(
            $"error: {file.FilePath}: 3 errors\n"
            + "  line 4, variable 'share', character 6: expected a positive number (> 0) for alpha in beta(alpha, beta); found 0.\n"
            + "    beta(0, 1)\n"
            + "         ^\n"
            + "  line 5, variable 'market', character 19: expected ')'; found the end of the formula.\n"
            + "    1e12 * (1 + growth\n"
            + "                      ^\n"
            + "  line 6, variable 'profit', character 10: expected a variable defined in this scenario; found unknown name 'shares'. Did you mean 'share'?\n"
            + "    market * shares\n"
            + "             ^^^^^^\n");
    }

    [Fact]
    public void Validate_Cycle_IsReported()
    {
        using var file = new TempScenario("""{ "name": "c", "variables": { "a": "b + 1", "b": "a * 2" }, "outputs": ["a"] }""");

        var result = CliRunner.Run("validate", file.FilePath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("found the cycle a -> b -> a.");
    }

    [Fact]
    public void Validate_JsonSyntaxError_GivesLineAndColumn()
    {
        using var file = new TempScenario("{\n  \"name\": \"x\"\n  \"variables\": {}\n}");

        var result = CliRunner.Run("validate", file.FilePath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("line 3, column 3: expected valid JSON (comments and trailing commas are allowed); found '\"' after a value, where ',', '}' or ']' should follow.")
            .And.EndWith("\n      \"variables\": {}\n      ^\n");
    }

    [Fact]
    public void Validate_ValidFile_ListsVariables()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.Path("samples", "scenarios", "interview.json"), "--format", "json");

        result.ExitCode.Should().Be(0);
        var json = result.Json();
        json.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.GetProperty("outputs").GetArrayLength().Should().Be(11);
    }

    [Fact]
    public void Validate_NoFile_IsAUsageError()
        => CliRunner.Run("validate").ExitCode.Should().Be(2);
}
