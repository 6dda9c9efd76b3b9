using System.Text;

namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>Issue 11, classes 6 and 7 on the CLI side: cancellation, output that cannot be written, hostile bytes, and messages that blame the right thing.</summary>
public class RobustnessTests
{
    private static readonly string Interview = RepositoryFiles.Path("samples", "scenarios", "interview.json");

    /// <summary>A one-output model of 200 chained exp/log steps: seconds per million samples, little memory (see <see cref="SlowModel"/>).</summary>
    public static string SlowModel()
    {
        var variables = string.Join(", ", Enumerable.Range(1, 200).Select(i => $"\"x{i}\": \"exp(log(x{i - 1}) * 0.999)\""));
        return $$"""{ "name": "slow", "variables": { "x0": "lognormal(0, 0.1)", {{variables}} }, "outputs": ["x200"] }""";
    }

    [Fact]
    public void Run_CancelledMidRun_ExitsOneThirtyWithNoPartialOutput()
    {
        // The run takes several seconds (1e7 samples of 400 exp/log steps; a faster engine made 1e6 finish in about the
        // 300 ms the token waits), so it is still going when the token fires (cancellation is checked between chunks).
        using var file = new TempScenario(SlowModel());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var result = CliRunner.RunWith(120, cancellation.Token, "run", file.FilePath, "--samples", "1e7", "--threads", "1");

        result.ExitCode.Should().Be(130);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: cancelled; no result was written.\n");
    }

    [Fact]
    public void Run_CancelledWithJsonFormat_ReportsCancellationAsJson()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = CliRunner.RunWith(120, cancelled.Token, "run", "--format", "json");

