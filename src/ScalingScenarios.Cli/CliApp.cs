using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Reflection;
using ScalingScenarios.Cli.Commands;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Cli;

/// <summary>The command tree of <c>scaling-scenarios</c>, its strict parsing, and the one mapping of failures to exit codes.</summary>
/// <remarks>
/// Exit codes: 0 success; 1 the input is wrong (file, formula, value out of range, nothing to compute); 2 the command line
/// is wrong (unknown command or option, extra argument, value of the wrong type, missing argument); 130 cancelled.
/// A command's stdout is buffered and written only when it succeeds, so stdout is empty whenever the exit code is not 0.
/// </remarks>
internal static class CliApp
{
    /// <summary>The tool's name, as in help and messages.</summary>
    public const string ToolName = "scaling-scenarios";

    /// <summary>The commands, in the order the help lists them. Add a new command here.</summary>
    public static IReadOnlyList<CliCommand> CreateCommands() =>
    [
        new RunCommand(),
        new ValidateCommand(),
        new CompareCommand(),
        new SensitivityCommand(),
        new ReportCommand(),
        new CheckCommand(),
        new TiersCommand(),
        new ComputeCommand(),
        new ClaimsCommand(),
        new FunctionsCommand(),
        new SchemaCommand(),
        new EvalCommand(),
        new InitCommand(),
    ];

    /// <summary>The tool's version: the informational version of this assembly (e.g. <c>0.1.0+abc123</c>).</summary>
    public static string Version
        => typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
            ?? "unknown";

    /// <summary>Runs the tool in-process (tests use this with captured writers).</summary>
    /// <param name="args">The command line, without the tool's name.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C or SIGTERM.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        try
        {
            return RunUnguarded(args, console, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // stderr itself cannot be written (closed or full): nothing more can be said; the exit code says it.
            return ExitCodes.InvalidInput;
        }
    }

