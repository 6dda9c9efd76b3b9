using Spectre.Console;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors to <see cref="Error"/>, rich output through <see cref="Ansi"/>.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Out = output;
        Error = error;
        IsInteractive = interactive;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected or captured output: wide enough that tables never wrap mid-cell.
            Ansi.Profile.Width = 160;
        }
    }

    /// <summary>Standard output: results only.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: messages about failures.</summary>
    public TextWriter Error { get; }

    /// <summary>True when output goes to a terminal (progress displays and colours are allowed).</summary>
    public bool IsInteractive { get; }

    /// <summary>Spectre.Console's view of <see cref="Out"/>, for tables and progress.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>The console of the running process.</summary>
    public static CliConsole FromProcess()
        => new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
