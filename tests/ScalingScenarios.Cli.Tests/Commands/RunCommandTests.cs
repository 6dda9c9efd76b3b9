namespace ScalingScenarios.Cli.Tests.Commands;

public class RunCommandTests
{
    private static readonly string[] Statistics = ["mean", "stdDev", "min", "max", "p5", "p10", "p25", "p50", "p75", "p90", "p95"];

    [Fact]
    public void Run_NoFile_RunsTheEmbeddedInterviewScenarioAsJson()
    {
        var result = CliRunner.Run("run", "--samples", "2000", "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var json = result.Json();
        // The interview scenario has branches (C11), so the contract's optional "branches" member follows the outputs.
        json.EnumerateObject().Select(p => p.Name).Should().Equal("scenario", "samples", "seed", "outputs", "branches");
        json.GetProperty("scenario").GetString().Should().Be("The interview's value chain");
        json.GetProperty("samples").GetInt32().Should().Be(2000);
        json.GetProperty("seed").GetInt64().Should().Be(42);
        var outputs = json.GetProperty("outputs");
        outputs.EnumerateObject().Select(p => p.Name).Should().Equal(
            "market", "appProfit", "modelProfit", "cloudProfit", "chipProfit", "totalProfit",
            "modelProfitAfterSavings", "savingsGain", "modelProfitPerFirm", "tenPercentSlice", "profitPerFirmAfterTraining");
        outputs.GetProperty("market").EnumerateObject().Select(p => p.Name).Should().Equal(Statistics);
    }

    [Fact]
    public void Run_EmbeddedScenario_IsTheSampleFile()
        => Infrastructure.ScenarioLoader.InterviewJson.Should().Be(File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "interview.json")));

    [Fact]
    public void Run_Table_ShowsDescriptionsUnitsAndTheRunsFacts()
    {
        var result = CliRunner.Run("run", "--samples", "2000", "--seed", "3");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("The interview's value chain")
            .And.Contain("What it is")
            .And.Contain("A 10% slice of the market")
            .And.Contain("2,000 samples, seed 3")
            .And.MatchRegex(@"\$[0-9.]+T");
    }

    [Fact]
    public void Run_OneAndTwoThreads_GiveIdenticalJson()
    {
        var one = CliRunner.Run("run", "--samples", "20000", "--threads", "1", "--format", "json");
        var two = CliRunner.Run("run", "--samples", "20000", "--threads", "2", "--format", "json");

        two.Out.Should().Be(one.Out);
    }

    [Fact]
    public void Run_SameSeed_GivesTheSameNumbersAndAnotherSeedOthers()
    {
        var a = CliRunner.Run("run", "--samples", "5000", "--seed", "1", "--format", "json");
        var b = CliRunner.Run("run", "--samples", "5000", "--seed", "1", "--format", "json");
        var c = CliRunner.Run("run", "--samples", "5000", "--seed", "2", "--format", "json");

        b.Out.Should().Be(a.Out);
        c.Out.Should().NotBe(a.Out);
    }

    [Fact]
    public void Run_Csv_HasOneRowPerOutputWithRawNumbers()
    {
        var lines = CliRunner.Run("run", "--samples", "1000", "--format", "csv").Out.TrimEnd('\n').Split('\n');

        lines[0].Should().Be("output,mean,stdDev,min,max,p5,p10,p25,p50,p75,p90,p95,unit,description");
        lines.Should().HaveCount(12, "a header and the interview's 11 outputs");
        lines[1].Should().StartWith("market,").And.Contain(",USD,");
    }

    [Fact]
    public void Run_Markdown_IsATable()
        => CliRunner.Run("run", "--samples", "1000", "--format", "markdown").Out.Should().StartWith("**The interview's value chain**\n\n| Output | Mean |");

    [Fact]
    public void Run_SamplesWithSuffix_IsAccepted()
        => CliRunner.Run("run", "--samples", "2k", "--format", "json").Json().GetProperty("samples").GetInt32().Should().Be(2000);

    [Fact]
    public void Run_SamplesNotANumber_IsAUsageError()
    {
        var result = CliRunner.Run("run", "--samples", "many");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("--samples: expected a whole number such as 100000, 1e6 or 1M; got 'many'.");
    }

    [Fact]
    public void Run_ZeroSamples_IsInvalidInput()
    {
        var result = CliRunner.Run("run", "--samples", "0");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("Expected an integer >= 1; got 0.");
    }

    [Fact]
    public void Run_MissingFile_ExitsOneWithAClearMessage()
    {
        var result = CliRunner.Run("run", "no-such-file.json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: cannot read the scenario file 'no-such-file.json': no such file (looked for ");
    }

    [Fact]
    public void Run_InvalidFile_ExitsOneAndListsTheErrors()
    {
        using var file = new TempScenario("""{ "name": "x", "variables": { "a": "unifrom(1, 2)" }, "outputs": ["a"] }""");

        var result = CliRunner.Run("run", file.FilePath, "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(
            $"error: {file.FilePath}: 1 error\n"
            + "  line 1, variable 'a', character 1: expected a function name; found unknown function 'unifrom'. Did you mean 'uniform'?\n"
            + "    unifrom(1, 2)\n"
            + "    ^^^^^^^\n");
    }

    [Fact]
    public void Run_NaNDuringTheRun_ExitsOneNamingTheVariable()
    {
        using var file = new TempScenario("""{ "name": "x", "variables": { "a": "normal(0, 1)", "b": "log(a)" }, "outputs": ["b"] }""");

        var result = CliRunner.Run("run", file.FilePath);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: ").And.Contain("'b'");
    }
}
