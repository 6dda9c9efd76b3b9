namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>A scenario file that does not parse: every error, located, for the text and the JSON error report (exit code 1).</summary>
/// <param name="file">The file as the user named it (or the embedded scenario's name).</param>
/// <param name="errors">The errors, in file order.</param>
/// <param name="text">The file's text, to show the line of a problem outside a formula.</param>
internal sealed class ScenarioFileException(string file, IReadOnlyList<ScenarioError> errors, string text)
    : Exception(ScenarioLoader.DescribeErrors(file, errors, text))
{
    /// <summary>The file as the user named it.</summary>
    public string File { get; } = file;

    /// <summary>The errors, in file order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
