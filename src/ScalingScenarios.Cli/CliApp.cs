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
        new CheckCommand(),
        new TiersCommand(),
        new ComputeCommand(),
        new ClaimsCommand(),
        new FunctionsCommand(),
        new SchemaCommand(),
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
            console.Error.WriteLine($"error: {message}");
            console.Error.WriteLine(hint);
            return ExitCodes.Usage;
        }
        else if (parse.CommandResult.Command is CliCommand command)
        {
            code = Execute(command, parse, console.WithOutput(buffer), cancellationToken);
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

    private static int Execute(CliCommand command, ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var typed = parse.CommandResult.Children.OfType<OptionResult>()
            .Where(o => !o.Implicit && o.IdentifierToken is not null)
            .Select(o => o.IdentifierToken!.Value)
            .ToHashSet(StringComparer.Ordinal);
        try
        {
            return command.Execute(parse, new CliContext(console, cancellationToken));
        }
        catch (Exception ex) when (IsCancellation(ex, cancellationToken))
        {
            console.Error.WriteLine("error: cancelled; no result was written.");
            return ExitCodes.Cancelled;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1 && IsInputError(ex.InnerExceptions[0]))
        {
            console.Error.WriteLine($"error: {Printable.Sanitize(ErrorMessages.ForInputError(ex.InnerExceptions[0], typed))}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            console.Error.WriteLine($"error: {Printable.Sanitize(ErrorMessages.ForInputError(ex, typed))}");
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>Writes the buffered result to stdout; a closed pipe or a full disk is a one-line error (exit 1).</summary>
    private static int Flush(StringWriter buffer, CliConsole console)
    {
        try
        {
            console.Out.Write(buffer.ToString());
            console.Out.Flush();
            return ExitCodes.Ok;
        }
        catch (IOException ex)
        {
            console.Error.WriteLine($"error: cannot write the output: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken)
        => cancellationToken.IsCancellationRequested
            && (ex is OperationCanceledException || ex is AggregateException { InnerExceptions: var inner } && inner.All(e => e is OperationCanceledException));

    private static bool IsInputError(Exception ex)
        => ex is ArgumentException or FormatException or CliInputException or InvalidDataException
            or FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException
            or ScenarioException or SimulationException or IOException or UnauthorizedAccessException;
}
