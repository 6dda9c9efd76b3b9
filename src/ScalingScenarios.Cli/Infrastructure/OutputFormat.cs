namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people (the default of most commands).</summary>
    Table,

    /// <summary>One JSON object: the stable, machine-readable contract.</summary>
    Json,

    /// <summary>GitHub-flavoured Markdown.</summary>
    Markdown,

    /// <summary>Comma-separated values: raw numbers, a unit column, one table.</summary>
    Csv,
}
