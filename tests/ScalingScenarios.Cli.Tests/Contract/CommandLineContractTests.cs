namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>
/// The command-line contract, checked for every command from one table: an unknown option, an extra argument or a value of
/// the wrong type is exit 2 with the reason and a suggestion on stderr and nothing on stdout; help is exit 0.
/// </summary>
public class CommandLineContractTests
{
    private const int CliConsoleWidth = Infrastructure.CliConsole.DefaultWidth;

    /// <summary>Every command, with the arguments it needs to run (a new command adds its row here).</summary>
    public static TheoryData<string, string[]> Commands => new()
    {
        { "run", ["--samples", "500"] },
        { "validate", [RepositoryFiles.Path("samples", "scenarios", "interview.json")] },
        { "compare", [RepositoryFiles.Path("samples", "scenarios", "interview.json"), RepositoryFiles.Path("samples", "scenarios", "interview.json"), "--samples", "500"] },
        { "sensitivity", ["--samples", "500"] },
        { "tiers", [] },
        { "compute", ["--parameters", "70e9"] },
        { "claims", [] },
        { "functions", [] },
        { "schema", [] },
        { "eval", ["0.95^10"] },
        { "check", ["--samples", "2000", "--claim", "C07"] },
        { "init", [Path.Combine(Path.GetTempPath(), $"init-{Guid.NewGuid():N}"), "--force"] },
    };

    /// <summary>The commands whose positional arguments are bounded (compare takes any number of files, so a stray word is a file).</summary>
    public static TheoryData<string, string[]> CommandsWithBoundedArguments
    {
        get
        {
            var data = new TheoryData<string, string[]>();
            foreach (var row in Commands.Where(r => (string)r[0] != "compare"))
            {
                data.Add((string)row[0], (string[])row[1]);
            }

            return data;
        }
    }

