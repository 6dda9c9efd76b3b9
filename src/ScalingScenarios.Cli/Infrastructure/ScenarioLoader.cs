using System.Text;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Reads scenario files (the CLI does the file I/O; the core only parses text) .</summary>
internal static class ScenarioLoader
{
    /// <summary>The text of the built-in interview scenario: the core library's copy of samples/scenarios/interview.json.</summary>
    public static string InterviewJson => InterviewScenario.Json;

    /// <summary>Reads the text of a scenario file, or the embedded interview scenario when <paramref name="path"/> is null.</summary>
    /// <exception cref="CliInputException">The file cannot be read.</exception>
    public static string ReadText(string? path)
    {
        if (path is null)
        {
            return InterviewJson;
        }

        if (path == "-")
        {
            throw new CliInputException("'-' (standard input) is not supported as a scenario file: give the file's name, e.g. my-scenario.json.", path);
        }

        if (Directory.Exists(path))
        {
            throw new CliInputException($"'{path}' is a directory, not a scenario file: give the path of a .json file inside it.", path);
        }

        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"cannot read the scenario file '{path}': no such file (looked for {Path.GetFullPath(path)}).", path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliInputException($"cannot read the scenario file '{path}': {ex.Message}", path);
        }
    }

    /// <summary>Reads and parses a scenario; every problem in the file becomes one line of the error message.</summary>
    /// <exception cref="CliInputException">The file cannot be read or has errors.</exception>
    public static Scenario Load(string? path)
    {
        var text = ReadText(path);
        if (Scenario.TryParse(text, out var scenario, out var errors))
        {
            return scenario!;
        }

        throw new CliInputException(DescribeErrors(path ?? "interview.json (embedded)", errors, text), path);
    }

    /// <summary>
    /// Lists errors as the CLI prints them (the core's <see cref="ScenarioErrorReport"/>): a header line, then each error with
    /// a bounded excerpt of the formula or, for a problem in the file's JSON, of the file's line, and a caret under the problem;
    /// at most <see cref="ScenarioErrorReport.MaxErrorsShown"/> errors, then a count of the rest.
    /// </summary>
    public static string DescribeErrors(string file, IReadOnlyList<ScenarioError> errors, string? text = null)
        => ScenarioErrorReport.Format(file, errors, text);
}
