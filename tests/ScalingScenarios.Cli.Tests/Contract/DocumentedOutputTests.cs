using System.Text.RegularExpressions;

namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>
/// Example outputs in the docs are the tool's real output: every block between <c>&lt;!-- output: ARGS --&gt;</c> and
/// <c>&lt;!-- /output --&gt;</c> is compared with running <c>scaling-scenarios ARGS</c>, so a change to a scenario or a
/// table cannot leave a stale example behind (the examples in docs/scenarios.md had gone stale before this test).
/// </summary>
/// <remarks>
/// A fenced block is compared without its fences. A block whose last line is <c>…</c> shows the first lines only. The
/// elapsed time and thread count of a run ("simulated in 0.098 s on 2 threads") depend on the machine and are masked.
/// </remarks>
public partial class DocumentedOutputTests
{
    private static readonly string[] Documents = ["scenarios.md", "argument.md", "cli.md"];

    public static TheoryData<string, string> Blocks()
    {
        var data = new TheoryData<string, string>();
        foreach (var (document, args, _) in Find())
        {
            data.Add(document, args);
        }

        return data;
    }

    [Fact]
    public void Docs_HaveExamples()
        => Find().Select(b => b.Document).Should().Contain("scenarios.md");

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task Example_IsWhatTheToolPrints(string document, string args)
    {
        var expected = Find().First(b => b.Document == document && b.Args == args).Text;

        var result = await ToolProcess.RunAsync(CommandLineWords.Split(args));

        result.ExitCode.Should().Be(0, result.Error);
        var actual = Mask(result.Out.TrimEnd('\n'));
        var lines = expected.Split('\n');
        if (lines[^1].Trim() == "…")
        {
            actual.Split('\n').Take(lines.Length - 1).Should().Equal(lines[..^1].Select(Mask), $"{document} shows the first lines of `scaling-scenarios {args}`");
        }
        else
        {
            actual.Should().Be(Mask(expected), $"{document} shows the output of `scaling-scenarios {args}`");
        }
    }

    private static IEnumerable<(string Document, string Args, string Text)> Find()
    {
        foreach (var document in Documents)
        {
            var path = RepositoryFiles.Path("docs", document);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (Match m in BlockPattern().Matches(File.ReadAllText(path).ReplaceLineEndings("\n")))
            {
                var lines = m.Groups["text"].Value.Split('\n').ToList();
                if (lines.Count >= 2 && lines[0].StartsWith("```", StringComparison.Ordinal) && lines[^1] == "```")
                {
                    lines = lines[1..^1];
                }

                yield return (document, m.Groups["args"].Value.Trim(), string.Join('\n', lines));
            }
        }
    }

    private static string Mask(string text) => ElapsedPattern().Replace(text, "simulated in (time) on (threads)");

    [GeneratedRegex(@"<!-- output: (?<args>[^\n]*?) -->\n(?<text>.*?)\n<!-- /output -->", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"simulated in [0-9.]+ s on [0-9]+ threads?")]
    private static partial Regex ElapsedPattern();
}
