namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>
/// Every table command, drawn at 80 and 120 columns: no line is wider than the terminal, and every word and number of every
/// cell (read from the same command's Markdown) appears whole, so "$1.68M" is never drawn as "$1.68" over "M".
/// </summary>
public class TableWidthTests
{
    public static TheoryData<int, string[]> TableCommands()
    {
        string[][] commands =
        [
            ["run", "--samples", "1000"],
            ["validate", RepositoryFiles.Path("samples", "scenarios", "interview.json")],
            ["compare", RepositoryFiles.Path("samples", "scenarios", "interview.json"), RepositoryFiles.Path("samples", "scenarios", "later-odds.json"), "--samples", "1000"],
            ["sensitivity", "--samples", "1000"],
            ["tiers"],
            ["compute", "--parameters", "1e11", "--usd-per-hour", "2", "--shape", "96,2048,12288"],
            ["claims"],
            ["claims", "--claim", "C07"],
            ["claims", "--defaults"],
            ["functions"],
            ["schema", "--format", "table"],
            ["eval", "0.1 * (1T to 10T)", "--samples", "1000"],
            ["check", "--samples", "2000"],
        ];
        var data = new TheoryData<int, string[]>();
        foreach (var width in new[] { 80, 120 })
        {
            foreach (var command in commands)
            {
                data.Add(width, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Table_AtWidth_FitsAndSplitsNoWordOrNumber(int width, string[] command)
    {
        var table = CliRunner.RunAt(width, command);

        table.ExitCode.Should().Be(0, table.Error);
        var lines = table.Out.Split('\n');
        lines.Should().OnlyContain(l => l.Length <= width, $"every line must fit {width} columns");
        // The cells' words: from the Markdown of the same command, or, for 'check' (whose Markdown is a fuller report
        // than its compact table), from the same table drawn 400 columns wide, where nothing wraps.
        var words = command[0] == "check"
            ? WideWords(CliRunner.RunAt(400, command).Out)
            : CellWords(CliRunner.Run([.. command, "--format", "markdown"]).Out);
        foreach (var word in words.Where(w => !IsRunTime(w)))
        {
            table.Out.Should().Contain(word, $"the cell word '{word}' must not be split at {width} columns");
        }
    }

    [Fact]
    public void Tiers_At80Columns_KeepsTheDollarAmountsWhole()
    {
        var result = CliRunner.RunAt(80, "tiers");

        result.Out.Should().Contain("$1.68M").And.Contain("$16.8k").And.Contain("Training cost");
        result.Out.Split('\n').Should().NotContain(l => l.TrimEnd().EndsWith("$1.68", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrap_LongWord_StaysWholeOnItsOwnLine()
        => Infrastructure.TableLayout.Wrap("see https://example.org/a/very/long/path now", 10)
            .Should().Equal("see", "https://example.org/a/very/long/path", "now");

    [Fact]
    public void Fit_NarrowTerminal_MovesColumnsIntoASecondTableThatRepeatsTheKey()
    {
        var table = new Reporting.TextTable("t", ["Key", "A", "B"], [["k1", "1234567890", "1234567890"]]);

        var parts = Infrastructure.TableLayout.Fit(table, 30);

        // Key (3) + A (10) + B (10) + 3 x 3 + 1 = 33 > 30: B moves to a second table with the key column.
        parts.Select(p => p.Columns).Should().BeEquivalentTo(new[] { new[] { 0, 1 }, new[] { 0, 2 } }, o => o.WithStrictOrdering());
    }

    /// <summary>The words of every body cell of every Markdown table in the text.</summary>
    private static IEnumerable<string> CellWords(string markdown)
    {
        var lines = markdown.Split('\n');
        return lines
            .Where((l, i) => l.StartsWith("| ", StringComparison.Ordinal) && !(i + 1 < lines.Length && lines[i + 1].StartsWith("|---", StringComparison.Ordinal)))
            .SelectMany(l => l.Trim('|', ' ').Split(" | "))
            .Select(c => c.Replace("\\|", "|", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct();
    }

    /// <summary>The words inside the boxes of a table drawn without wrapping.</summary>
    private static IEnumerable<string> WideWords(string text)
        => text.Split('\n')
            .Where(l => l.StartsWith('│'))
            .SelectMany(l => l.Split('│', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct();

    /// <summary>The elapsed time differs between the two runs; everything else is seeded and identical.</summary>
    private static bool IsRunTime(string word) => word.EndsWith('s') && double.TryParse(word.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture, out _);
}
