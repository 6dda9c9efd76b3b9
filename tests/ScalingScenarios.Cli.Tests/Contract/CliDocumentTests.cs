namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>Every row of the messages table in docs/cli.md is run: the exit code and the first line of stderr must be exactly as documented.</summary>
public class CliDocumentTests
{
    public static TheoryData<string, int, string> Rows()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path("docs", "cli.md"));
        var start = Array.IndexOf(lines, "<!-- cli-errors -->");
        var data = new TheoryData<string, int, string>();
        foreach (var line in lines.Skip(start + 3).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            data.Add(cells[0].Trim('`'), int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2][1..^1]);
        }

        return data;
    }

    [Fact]
    public void Table_HasTheRows()
        => Rows().Count.Should().BeGreaterThan(25);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_RunsWithTheDocumentedExitCodeAndMessage(string commandLine, int exitCode, string message)
    {
        var result = CliRunner.Run([.. CommandLineWords.Split(commandLine).Skip(1)]);

        result.ExitCode.Should().Be(exitCode);
        result.Out.Should().BeEmpty();
        var first = result.Error.Split('\n')[0];
        if (message.EndsWith('…'))
        {
            first.Should().StartWith(message[..^1]);
        }
        else
        {
            first.Should().Be(message);
        }
    }
}
