using System.Runtime.InteropServices;
using ScalingScenarios.Cli;
using ScalingScenarios.Cli.Infrastructure;

// Ctrl+C (SIGINT) and SIGTERM cancel the command: the engine stops between chunks, the progress display is cleared,
// nothing reaches stdout and the exit code is 130. A second Ctrl+C ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return CliApp.Run(args, CliConsole.FromProcess(), cancellation.Token);
