namespace ScalingScenarios.Cli.Tests;

/// <summary>
/// docs/ERRORS.md section 4: every command line listed runs the real tool (a separate process started in the
/// repository's root, so that relative file names read as the user typed them) and must exit with the documented code,
/// print the documented first line on stderr, and print nothing on stdout.
/// </summary>
public class ErrorsDocumentCliTests
{
    public static TheoryData<string, int, string> Rows()
    {
        var data = new TheoryData<string, int, string>();
        var lines = File.ReadAllLines(RepositoryFiles.Path("docs", "ERRORS.md"));
        var start = Array.IndexOf(lines, "<!-- errors: cli -->");
        start.Should().BeGreaterThanOrEqualTo(0, "ERRORS.md has the command-line table");
        foreach (var line in lines.Skip(start + 3).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Trim('|').Split(" | ").Select(c => c.Trim().Trim('`')).ToArray();
            data.Add(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Tool_DocumentedCommandLine_ExitsWithTheDocumentedCodeAndMessage(string commandLine, int exitCode, string message)
    {
        var result = await ToolProcess.RunAsync(commandLine.Split(' '));

        result.ExitCode.Should().Be(exitCode, result.Error);
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
