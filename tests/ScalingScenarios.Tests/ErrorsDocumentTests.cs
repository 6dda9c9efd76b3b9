using System.Text.Json;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests;

/// <summary>
/// docs/ERRORS.md is the list of every error a user can meet: each table row marked <c>&lt;!-- errors: KIND --&gt;</c>
/// is an input and its exact message, and this test feeds every input to the library and requires that message.
/// </summary>
public class ErrorsDocumentTests
{
    private static readonly string Document = File.ReadAllText(RepositoryFiles.Path("docs", "ERRORS.md"));

    public static TheoryData<string, string, string> FormulaRows => Rows("formula", 3);

    public static TheoryData<string, string, string> FileRows => Rows("file", 3);

    public static TheoryData<string, string, string> RunRows => Rows("run", 2);

    [Theory]
    [MemberData(nameof(FormulaRows))]
    public void Validate_DocumentedFormula_GivesTheDocumentedMessage(string kind, string formula, string message)
    {
        var file = $$"""{ "name": "t", "variables": { "a": "uniform(1, 2)", "x": {{JsonSerializer.Serialize(formula)}} }, "outputs": ["x"] }""";

        var error = Scenario.Validate(file).Should().ContainSingle(e => e.Message == message, $"ERRORS.md documents it for {formula}").Which;

        error.Kind.ToString().Should().Be(kind);
    }

    [Theory]
    [MemberData(nameof(FileRows))]
    public void Validate_DocumentedFile_GivesTheDocumentedMessage(string kind, string file, string message)
    {
        var error = Scenario.Validate(file).Should().ContainSingle(e => e.Message == message, $"ERRORS.md documents it for {file}").Which;

        error.Kind.ToString().Should().Be(kind);
    }

    [Theory]
    [MemberData(nameof(RunRows))]
    public void Run_DocumentedFile_StopsWithTheDocumentedMessage(string file, string message, string unused)
    {
        _ = unused;
        var scenario = Scenario.Parse(file);

        var act = () => scenario.Run(scenario.Options.WithSamples(1000).WithThreads(1));

        act.Should().Throw<SimulationException>().Which.Message.Should().Be(message);
    }

    public static TheoryData<string, string, string> CSharpRows => Rows("csharp", 3);

    /// <summary>The C# calls of section 5, by their text in the document.</summary>
    private static readonly Dictionary<string, Action> Calls = new()
    {
        ["Uncertain.Uniform(3, 1)"] = () => Uncertain.Uniform(3, 1),
        ["Uncertain.Beta(0, 1)"] = () => Uncertain.Beta(0, 1),
        ["SimulationOptions.Default.WithSamples(0)"] = () => SimulationOptions.Default.WithSamples(0),
        ["MarketStructure.CournotLerner(0.5, 1)"] = () => ScalingScenarios.Economics.MarketStructure.CournotLerner(0.5, 1),
        ["scenario.Variable(\"proft\")"] = () => Scenario.Parse("""{ "name": "t", "variables": { "profit": 1 }, "outputs": ["profit"] }""").Variable("proft"),
    };

    [Theory]
    [MemberData(nameof(CSharpRows))]
    public void Call_DocumentedCSharpCall_ThrowsTheDocumentedException(string call, string exception, string message)
    {
        var act = Calls.Should().ContainKey(call, "every call of section 5 has a test").WhoseValue;

        var thrown = act.Should().Throw<Exception>().Which;

        (thrown.GetType().Name, thrown.Message).Should().Be((exception, message));
    }

    [Fact]
    public void Document_EveryErrorKind_HasAtLeastOneRow()
    {
        var kinds = Rows("formula", 3).Concat(Rows("file", 3)).Select(row => (string)row[0]).ToHashSet();

        kinds.Should().BeEquivalentTo(Enum.GetNames<ScenarioErrorKind>());
    }

    /// <summary>The rows of the table that follows <c>&lt;!-- errors: KIND --&gt;</c>, cells without their backticks; short rows are padded.</summary>
    private static TheoryData<string, string, string> Rows(string kind, int columns)
    {
        var data = new TheoryData<string, string, string>();
        var lines = Document.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf($"<!-- errors: {kind} -->");
        start.Should().BeGreaterThanOrEqualTo(0, $"ERRORS.md has a table marked '{kind}'");
        foreach (var line in lines.Skip(start + 3).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = SplitRow(line);
            cells.Should().HaveCount(columns, line);
            var padded = cells.Select(Unquote).Concat(Enumerable.Repeat(string.Empty, 3)).ToArray();
            data.Add(padded[0], padded[1], padded[2]);
        }

        return data;
    }

    /// <summary>Splits a Markdown table row on '|' that are not escaped as '\|', and unescapes them.</summary>
    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        return cells;
    }

    private static string Unquote(string cell) => cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;
}
