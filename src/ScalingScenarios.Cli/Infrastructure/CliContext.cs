namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>What a running command gets besides its parsed options: where to write, and the cancellation token.</summary>
/// <param name="console">The console; its <see cref="CliConsole.Out"/> is buffered and reaches stdout only if the command succeeds.</param>
/// <param name="cancellationToken">Cancelled by Ctrl+C or SIGTERM.</param>
internal sealed class CliContext(CliConsole console, CancellationToken cancellationToken)
{
    /// <summary>The console; its <see cref="CliConsole.Out"/> is buffered and reaches stdout only if the command succeeds.</summary>
    public CliConsole Console { get; } = console;

    /// <summary>Cancelled by Ctrl+C or SIGTERM.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>True when the command's output is its result even with exit code 1 (see <see cref="KeepOutputOnFailure"/>).</summary>
    public bool OutputOnFailure { get; private set; }

    /// <summary>
    /// Declares that what the command wrote is its result even when it returns <see cref="ExitCodes.InvalidInput"/>: the one
    /// exception to "nothing on stdout when the exit code is not 0", for <c>validate --format json</c>, whose verdict
    /// <c>{"valid": false, "errors": [...]}</c> is the output a script reads.
    /// </summary>
    public void KeepOutputOnFailure() => OutputOnFailure = true;
}
