using Spectre.Console;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, errors to <see cref="Error"/>, tables through <see cref="Ansi"/>
/// (over <see cref="Out"/>) and progress through <see cref="Progress"/> (over <see cref="Error"/>, so stdout keeps only the result).
/// </summary>
internal sealed class CliConsole
{
    /// <summary>The table width used when the output is not a terminal and no width is given.</summary>
    public const int DefaultWidth = 160;

    /// <summary>Creates a console over two writers.</summary>
    /// <param name="output">Standard output: results only.</param>
    /// <param name="error">Standard error: messages and progress.</param>
    /// <param name="interactive">True when a person watches a terminal: progress displays and colours are allowed.</param>
    /// <param name="width">The width tables must fit, in columns.</param>
    public CliConsole(TextWriter output, TextWriter error, bool interactive, int width = DefaultWidth)
    {
        Out = output;
        Error = error;
        IsInteractive = interactive;
        Width = Math.Max(width, 20);
        Ansi = Create(output, interactive, Width);
        Progress = Create(error, interactive, Width);
    }

    /// <summary>Standard output: results only.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: messages about failures, and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>True when output goes to a terminal (progress displays and colours are allowed).</summary>
    public bool IsInteractive { get; }

    /// <summary>The width, in columns, that tables must fit.</summary>
    public int Width { get; }

    /// <summary>Spectre.Console's view of <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>Spectre.Console's view of <see cref="Error"/>, for progress bars and status spinners.</summary>
    public IAnsiConsole Progress { get; }

    /// <summary>The console of the running process; the width is the terminal's, else <c>COLUMNS</c>, else <see cref="DefaultWidth"/>.</summary>
    public static CliConsole FromProcess()
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        return new(Console.Out, Console.Error, interactive, TerminalWidth(interactive));
    }

    /// <summary>The same console writing its results to <paramref name="output"/> instead (the tool buffers stdout until a command succeeds).</summary>
    public CliConsole WithOutput(TextWriter output) => new(output, Error, IsInteractive, Width);

    private static int TerminalWidth(bool interactive)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            return columns;
        }

        try
        {
            return interactive && Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }

    private static IAnsiConsole Create(TextWriter writer, bool interactive, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
