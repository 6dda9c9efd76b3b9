namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>A command-line mistake that only the command can see (e.g. too few scenarios for <c>compare</c>): exit code 2.</summary>
/// <param name="message">The message, in the user's words.</param>
/// <param name="hint">Where to read more, e.g. "Run 'scaling-scenarios compare --help' for the options."</param>
internal sealed class CliUsageException(string message, string hint) : Exception(message)
{
    /// <summary>Where to read more.</summary>
    public string Hint { get; } = hint;
}
