namespace ScalingScenarios.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public void Check_Table_ListsEveryClaimWithinOneHundredColumns()
    {
        var result = CliRunner.Run("check", "--samples", "5000");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        foreach (var id in Enumerable.Range(1, 14).Select(i => $"C{i:00}"))
        {
            result.Out.Should().Contain($"│ {id}", id);
        }

        result.Out.Should().Contain("C11+C02").And.Contain("C07+C05").And.Contain("follows only under stated").And.Contain("not quantifiable");
        result.Out.Split('\n').Should().OnlyContain(line => line.Length <= 100);
    }

    [Fact]
    public void Check_OneClaim_ShowsItsRowsOnly()
    {
        var result = CliRunner.Run("check", "--claim", "C07", "--samples", "5000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json().GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal("C07", "C07+C05");
    }

    [Fact]
    public void Check_Json_IsOneObjectWithAClaimsArray()
    {
        var result = CliRunner.Run("check", "--samples", "5000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var first = result.Json().GetProperty("claims")[0];
        first.GetProperty("id").GetString().Should().Be("C01");
        foreach (var field in new[] { "verdict", "value", "inputs", "reasoning", "conclusion", "valueText" })
        {
            first.TryGetProperty(field, out _).Should().BeTrue(field);
        }
    }

    [Fact]
    public void Check_Markdown_IsAReport()
    {
        var result = CliRunner.Run("check", "--claim", "C10", "--samples", "2000", "--format", "markdown");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("# The argument check: ").And.Contain("## C10: ").And.Contain("**Verdict: follows.**")
            .And.Contain("| stepReliability | 95% | scenario: stepReliability = 0.95 |");
    }

    [Fact]
    public void Check_Set_ChangesTheInputs()
    {
        var result = CliRunner.Run("check", "--claim", "C10", "--set", "stepReliability=0.9", "--samples", "2000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        // 0.9^10 = 0.3487
        result.Json().GetProperty("claims")[0].GetProperty("value").GetDouble().Should().BeApproximately(Math.Pow(0.9, 10), 1e-12);
    }

    [Fact]
    public void Check_Preset_TakesItsInputs()
    {
        var result = CliRunner.Run("check", "--preset", "tiers-parameters", "--claim", "C11", "--samples", "5000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        // With a $1.7M run instead of $100B, the next tier pays at any odds: there is no break-even in (0, 1).
        var voi = result.Json().GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "C11+C02");
        voi.GetProperty("verdict").GetString().Should().Be("follows");
    }

    [Fact]
    public void Check_ScenarioFile_TakesItsInputs()
    {
        var result = CliRunner.Run("check", RepositoryFiles.Path("samples", "scenarios", "later-odds.json"), "--claim", "C12", "--samples", "1000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json().GetProperty("scenario").GetString().Should().Be("Later odds (75-80%)");
        result.Json().GetProperty("claims")[0].GetProperty("verdict").GetString().Should().Be("notQuantifiable", "that file has no branches");
    }

    [Theory]
    [InlineData(new[] { "check", "--claim", "C99" }, "error: --claim C99: expected a claim ID from C01 to C14, e.g. C07.")]
    [InlineData(new[] { "check", "--preset", "odds-6040" }, "error: --preset odds-6040: Expected one of the presets interview, odds-60-40, odds-70-30,")]
    [InlineData(new[] { "check", "--set", "pContinue=unifrom(0.6, 0.7)" }, "error: --set pContinue=unifrom(0.6, 0.7): variable 'pContinue', character 1: expected a function name; found unknown function 'unifrom'. Did you mean 'uniform'?")]
    [InlineData(new[] { "check", "--set", "pContinu=0.7" }, "error: --set pContinu=0.7: expected the name of a variable of 'The interview's value chain'; found 'pContinu'. Did you mean 'pContinue'?")]
    [InlineData(new[] { "run", "--set", "pContinue" }, "error: --set pContinue: expected NAME=FORMULA, e.g. --set pContinue=0.7.")]
    [InlineData(new[] { "run", "--set", "pContinue=1.5" }, "error: --set pContinue=1.5: line ")]
    public void BadInput_IsOneLocatedLineOnStderrAndExitsOne(string[] args, string start)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith(start);
        result.Error.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
    }

    [Fact]
    public void BadInput_SetMakingBranchesNotSumToOne_NamesTheBranchesAndTheSum()
    {
        using var file = new TempScenario("""
            { "name": "b", "variables": { "q": 0.7, "v": 1 }, "outputs": ["v"],
              "branches": { "up": { "probability": "q" }, "down": { "probability": 0.3 } } }
            """);

        var result = CliRunner.Run("run", file.FilePath, "--set", "q=0.6");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: --set q=0.6: line 2, column 3, branches: expected branch probabilities, each in [0, 1], that sum to 1; found up 0.6 + down 0.3 = 0.9.\n");
    }

    [Fact]
    public void BadInput_FileWithBranchesNotSummingToOne_IsLocatedAndExitsOne()
    {
        using var file = new TempScenario("""
            { "name": "b", "variables": { "v": 1 }, "outputs": ["v"],
              "branches": { "up": { "probability": 0.6 }, "down": { "probability": 0.3 } } }
            """);

        var result = CliRunner.Run("check", file.FilePath);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("line 2, column 3, branches: expected branch probabilities, each in [0, 1], that sum to 1; found up 0.6 + down 0.3 = 0.9.");
    }

    [Fact]
    public void Check_OverTheMemoryBudget_GivesTheSameRows()
    {
        // The check reads means, smallest and largest draws and per-branch means: the bounded-memory mode gives the same numbers.
        var kept = CliRunner.Run("check", "--samples", "2e5", "--format", "json");
        var bounded = CliRunner.Run("check", "--samples", "2e5", "--max-memory", "2MB", "--format", "json");

        bounded.ExitCode.Should().Be(0);
        bounded.Out.Should().Be(kept.Out);
    }
}
