using System.CommandLine;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Options that several commands share, defined once.</summary>
internal static class CommonOptions
{
    /// <summary>The word of each output format on the command line.</summary>
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.Markdown => "markdown",
        OutputFormat.Csv => "csv",
        _ => "table",
    };

    /// <summary><c>--format</c> with the given choices; the first is the default.</summary>
    public static Option<OutputFormat> Format(IReadOnlyList<OutputFormat> choices)
    {
        var names = string.Join(", ", choices.Select(Name));
        return new Option<OutputFormat>("--format")
        {
            HelpName = "FORMAT",
            Description = $"Output format: {names} (default {Name(choices[0])}). json is a stable contract: one object, camelCase names, numbers as numbers; csv has raw numbers and a unit column.",
            CustomParser = ValueParsers.Choice([.. choices.Select(c => (Name(c), c))]),
        };
    }
}