        result.ExitCode.Should().Be(130);
        result.Out.Should().BeEmpty();
        System.Text.Json.JsonDocument.Parse(result.Error).RootElement.GetProperty("error").GetProperty("kind").GetString().Should().Be("cancelled");
    }

    [Theory]
    [InlineData("No space left on device")]
    [InlineData("Broken pipe")]
    public void Output_CannotBeWritten_IsOneLineErrorAndExitOne(string reason)
    {
        using var stderr = new StringWriter { NewLine = "\n" };
        var console = new Infrastructure.CliConsole(new FailingWriter(reason), stderr, interactive: false);

        var exitCode = CliApp.Run(["tiers"], console);

        exitCode.Should().Be(1);
        stderr.ToString().Should().Be($"error: cannot write the output to stdout: {reason}\n");
    }

    [Fact]
    public void StdoutAndStderrBothUnwritable_ExitsOneWithoutThrowing()
    {
        var console = new Infrastructure.CliConsole(new FailingWriter("No space left on device"), new FailingWriter("Bad file descriptor"), interactive: false);

        var exitCode = CliApp.Run(["tiers"], console);

        exitCode.Should().Be(1);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("csv")]
    [InlineData("json")]
    public void Run_EscapeAndNulBytesFromAFile_NeverReachTheTerminalRaw(string format)
    {
        // A title that would retitle the terminal, a description that would clear the screen, a unit with a NUL.
        using var file = new TempScenario("""
            {
              "name": "evil\u001b]0;pwned\u0007",
              "variables": { "a": "uniform(1, 2)" },
              "outputs": ["a"],
              "descriptions": { "a": "clears \u001b[2J the screen" },
              "units": { "a": "x\u0000y" }
            }
            """);

        var result = CliRunner.Run("run", file.FilePath, "--samples", "100", "--format", format);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotContain("\u001b").And.NotContain("\0").And.NotContain("\u0007");
        result.Out.Should().Contain(format == "json" ? "\\u001B" : "\\u001B", "the escape is shown, not dropped silently");
    }

    [Fact]
    public void Error_EscapeBytesInAFile_AreShownNotSent()
    {
        using var file = new TempScenario("{ \"name\": \"x\", \"variables\": { \"a\": \"uniform(1, 2)\" }, \"outputs\": [\"a\u001b[2J\"] }");

        var result = CliRunner.Run("run", file.FilePath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().NotContain("\u001b");
    }

    [Fact]
    public void Eval_EscapeInTheExpression_IsNotEchoedRaw()
    {
        var result = CliRunner.Run("eval", "1 +\u001b[2J 2");

        result.ExitCode.Should().Be(1);
        result.Error.Should().NotContain("\u001b");
    }

    [Fact]
    public void Compute_OverflowingParameters_BlamesTheOptionTheUserTyped()
    {
        // 20 tokens per parameter x 1e308 parameters overflows to infinity: the user typed --parameters, not --tokens.
        var result = CliRunner.Run("compute", "--parameters", "1e308");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --parameters: the tokens computed from it: ").And.NotContain("--tokens").And.NotContain("Parameter '");
    }

    [Fact]
    public void Compute_TypedOption_IsBlamedDirectly()
        => CliRunner.Run("compute", "--parameters", "70e9", "--tokens", "-1").Error.Should().StartWith("error: --tokens: ").And.NotContain("Parameter '");

    [Fact]
    public void Compare_FailureDuringTheRun_SaysWhichFile()
    {
        using var bad = new TempScenario("""{ "name": "x", "variables": { "market": "normal(0, 1)", "b": "log(market)" }, "outputs": ["market", "b"] }""");

        var result = CliRunner.Run("compare", Interview, bad.FilePath, "--samples", "1000");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith($"error: {bad.FilePath}: 'b' produced NaN");
    }

    [Fact]
    public void Compare_InvalidSecondFile_SaysWhichFile()
    {
        using var bad = new TempScenario("""{ "name": "x", "variables": { "a": "unifrom(1, 2)" }, "outputs": ["a"] }""");

        var result = CliRunner.Run("compare", Interview, bad.FilePath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith($"error: {bad.FilePath}: 1 error\n");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("sensitivity")]
    public void Directory_AsTheFile_GetsAPlainMessage(string command)
    {
        var directory = Path.GetTempPath().TrimEnd('/');

        var result = CliRunner.Run(command, directory);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be($"error: '{directory}' is a directory, not a scenario file: give the path of a .json file inside it.\n");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("sensitivity")]
    public void Dash_AsTheFile_GetsAPlainMessage(string command)
    {
        var result = CliRunner.Run(command, "-");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: '-' (standard input) is not supported as a scenario file: give the file's name, e.g. my-scenario.json.\n");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public void EndlessFile_IsRefusedAtTheSizeLimit_NotReadUntilMemoryRunsOut(string command)
    {
        // /dev/zero never ends: before the 16 MiB limit, reading it whole died with "Out of memory." (exit 134).
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var result = CliRunner.Run(command, "/dev/zero");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: cannot read the scenario file '/dev/zero': expected at most 16 MiB; got more (a scenario file is text of a few kilobytes; is this the right file?).\n");
    }

    [Fact]
    public void InvalidUtf8_IsAnErrorAtItsLineAndColumn_NotAReplacementCharacter()
    {
        // Line 2 is ` "variables": {"a":"1 ` then the lone lead byte 0xC3 at column 23, which no continuation byte follows.
        using var bad = new TempScenario("{ \"name\": \"t\",\n \"variables\": {\"a\":\"1 ");
        File.WriteAllBytes(bad.FilePath, [.. File.ReadAllBytes(bad.FilePath), 0xC3, .. "\"}, \"outputs\": [\"a\"] }"u8.ToArray()]);

        var result = CliRunner.Run("validate", bad.FilePath, "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain($"cannot read the scenario file '{bad.FilePath}': expected UTF-8 text; got the byte 0xC3 at line 2, column 23, which is not valid UTF-8 (save the file as UTF-8).");
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        using var file = new TempScenario("""{ "name": "t", "variables": { "a": "1" }, "outputs": ["a"] }""");
        File.WriteAllBytes(file.FilePath, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file.FilePath)]);

        CliRunner.Run("validate", file.FilePath).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Compare_DirectoryAsSecondFile_NamesIt()
        => CliRunner.Run("compare", Interview, Path.GetTempPath()).Error.Should().Contain("is a directory, not a scenario file");

    /// <summary>A stdout that fails as a full disk or a closed pipe does.</summary>
    private sealed class FailingWriter(string reason) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException(reason);

        public override void Write(string? value) => throw new IOException(reason);
    }
}
