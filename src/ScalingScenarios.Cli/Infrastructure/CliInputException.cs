namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Invalid input found by the CLI itself (a missing file, a bad combination of options): exit code 1.</summary>
internal sealed class CliInputException(string message) : Exception(message);
