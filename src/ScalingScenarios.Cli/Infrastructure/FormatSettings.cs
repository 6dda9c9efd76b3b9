using System.ComponentModel;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>The option every command shares: <c>--format</c>.</summary>
internal class FormatSettings : CommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: [green]table[/] (default), [green]json[/] (stable contract), [green]markdown[/] or [green]csv[/].")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}