    private static int RunUnguarded(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var versionOption = new Option<bool>("--version") { Description = "Prints the tool's version.", Arity = ArgumentArity.Zero };
        var root = CreateRoot(console.Width, versionOption);
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var buffer = new StringWriter { NewLine = "\n" };
        int code;
        if (parse.Action is HelpAction)
        {
            parse.Invoke(new InvocationConfiguration { Output = buffer, Error = console.Error, EnableDefaultExceptionHandler = false });
            WriteExamples(parse.CommandResult.Command, buffer);
            code = ExitCodes.Ok;
        }
        else if (parse.Errors.Count > 0 || UsageErrors.OptionTakenAsArgument(parse) is not null)
        {
            var (message, hint) = UsageErrors.Describe(parse, ToolName);
            new ErrorReport(ExitCodes.Usage, message) { Hint = hint }.WriteTo(console.Error, WantsJson(parse));
            return ExitCodes.Usage;
        }
        else if (parse.CommandResult.Command is CliCommand command)
        {
            var context = new CliContext(console.WithOutput(buffer), cancellationToken);
            code = Execute(command, parse, context, WantsJson(parse));
            if (code != ExitCodes.Ok && context.OutputOnFailure)
            {
                // validate --format json: the verdict with its errors is the result, on stdout, with exit code 1.
                return Flush(buffer, console) == ExitCodes.Ok ? code : ExitCodes.InvalidInput;
            }
        }
        else if (parse.GetValue(versionOption))
        {
            buffer.Write($"{ToolName} {Version}\n");
            code = ExitCodes.Ok;
        }
        else
        {
            console.Error.WriteLine($"error: no command given; expected one of {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            console.Error.WriteLine($"Run '{ToolName} --help' for the commands.");
            return ExitCodes.Usage;
        }

        return code == ExitCodes.Ok ? Flush(buffer, console) : code;
    }

    private static RootCommand CreateRoot(int width, Option<bool> versionOption)
    {
        var root = new RootCommand("Explicit, checkable, probabilistic models of the claims about AI scaling laws and AI economics.");
        root.Directives.Clear();
        foreach (var builtIn in root.Options.OfType<VersionOption>().ToList())
        {
            root.Options.Remove(builtIn);
        }

        root.Options.Add(versionOption);
        root.SetAction(_ => ExitCodes.Ok);
        foreach (var command in CreateCommands())
        {
            root.Subcommands.Add(command);
        }

        var help = (HelpAction)root.Options.OfType<HelpOption>().Single().Action!;
        help.MaxWidth = Math.Max(width, 40);
        return root;
    }

    /// <summary>Appends the command's examples (for the root: each command's first) to its help.</summary>
    private static void WriteExamples(Command command, TextWriter output)
    {
        IReadOnlyList<string> examples = command is CliCommand cli
            ? cli.Examples
            : [.. command.Subcommands.OfType<CliCommand>().Select(c => c.Examples.Count > 0 ? c.Examples[0] : null).OfType<string>()];
        if (examples.Count == 0)
        {
            return;
        }

        output.Write("Examples:\n");
        foreach (var example in examples)
        {
            output.Write($"  {ToolName} {example}\n");
        }

        output.Write('\n');
    }

    internal static int Execute(CliCommand command, ParseResult parse, CliContext context, bool json)
    {
        var typed = parse.CommandResult.Children.OfType<OptionResult>()
            .Where(o => !o.Implicit && o.IdentifierToken is not null)
            .Select(o => o.IdentifierToken!.Value)
            .ToHashSet(StringComparer.Ordinal);
        var error = context.Console.Error;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return command.Execute(parse, context);
        }
        catch (Exception ex) when (IsCancellation(ex, context.CancellationToken))
        {
            new ErrorReport(ExitCodes.Cancelled, "cancelled; no result was written.").WriteTo(error, json);
            return ExitCodes.Cancelled;
        }
        catch (CliUsageException ex)
        {
            new ErrorReport(ExitCodes.Usage, ex.Message) { Hint = ex.Hint }.WriteTo(error, json);
            return ExitCodes.Usage;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1 && IsInputError(ex.InnerExceptions[0]))
        {
            ErrorReport.ForInput(ex.InnerExceptions[0], typed).WriteTo(error, json);
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            ErrorReport.ForInput(ex, typed).WriteTo(error, json);
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last resort: an exception that no input should cause is a bug. Say so in one line instead of crashing with
            // a stack trace (exit 134), and keep stdout empty; the type and message are what a bug report needs.
            new ErrorReport(ExitCodes.InternalError, $"internal error ({ex.GetType().Name}): {Printable.Sanitize(ex.Message.Split('\n')[0])} This is a bug in scaling-scenarios; please report it with the command line and the file that caused it.").WriteTo(error, json);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>True when the command line asks for <c>--format json</c> (then errors are JSON too), even if something else on it is wrong.</summary>
    private static bool WantsJson(ParseResult parse)
        => parse.CommandResult.Command is CliCommand { FormatOption: { } format }
            && parse.GetResult(format) is { Tokens: [{ Value: var value }] }
            && string.Equals(value.Trim(), "json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the buffered result to stdout; a closed pipe or a full disk is a one-line error (exit 1).</summary>
    private static int Flush(StringWriter buffer, CliConsole console)
    {
        try
        {
            console.Out.Write(buffer.ToString());
            console.Out.Flush();
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk (ENOSPC) or a closed stdout (EBADF, which .NET reports as access denied). A reader that
            // closed the pipe (EPIPE) is not an error: .NET drops the rest of the output, as `head` expects.
            var reason = ex.InnerException is IOException inner ? inner.Message : ex.Message;
            WriteSafely(console.Error, $"error: cannot write the output to stdout: {reason}");
            return ExitCodes.InvalidInput;
        }
    }

    private static void WriteSafely(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // stderr is gone too; the exit code is all that is left.
        }
    }

    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken)
        => cancellationToken.IsCancellationRequested
            && (ex is OperationCanceledException || ex is AggregateException { InnerExceptions: var inner } && inner.All(e => e is OperationCanceledException));

    private static bool IsInputError(Exception ex)
        => ex is ArgumentException or FormatException or CliInputException or ScenarioFileException or InvalidDataException
            or FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException
            or ScenarioException or SimulationException or IOException or UnauthorizedAccessException;
}
