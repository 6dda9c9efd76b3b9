using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;

namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>The last resort: an exception no input should cause (a bug) is one line on stderr with exit 70, not a crash.</summary>
public class InternalErrorTests
{
    [Theory]
    [InlineData(false, "error: internal error (InvalidOperationException): a bug \\u001B[2J here. This is a bug in scaling-scenarios; please report it with the command line and the file that caused it.\n")]
    [InlineData(true, null)]
    public void Execute_CommandThatThrowsAnUnexpectedException_ExitsSeventyWithOneLine(bool json, string? expected)
    {
        var command = new ThrowingCommand();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new CliConsole(stdout, stderr, interactive: false, width: 100), CancellationToken.None);

        var code = CliApp.Execute(command, new RootCommand { command }.Parse(["boom"]), context, json);

        code.Should().Be(ExitCodes.InternalError);
        stdout.ToString().Should().BeEmpty();
        if (expected is not null)
        {
            stderr.ToString().Should().Be(expected);
        }
        else
        {
            var error = System.Text.Json.JsonDocument.Parse(stderr.ToString()).RootElement.GetProperty("error");
            error.GetProperty("kind").GetString().Should().Be("internal");
            error.GetProperty("exitCode").GetInt32().Should().Be(70);
        }
    }

    private sealed class ThrowingCommand() : CliCommand("boom", "Throws.")
    {
        public override int Execute(ParseResult parse, CliContext context)
            => throw new InvalidOperationException("a bug \u001b[2J here.\n   at Somewhere()");
    }
}
