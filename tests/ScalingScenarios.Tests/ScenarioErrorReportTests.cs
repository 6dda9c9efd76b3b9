using System.Text;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests;

/// <summary>
/// Issue 11, class 4: a small file must not make the error report huge. Before, each error reprinted its whole
/// formula or file line, so 2,000 errors on one 328 KB line needed 2.5 GB.
/// </summary>
public class ScenarioErrorReportTests
{
    // A report line is at most the excerpt width plus the two '…' marks and the indentation.
    private const int MaxExcerptLine = ScenarioError.ExcerptWidth + 2 + 4;

    /// <summary>A minified (one-line) file whose outputs list <paramref name="count"/> unknown names.</summary>
    private static string MinifiedFileWithUnknownOutputs(int count, int padding)
        => "{\"name\":\"" + new string('n', padding) + "\",\"variables\":{\"a\":\"1\"},\"outputs\":["
           + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"b{i}\"")) + "]}";

    public class ToCaretDisplay
    {
        [Fact]
        public void ToCaretDisplay_FormulaOf100000Characters_ShowsAWindowAroundTheProblem()
        {
            // 'x' at character 50,001, in the middle of a 100,001-character formula.
            var formula = new string('1', 50_000) + "x" + new string('2', 50_000);
            var error = new ScenarioError(ScenarioErrorKind.Syntax, "a number", "'x'", "a", position: 50_001, formula: formula);

            var lines = error.ToCaretDisplay()!.Split('\n');

            lines.Should().HaveCount(2);
            lines[0].Length.Should().BeLessThanOrEqualTo(MaxExcerptLine);
            lines[0].Should().StartWith("  …").And.EndWith("…");
            lines[0][lines[1].IndexOf('^', StringComparison.Ordinal)].Should().Be('x', "the caret stands under the problem");
        }

        [Fact]
        public void ToCaretDisplay_ShortFormula_ShowsItWhole()
        {
            var error = new ScenarioError(ScenarioErrorKind.Syntax, "')'", "the end", "a", position: 8, formula: "2 * (3 + 4");

            error.ToCaretDisplay().Should().Be("  2 * (3 + 4\n         ^");
        }

        [Fact]
        public void ToCaretDisplay_FileLineWithControlCharacters_ShowsThemAsQuestionMarks()
        {
            var error = new ScenarioError(ScenarioErrorKind.JsonSyntax, "valid JSON", "x", line: 2, column: 3);

            error.ToCaretDisplay("{\n\t\u001b[31m\0\n}").Should().Be("   ?[31m?\n    ^");
        }
    }

    public class Message
    {
        [Fact]
        public void Message_NameOfAMegabyte_IsCutToAShortLine()
        {
            var name = new string('q', 1 << 20);
            var error = new ScenarioError(ScenarioErrorKind.UnknownVariable, "a variable", $"unknown name '{name}'", name, position: 1);

            error.Message.Length.Should().BeLessThan(ScenarioError.MaxQuoted + ScenarioError.MaxPart + 100);
            error.Message.Should().Contain("…");
        }

        [Fact]
        public void Message_ControlCharacterFromTheFile_IsEscaped()
        {
            // The lexer quotes an unexpected character: an ESC from the file must not reach the terminal raw.
            var error = Scenario.Validate("""{ "name": "t", "variables": { "a": "1 \u001b[2J" }, "outputs": ["a"] }""").Should().ContainSingle().Which;

            error.Message.Should().Contain("'\\u001B'").And.NotContain("\u001b");
        }
    }

    public class Format
    {
        [Fact]
        public void Format_ThousandsOfErrorsOnOneLongLine_ShowsTheFirstTwentyWithShortExcerptsAndCountsTheRest()
        {
            // 5,000 unknown outputs on one line of about 360 KB (a 300 KB name pads it).
            var text = MinifiedFileWithUnknownOutputs(5000, 300_000);
            var errors = Scenario.Validate(text);

            var report = ScenarioErrorReport.Format("big.json", errors, text);

            errors.Should().HaveCount(5000);
            report.Split('\n').Should().HaveCount(1 + (3 * ScenarioErrorReport.MaxErrorsShown) + 1)
                .And.OnlyContain(line => line.Length <= 400);
            report.Should().StartWith("big.json: 5,000 errors\n")
                .And.EndWith("\n  … and 4,980 more errors (the first 20 are shown).");
        }

        [Fact]
        public void Format_OneErrorInAFormula_IsTheHeaderTheMessageAndTheCaret()
        {
            const string Text = """
                {
                  "name": "t",
                  "variables": { "a": "2 * (3 + 4" },
                  "outputs": ["a"]
                }
                """;

            var report = ScenarioErrorReport.Format("t.json", Scenario.Validate(Text), Text);

            report.Should().Be("""
                t.json: 1 error
                  line 3, variable 'a', character 11: expected ')'; found the end of the formula.
                    2 * (3 + 4
                              ^
                """.ReplaceLineEndings("\n"));
        }

        [Fact]
        public void Format_ErrorOutsideAFormula_ShowsTheFileLine()
        {
            const string Text = "{ \"name\": \"t\", \"variables\": { \"a\": 1 }, \"outputs\": [\"b\"] }";

            var report = ScenarioErrorReport.Format("t.json", Scenario.Validate(Text), Text);

            report.Split('\n').Skip(2).Should().Equal(
                "    " + Text,
                "    " + new string(' ', Text.IndexOf("\"b\"", StringComparison.Ordinal)) + "^");
        }
    }

    public class LongLines
    {
        [Fact]
        public void Validate_MinifiedFileOf1Point2Megabytes_ReportsTheRightColumnAtTheEnd()
        {
            // Behaviour on a large input (its speed is measured by scripts/measure-reading.sh, not here): the last
            // error's column is the position of the last output on the single line, counted in characters.
            var text = MinifiedFileWithUnknownOutputs(120_000, 0);
            text.Length.Should().BeGreaterThan(1_000_000);

            var errors = Scenario.Validate(text);

            errors.Should().HaveCount(120_000);
            errors[^1].Column.Should().Be(text.LastIndexOf("\"b119999\"", StringComparison.Ordinal) + 1);
            errors[^1].Line.Should().Be(1);
        }

        [Fact]
        public void Validate_MultiByteCharactersBeforeTheError_CountsCharactersNotBytes()
        {
            // "é" is two bytes in UTF-8 and one character: the column counts characters.
            var text = "{\"name\":\"" + new StringBuilder().Insert(0, "é", 1000) + "\",\"variables\":{\"a\":1},\"outputs\":[\"b\"]}";

            var error = Scenario.Validate(text).Should().ContainSingle().Which;

            error.Column.Should().Be(text.IndexOf("\"b\"", StringComparison.Ordinal) + 1);
        }
    }
}
