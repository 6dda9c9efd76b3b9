using System.CommandLine;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// The base of every command of the tool: a System.CommandLine <see cref="Command"/> that owns its options and runs as
/// parse → library call → write.
/// </summary>
/// <remarks>
/// <para>To add a command (see also the README's "Adding a command"):</para>
/// <list type="number">
/// <item>Write <c>Commands/XCommand.cs</c>: <c>internal sealed class XCommand : CliCommand</c> with its options as
/// <c>private readonly Option&lt;T&gt;</c> fields, each with a <see cref="ValueParsers"/> parser (so a wrong value is a
/// usage error naming the option), a <c>HelpName</c> and a description that gives the default and the unit.</item>
/// <item>In the constructor: <c>base("x", "what it does")</c>, <c>Options.Add(field)</c> for each option,
/// <see cref="AddFormat"/> for <c>--format</c>, and the shared sets (<see cref="ScenarioRunOptions"/>:
/// <c>--samples</c>, <c>--seed</c>, <c>--threads</c>; <see cref="Commands.ScalingOptions"/>: fit and hardware) with their
/// <c>AddTo(this)</c>; then <see cref="AddExamples"/> with command lines that work for someone who has only the tool.</item>
/// <item>Override <see cref="Execute"/>: read values with <c>parse.GetValue(field)</c>, call the library, write the result
/// with <see cref="Output"/> to <see cref="CliContext.Console"/> and return <see cref="ExitCodes.Ok"/>. Throw
/// <see cref="CliInputException"/> (or let the library's <see cref="ArgumentException"/> through) for invalid input:
/// <see cref="CliApp"/> turns it into exit code 1 with the message on stderr and nothing on stdout; throw
/// <see cref="CliUsageException"/> for a command-line mistake only the command can see (exit code 2).</item>
/// <item>Register it in <see cref="CliApp.CreateCommands"/> and add a row to the table-driven test
/// <c>CommandLineContractTests</c> and to the README's command table.</item>
/// </list>
/// <para>Nothing here uses reflection: options are plain objects, JSON goes through <c>Reporting.JsonOutput</c>, so the
/// tool trims and compiles with Native AOT.</para>
/// </remarks>
internal abstract class CliCommand : Command
{
    private readonly List<string> _examples = [];
    private OutputFormat _defaultFormat = OutputFormat.Table;

    /// <summary>Creates a command.</summary>
    /// <param name="name">The word that selects it.</param>
    /// <param name="description">One sentence for the help: what it computes or shows.</param>
    protected CliCommand(string name, string description)
        : base(name, description)
    {
    }

    /// <summary>The <c>--format</c> option, when the command has one (errors are then JSON too under <c>--format json</c>).</summary>
    public Option<OutputFormat>? FormatOption { get; private set; }

    /// <summary>Command lines shown under "Examples" in the help, without the tool's name.</summary>
    public IReadOnlyList<string> Examples => _examples;

    /// <summary>Runs the command after a successful parse.</summary>
    /// <param name="parse">The parse result, to read option values from.</param>
    /// <param name="context">Where to write, and the cancellation token.</param>
    /// <returns>The exit code: <see cref="ExitCodes.Ok"/>, or <see cref="ExitCodes.InvalidInput"/> when the command printed its own errors.</returns>
    public abstract int Execute(ParseResult parse, CliContext context);

    /// <summary>The format chosen with <c>--format</c>, or its default.</summary>
    public OutputFormat FormatOf(ParseResult parse)
        => FormatOption is null || parse.GetResult(FormatOption) is null ? _defaultFormat : parse.GetValue(FormatOption);

    /// <summary>Adds <c>--format</c> with the given choices; the first is the default.</summary>
    protected Option<OutputFormat> AddFormat(params OutputFormat[] choices)
    {
        OutputFormat[] all = choices.Length == 0 ? [OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Csv] : choices;
        _defaultFormat = all[0];
        FormatOption = CommonOptions.Format(all);
        Options.Add(FormatOption);
        return FormatOption;
    }

    /// <summary>Adds example command lines (without the tool's name) to the help.</summary>
    protected void AddExamples(params string[] commandLines) => _examples.AddRange(commandLines);
}
