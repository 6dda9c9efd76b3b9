using System.Text.Json;

namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>With <c>--format json</c> an error is one JSON object on stderr; <c>validate --format json</c> always prints its verdict.</summary>
public class JsonErrorTests
{
    /// <summary>The file of docs/scenarios.md with three problems (a bad parameter, a syntax error, a misspelled name).</summary>
    private const string ThreeErrors = """
        {
          "name": "three errors",
          "variables": {
            "share": "beta(0, 1)",
            "market": "1e12 * (1 + growth",
            "profit": "market * shares"
          },
          "outputs": ["profit"]
        }
        """;

    [Fact]
    public void Validate_JsonOnTheThreeErrorFile_PrintsThreeLocatedErrorsOnStdoutAndExitsOne()
    {
        using var file = new TempScenario(ThreeErrors);

        var result = CliRunner.Run("validate", file.FilePath, "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().BeEmpty();
        var json = result.Json();
        json.GetProperty("valid").GetBoolean().Should().BeFalse();
        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("variable").GetString(), e.GetProperty("character").GetInt32()))
            .Should().Equal((4, "share", 6), (5, "market", 19), (6, "profit", 10));
        errors[2].GetProperty("hint").GetString().Should().Be("Did you mean 'share'?");
        errors[0].GetProperty("message").GetString().Should().StartWith("line 4, variable 'share', character 6: expected a positive number");
    }

    [Fact]
    public void Validate_JsonOnAValidFile_PrintsValidTrueWithAnEmptyErrorList()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.Path("samples", "scenarios", "interview.json"), "--format", "json");

        result.ExitCode.Should().Be(0);
        var json = result.Json();
        json.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.GetProperty("errors").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Run_JsonOnAnInvalidFile_WritesOneJsonErrorObjectOnStderrAndNothingOnStdout()
    {
        using var file = new TempScenario(ThreeErrors);

        var result = CliRunner.Run("run", file.FilePath, "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        var error = JsonDocument.Parse(result.Error).RootElement.GetProperty("error");
        error.GetProperty("kind").GetString().Should().Be("invalidInput");
        error.GetProperty("exitCode").GetInt32().Should().Be(1);
        error.GetProperty("file").GetString().Should().Be(file.FilePath);
        error.GetProperty("line").GetInt32().Should().Be(4);
        error.GetProperty("column").GetInt32().Should().BePositive();
        error.GetProperty("variable").GetString().Should().Be("share");
        error.GetProperty("errors").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void UsageError_WithJsonFormat_IsAJsonObjectOnStderr()
    {
        var result = CliRunner.Run("tiers", "--format", "json", "--fitt", "x");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        var error = JsonDocument.Parse(result.Error).RootElement.GetProperty("error");
        error.GetProperty("kind").GetString().Should().Be("usage");
        error.GetProperty("message").GetString().Should().Be("unknown option '--fitt' for 'tiers'. Did you mean '--fit'?");
        error.GetProperty("hint").GetString().Should().Be("Run 'scaling-scenarios tiers --help' for the options.");
    }

    [Fact]
    public void RunTimeError_WithJsonFormat_NamesTheVariable()
    {
        using var file = new TempScenario("""{ "name": "x", "variables": { "a": "normal(0, 1)", "b": "log(a)" }, "outputs": ["b"] }""");

        var result = CliRunner.Run("run", file.FilePath, "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        JsonDocument.Parse(result.Error).RootElement.GetProperty("error").GetProperty("variable").GetString().Should().Be("b");
    }

    [Fact]
    public void InputError_WithJsonFormat_NamesTheOption()
    {
        var result = CliRunner.Run("tiers", "--mfu", "2", "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        JsonDocument.Parse(result.Error).RootElement.GetProperty("error").GetProperty("message").GetString().Should().StartWith("--mfu: ");
    }
}
