namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>
/// Every example in every command's help works for someone who has only the tool: after <c>init</c> has written the
/// built-in scenario and the samples, each example exits 0 with nothing on stderr.
/// </summary>
public class HelpExamplesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in CliApp.CreateCommands().SelectMany(c => c.Examples))
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_AfterInit_ExitsZero(string example)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"examples-{Guid.NewGuid():N}");
        try
        {
            CliRunner.Run("init", folder).ExitCode.Should().Be(0);
            // The words as a shell passes them, without a redirection; file names resolve in the init folder (the
            // in-process runner cannot change the working folder), and a bare 'init' writes there too.
            var words = CommandLineWords.Split(example).TakeWhile(w => w != ">").ToList();
            var args = words.Select(w => HasFileExtension(w) || (words[0] == "init" && w == "my-scenarios") ? Path.Combine(folder, w) : w).ToList();
            if (args is ["init"])
            {
                args.Add(Path.Combine(folder, "here"));
            }

            var result = CliRunner.Run([.. args]);

            result.ExitCode.Should().Be(0, $"'scaling-scenarios {example}' is shown in the help; stderr: {result.Error}");
            result.Error.Should().BeEmpty();
            result.Out.Should().NotBeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool HasFileExtension(string word)
        => word.EndsWith(".json", StringComparison.Ordinal) || word.EndsWith(".parquet", StringComparison.Ordinal) || word.EndsWith(".csv", StringComparison.Ordinal);
}
