namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people (the default).</summary>
    Table,

    /// <summary>One JSON object: the stable, machine-readable contract.</summary>
    Json,

    /// <summary>GitHub-flavoured Markdown.</summary>
    Markdown,

    /// <summary>Comma-separated values.</summary>
    Csv,
}
