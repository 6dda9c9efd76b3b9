using ScalingScenarios.Cli.Infrastructure;

namespace ScalingScenarios.Cli.Tests;

/// <summary>Runs the tool in-process with captured output, as a user at a non-interactive shell would see it.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(stdout, stderr, interactive: false));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public System.Text.Json.JsonElement Json() => System.Text.Json.JsonDocument.Parse(Out).RootElement;
}
