namespace ScalingScenarios.Cli.Tests.Commands;

public class ClaimsCommandTests
{
    [Fact]
    public void Claims_Table_ListsEveryClaimAndTheCaveat()
    {
        var result = CliRunner.Run("claims");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        for (var i = 1; i <= 14; i++)
        {
            result.Out.Should().Contain($"C{i:00}");
        }

        result.Out.Should().Contain("training dollars");
    }

    [Fact]
    public void Claims_Json_IsOneObjectWithCamelCaseClaims()
    {
        var json = CliRunner.Run("claims", "--format", "json").Json();

        json.GetProperty("claims").GetArrayLength().Should().Be(14);
        var c07 = json.GetProperty("claims")[6];
        c07.GetProperty("id").GetString().Should().Be("C07");
        c07.GetProperty("talkingPoint").GetInt32().Should().Be(5);
    }

    [Fact]
    public void Claims_OneClaim_ShowsParaphrase()
    {
        var result = CliRunner.Run("claims", "--claim", "c10", "--format", "markdown");

        result.ExitCode.Should().Be(0);
        result.Out.Should().StartWith("**C10: Reliability**").And.Contain("0.95");
        result.Out.Should().Contain("0.599 |\n\n**Defaults citing C10**", "Markdown needs a blank line between two tables");
    }

    [Fact]
    public void Claims_UnknownClaim_ExitsOneWithMessageOnStderrOnly()
    {
        var result = CliRunner.Run("claims", "--claim", "C99");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: --claim: expected a claim ID from C01 to C14; got 'C99'.\n");
    }

    [Fact]
    public void Claims_Csv_HasHeader()
        => CliRunner.Run("claims", "--format", "csv").Out.Should().StartWith("ID,Topic,Talking point,Parameters,Checkable arithmetic\n");

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var result = CliRunner.Run("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: unknown command 'frobnicate'. Expected one of run, validate,");
    }

    [Fact]
    public void BadFormat_ExitsTwo()
        => CliRunner.Run("claims", "--format", "yaml").ExitCode.Should().Be(2);

    [Fact]
    public void Help_ExitsZeroAndListsClaims()
    {
        var result = CliRunner.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("claims");
    }

    [Fact]
    public void NonNumericOptionValue_ExitsTwoNamingTheOption()
    {
        // The option's own parser names the option and what it accepts (a seed is a whole number, not any number).
        var result = CliRunner.Run("run", "--seed", "abc");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --seed: expected a whole number in [0, 2^63); got 'abc'.\n");
    }
}
