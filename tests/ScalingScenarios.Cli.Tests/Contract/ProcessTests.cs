using System.Diagnostics;

namespace ScalingScenarios.Cli.Tests.Contract;

/// <summary>The tool as a real process: signals and file descriptors that the in-process runner cannot simulate.</summary>
public class ProcessTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "scaling-scenarios.dll");

    [Fact]
    public async Task Run_Sigterm_ExitsOneThirtyWithTheMessageAndNoOutput()
    {
        using var file = new TempScenario(RobustnessTests.SlowModel());
        using var process = Start("run", file.FilePath, "--samples", "1e7");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // Wait until the run is under way (start-up done, signal handler long registered): 1.5 s of CPU time.
        while (!process.HasExited && process.TotalProcessorTime < TimeSpan.FromSeconds(1.5))
        {
            await Task.Delay(50);
        }

        process.HasExited.Should().BeFalse("the model takes far longer than 1.5 s of CPU time");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue("the engine stops between chunks");
        process.ExitCode.Should().Be(130);
        (await stdout).Should().BeEmpty();
        (await stderr).Should().Be("error: cancelled; no result was written.\n");
    }

    [Theory]
    [InlineData("> /dev/full", "No space left on device")]
    [InlineData(">&-", "Bad file descriptor")]
    public void Tiers_StdoutFullOrClosed_IsOneLineErrorAndExitOne(string redirect, string reason)
    {
        var info = new ProcessStartInfo("bash", ["-c", $"exec {Quote(DotnetHost())} {Quote(Tool)} tiers {redirect}"]) { RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(1);
        stderr.Should().Be($"error: cannot write the output to stdout: {reason}\n");
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost(), [Tool, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(info)!;
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH under dotnet test), else 'dotnet' from PATH.</summary>
    private static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