    /// <summary>
    /// Exit code 1 (invalid input) for every command that can reach it, with the start of its message. <c>functions</c> and
    /// <c>schema</c> read no input and so cannot reach it.
    /// </summary>
    public static TheoryData<string[], string> InvalidInputs => new()
    {
        { ["run", "no-such-file.json"], "error: cannot read the scenario file 'no-such-file.json': no such file" },
        { ["validate", "no-such-file.json"], "error: cannot read the scenario file 'no-such-file.json': no such file" },
        { ["compare", RepositoryFiles.Path("samples", "scenarios", "interview.json"), "no-such-file.json"], "error: cannot read the scenario file 'no-such-file.json'" },
        { ["sensitivity", "--output", "markt", "--samples", "500"], "error: --output: Expected the name of a variable of 'The interview's value chain'; got 'markt'. Did you mean 'market'?" },
        { ["tiers", "--mfu", "2"], "error: --mfu: " },
        { ["compute"], "error: expected exactly one of --parameters, --flops or --budget-usd." },
        { ["claims", "--claim", "C99"], "error: --claim: expected a claim ID from C01 to C14; got 'C99'." },
        { ["eval", "1/0"], "error: the expression has 1 error" },
        { ["run", "--samples", "0"], "error: --samples: " },
        { ["check", "--claim", "C99"], "error: --claim C99: expected a claim ID from C01 to C14" },
        { ["init", RepositoryFiles.Path("README.md")], "error: " },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Command_InvalidInput_ExitsOneWithTheMessageOnStderrAndNoOutput(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith(message);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Cancelled_ExitsOneThirtyWithNoOutput(string command, string[] args)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = CliRunner.RunWith(CliConsoleWidth, cancelled.Token, [command, .. args]);

        result.ExitCode.Should().Be(130);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: cancelled; no result was written.\n");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_UnknownOption_ExitsTwoWithASuggestionAndNoOutput(string command, string[] args)
    {
        var result = CliRunner.Run([command, .. args, "--formatt", "json"]);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith($"error: unknown option '--formatt' for '{command}'. Did you mean '--format'?\n")
            .And.Contain($"Run 'scaling-scenarios {command} --help' for the options.");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_UnknownOptionWithoutNearMiss_ExitsTwoListingTheOptions(string command, string[] args)
    {
        var result = CliRunner.Run([command, .. args, "--zzzzzz"]);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith($"error: unknown option '--zzzzzz' for '{command}'. It takes --").And.Contain("--help");
    }

    [Theory]
    [MemberData(nameof(CommandsWithBoundedArguments))]
    public void Command_ExtraArgument_ExitsTwoAndSaysWhatItTakes(string command, string[] args)
    {
        var extra = command is "run" or "sensitivity" or "check" or "init" ? new[] { "a.json", "b.json" } : ["stray"];
        var result = CliRunner.Run([command, .. args, .. extra]);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: unexpected argument '").And.Contain($"'{command}' takes");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_BadFormat_ExitsTwoListingTheFormats(string command, string[] args)
    {
        var result = CliRunner.Run([command, .. args, "--format", "xyz"]);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --format: expected one of ").And.Contain("; got 'xyz'.");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_OptionGivenTwice_ExitsTwo(string command, string[] args)
    {
        var result = CliRunner.Run([command, .. args, "--format", "json", "--format", "json"]);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --format: given 2 times ('json', 'json'); give it once.\n");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Valid_ExitsZeroWithOutputAndNoError(string command, string[] args)
    {
        var result = CliRunner.Run([command, .. args]);

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Help_ExitsZeroWithUsageAndExamples(string command, string[] args)
    {
        _ = args;
        var result = CliRunner.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain($"scaling-scenarios {command}").And.Contain("Examples:");
    }

    [Theory]
    [InlineData("run", "--samples", "many", "error: --samples: expected a whole number from 1 to 2147483647 (2^31 - 1), such as 100000, 1e6 or 1M; got 'many'.")]
    [InlineData("run", "--seed", "1.5", "error: --seed: expected a whole number in [0, 2^63); got '1.5'.")]
    [InlineData("run", "--seed", "-1", "error: --seed: expected a whole number in [0, 2^63); got '-1'.")]
    [InlineData("run", "--threads", "two", "error: --threads: expected a whole number (e.g. 1, 2, 16384); got 'two'.")]
    [InlineData("compute", "--mfu", "high", "error: --mfu: expected a number (e.g. 42, 0.4, 1e9); got 'high'.")]
    [InlineData("tiers", "--allocation", "fits", "error: --allocation: expected one of rule, fit; got 'fits'. Did you mean 'fit'?")]
    [InlineData("tiers", "--accelerator", "h200", "error: --accelerator: expected one of h100, a100; got 'h200'. Did you mean 'h100'?")]
    public void Option_WrongValue_NamesTheOptionAndWhatItAccepts(string command, string option, string value, string message)
    {
        var result = CliRunner.Run(command, option, value);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith(message + "\n");
    }

    [Fact]
    public void Option_MissingValue_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("run", "--samples");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --samples: expected a value (N) after it; got nothing.\n");
    }

    [Fact]
    public void Run_MisspelledOptionBeforeAValue_IsNotTakenForTheFile()
    {
        // The issue's example: "--sample 1000" must not run 100,000 samples with exit 0.
        var result = CliRunner.Run("run", "--sample", "1000");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: unknown option '--sample' for 'run'. Did you mean '--samples'?\n");
    }

    [Fact]
    public void Run_MisspelledOptionAlone_IsNotTakenForTheFile()
        => CliRunner.Run("run", "--sampels").Error.Should().StartWith("error: unknown option '--sampels' for 'run'. Did you mean '--samples'?\n");

    [Fact]
    public void Run_FileAfterDoubleDash_MayStartWithADash()
        => CliRunner.Run("run", "--", "-scenario.json").Error.Should().StartWith("error: cannot read the scenario file '-scenario.json': no such file");

    [Fact]
    public void UnknownCommand_SuggestsTheClosest()
    {
        var result = CliRunner.Run("tier");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: unknown command 'tier'. Did you mean 'tiers'?\n");
    }

    [Fact]
    public void NoCommand_ExitsTwoListingTheCommands()
    {
        var result = CliRunner.Run();

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: no command given; expected one of run, validate, compare,");
    }

    [Fact]
    public void MissingArgument_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("compare", "a.json");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: compare: expected at least two scenarios (files and/or --preset NAME); got 1.\n");
    }

    [Fact]
    public void Version_PrintsTheToolsVersion()
    {
        var result = CliRunner.Run("--version");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().MatchRegex(@"^scaling-scenarios \d+\.\d+\.\d+\S*\n$");
    }

    [Fact]
    public void ResponseFileSyntax_IsAFileNameNotAnExpansion()
        => CliRunner.Run("run", "@missing.json").Error.Should().StartWith("error: cannot read the scenario file '@missing.json': no such file");
}
