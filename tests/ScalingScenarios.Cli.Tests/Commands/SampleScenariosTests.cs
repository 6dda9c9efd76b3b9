using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Tests.Commands;

/// <summary>Every file in samples/scenarios must stay valid and runnable, so that no example rots.</summary>
public class SampleScenariosTests
{
    public static TheoryData<string> Files() => [.. Names()];

    private static IEnumerable<string> Names()
        => Directory.GetFiles(RepositoryFiles.Path("samples", "scenarios"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void SampleFile_ValidatesAndRuns(string name)
    {
        var path = RepositoryFiles.Path("samples", "scenarios", name);

        CliRunner.Run("validate", path).ExitCode.Should().Be(0);
        var result = CliRunner.Run("run", path, "--samples", "5000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json().GetProperty("outputs").EnumerateObject().Should().NotBeEmpty();
    }

    [Fact]
    public void SampleFiles_AreAtLeastTheDocumentedOnes()
        => Names().Should().Contain(["interview.json", "branches.json", "mixtures.json", "math.json", "later-odds.json"]);

    [Fact]
    public void InterviewScenario_CitesTheClaimsItModels()
    {
        var text = File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "interview.json"));

        text.Should().Contain("C03").And.Contain("C04").And.Contain("C05").And.Contain("C07").And.Contain("C11");
        Scenario.Parse(text).Outputs.Should().OnlyContain(o => o.Description != null);
    }
}
