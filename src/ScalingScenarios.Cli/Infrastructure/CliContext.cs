namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>What a running command gets besides its parsed options: where to write, and the cancellation token.</summary>
/// <param name="Console">The console; its <see cref="CliConsole.Out"/> is buffered and reaches stdout only if the command succeeds.</param>
/// <param name="CancellationToken">Cancelled by Ctrl+C or SIGTERM.</param>
internal sealed record CliContext(CliConsole Console, CancellationToken CancellationToken);
