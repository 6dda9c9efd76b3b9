namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>
/// The command-line contract, checked for every command from one table: an unknown option, an extra argument or a value of
/// the wrong type is exit 2 with the reason and a suggestion on stderr and nothing on stdout; help is exit 0.
/// </summary>
public class CommandLineContractTests
{
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
    };

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

    /// <summary>The commands with a fixed number of arguments (compare takes any number of files).</summary>
    public static TheoryData<string, string[]> CommandsWithFixedArguments
    {
        get
        {
            var data = new TheoryData<string, string[]>();
            foreach (var row in Commands)
            {
                if ((string)row[0] != "compare")
                {
                    data.Add((string)row[0], (string[])row[1]);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CommandsWithFixedArguments))]
    public void Command_ExtraArgument_ExitsTwoAndSaysWhatItTakes(string command, string[] args)
    {
        var extra = command is "run" or "sensitivity" ? new[] { "a.json", "b.json" } : ["stray"];
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
    [InlineData("run", "--samples", "many", "error: --samples: expected a whole number such as 100000, 1e6 or 1M; got 'many'.")]
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
