using ScalingScenarios.Cli.Infrastructure;

namespace ScalingScenarios.Cli.Tests;

/// <summary>Runs the tool in-process with captured output, as a user at a non-interactive shell would see it.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args) => RunAt(CliConsole.DefaultWidth, args);

    /// <summary>Runs with tables fitted to a terminal of <paramref name="width"/> columns.</summary>
    public static CliResult RunAt(int width, params string[] args) => RunWith(width, CancellationToken.None, args);

    /// <summary>Runs with a cancellation token (as Ctrl+C or SIGTERM would cancel it).</summary>
    public static CliResult RunWith(int width, CancellationToken cancellationToken, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(stdout, stderr, interactive: false, width), cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Runs the real tool as a separate process started in the repository's root, so relative file names read as a user typed them.</summary>
public static class ToolProcess
{
    public static async Task<CliResult> RunAsync(IEnumerable<string> args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scaling-scenarios.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, (await stdout).ReplaceLineEndings("\n"), stderr.ReplaceLineEndings("\n"));
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public System.Text.Json.JsonElement Json() => System.Text.Json.JsonDocument.Parse(Out).RootElement;
}
