using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"init-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Init_EmptyFolder_WritesTheInterviewScenarioTheSamplesAndTheSchema()
    {
        var result = CliRunner.Run("init", _directory, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var samples = Directory.GetFiles(RepositoryFiles.Path("samples", "scenarios"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(samples, "init writes every file of samples/scenarios");
        foreach (var name in samples)
        {
            File.ReadAllText(Path.Combine(_directory, name!)).Should().Be(File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", name!)), name);
        }

        Scenario.Parse(File.ReadAllText(Path.Combine(_directory, "interview.json"))).Name.Should().Be(InterviewScenario.Default.Name);
    }

    [Fact]
    public void Init_ExistingFile_WritesNothingWithoutForce()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "interview.json"), "mine");

        var result = CliRunner.Run("init", _directory);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: init: interview.json already exists in").And.Contain("nothing was written (add --force to overwrite)");
        File.ReadAllText(Path.Combine(_directory, "interview.json")).Should().Be("mine");
        Directory.GetFiles(_directory).Should().ContainSingle();
    }

    [Fact]
    public void Init_Force_Overwrites()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "interview.json"), "mine");

        var result = CliRunner.Run("init", _directory, "--force", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(Path.Combine(_directory, "interview.json")).Should().Be(InterviewScenario.Json);
        result.Json().GetProperty("overwritten").EnumerateArray().Select(e => e.GetString()).Should().Equal("interview.json");
    }

    [Fact]
    public void Init_Table_ListsTheFiles()
        => CliRunner.Run("init", _directory).Out.Should().Contain("interview.json").And.Contain("The interview's value chain").And.Contain("scenario.schema.json");
}
