using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using Spectre.Console;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Runs a scenario, showing a progress bar on a terminal when the run takes longer than about a second.</summary>
internal static class ScenarioRunner
{
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="scenario"/>; the progress display (on stderr) appears only on an interactive console and is cleared when the run ends.</summary>
    public static ScenarioResult Run(CliConsole console, Scenario scenario, SimulationOptions options, CancellationToken cancellationToken)
        => Run(console, scenario, progress => scenario.Run(options, progress, cancellationToken), cancellationToken);

    /// <summary>Runs <paramref name="work"/> (a run of <paramref name="scenario"/>, e.g. one that also exports its samples) with the same progress display.</summary>
    public static ScenarioResult Run(CliConsole console, Scenario scenario, Func<IProgress<double>, ScenarioResult> work, CancellationToken cancellationToken)
    {
        var progress = new LatestProgress();
        var run = Task.Run(() => work(progress), cancellationToken);
        if (console.IsInteractive && !run.Wait(ProgressDelay, cancellationToken))
        {
            console.Progress.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(Printable.Sanitize(scenario.Name)), maxValue: 1);
                    while (!run.Wait(TimeSpan.FromMilliseconds(100), cancellationToken))
                    {
                        task.Value = progress.Value;
                    }

                    task.Value = 1;
                });
        }

        return run.GetAwaiter().GetResult();
    }

    /// <summary>Keeps the latest fraction reported by the engine (thread-safe; reports come from worker threads).</summary>
    private sealed class LatestProgress : IProgress<double>
    {
        private double _value;

        public double Value => Volatile.Read(ref _value);

        public void Report(double value) => Volatile.Write(ref _value, value);
    }
}
