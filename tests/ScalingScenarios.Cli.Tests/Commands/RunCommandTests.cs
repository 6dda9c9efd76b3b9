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
        json.EnumerateObject().Select(p => p.Name).Should().Equal("scenario", "samples", "seed", "outputs", "branches");
        json.GetProperty("scenario").GetString().Should().Be("The interview's value chain");
        json.GetProperty("samples").GetInt32().Should().Be(2000);
        json.GetProperty("seed").GetInt64().Should().Be(42);
        var outputs = json.GetProperty("outputs");
        outputs.EnumerateObject().Select(p => p.Name).Should().Equal(
            "market", "appProfit", "modelProfit", "cloudProfit", "chipProfit", "totalProfit",
            "modelProfitAfterSavings", "savingsGain", "modelProfitPerFirm", "tenPercentSlice", "profitPerFirmAfterTraining");
        outputs.GetProperty("market").EnumerateObject().Select(p => p.Name).Should().Equal([.. Statistics, "unit", "description"]);
        outputs.GetProperty("market").GetProperty("unit").GetString().Should().Be("USD");
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
        result.Error.Should().Contain("--samples: expected a whole number from 1 to 2147483647 (2^31 - 1), such as 100000, 1e6 or 1M; got 'many'.");
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

        var result = CliRunner.Run("run", file.FilePath);

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

    [Fact]
    public void Run_MaxMemoryTooSmallForTheSamples_BoundedModeSaysSoAndGivesTheSameNumbers()
    {
        // mixtures.json: its outputs × 200 000 samples × 8 bytes is several MiB of kept samples, over a 2 MiB budget.
        var file = RepositoryFiles.Path("samples", "scenarios", "mixtures.json");
        var kept = CliRunner.Run("run", file, "--samples", "2e5", "--format", "json");
        var bounded = CliRunner.Run("run", file, "--samples", "2e5", "--max-memory", "2MB", "--format", "json");
        var table = CliRunner.Run("run", file, "--samples", "2e5", "--max-memory", "2MB");

        bounded.ExitCode.Should().Be(0);
        bounded.Json().GetProperty("boundedMemory").GetBoolean().Should().BeTrue();
        kept.Json().TryGetProperty("boundedMemory", out _).Should().BeFalse();
        bounded.Json().GetProperty("outputs").GetRawText().Should().Be(kept.Json().GetProperty("outputs").GetRawText());
        table.Out.Should().Contain("Bounded-memory mode");
    }

    [Fact]
    public void Run_BranchesOverTheMemoryBudget_BoundedModeSaysSoAndGivesTheSameNumbers()
    {
        // The interview's two branches, their weighted sums and mixtures are 42 outputs × 200 000 samples × 8 bytes = 64 MiB, over 2 MiB.
        var kept = CliRunner.Run("run", "--samples", "2e5", "--format", "json");
        var bounded = CliRunner.Run("run", "--samples", "2e5", "--max-memory", "2MB", "--format", "json");
        var table = CliRunner.Run("run", "--samples", "2e5", "--max-memory", "2MB");

        bounded.ExitCode.Should().Be(0);
        bounded.Json().GetProperty("boundedMemory").GetBoolean().Should().BeTrue();
        bounded.Json().GetProperty("branches").GetProperty("boundedMemory").GetBoolean().Should().BeTrue();
        kept.Json().GetProperty("branches").TryGetProperty("boundedMemory", out _).Should().BeFalse();
        bounded.Json().GetProperty("outputs").GetRawText().Should().Be(kept.Json().GetProperty("outputs").GetRawText());
        foreach (var part in new[] { "branches", "expectedValues", "mixture" })
        {
            bounded.Json().GetProperty("branches").GetProperty(part).GetRawText().Should().Be(kept.Json().GetProperty("branches").GetProperty(part).GetRawText(), part);
        }

        table.Out.Should().Contain("Bounded-memory mode: the branches' samples did not fit the memory budget");
    }

    [Theory]
    [InlineData("abc", 2, "--max-memory: expected a memory size such as 512MB, 2GB or 1073741824; got 'abc'.")]
    [InlineData("10", 1, "--max-memory: Expected a memory budget of at least 1048576 bytes (1 MiB); got 10.")]
    public void Run_BadMaxMemory_SaysWhatItAccepts(string value, int exitCode, string message)
    {
        var result = CliRunner.Run("run", "--max-memory", value);

        result.ExitCode.Should().Be(exitCode);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain(message);
    }
}
