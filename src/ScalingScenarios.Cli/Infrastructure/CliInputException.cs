namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Invalid input found by the CLI itself (a missing file, a bad combination of options): exit code 1.</summary>
/// <param name="message">The message, in the user's words (options as typed, files as given).</param>
/// <param name="file">The file the problem is in, when there is one (for JSON errors).</param>
internal sealed class CliInputException(string message, string? file = null) : Exception(message)
{
    /// <summary>The file the problem is in, or null.</summary>
    public string? File { get; } = file;
}
