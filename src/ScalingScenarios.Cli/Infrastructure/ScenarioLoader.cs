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
            return Decode(path, ReadBounded(path));
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

    /// <summary>
    /// The largest scenario file read, 16 MiB: more than ten times the largest file measured (a 1.2 MB file with 22,000
    /// variables, read in about a second; docs/reliability.md), and small enough that reading cannot exhaust memory
    /// (<c>validate /dev/zero</c> used to die with "Out of memory.").
    /// </summary>
    public const int MaxFileBytes = 16 << 20;

    /// <summary>Reads the file's bytes, at most <see cref="MaxFileBytes"/>; endless or huge files are refused without reading them whole.</summary>
    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw new CliInputException($"cannot read the scenario file '{path}': expected at most {MaxFileBytes / (1 << 20)} MiB; got more (a scenario file is text of a few kilobytes; is this the right file?).", path);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes UTF-8 strictly (a byte-order mark is skipped): an invalid byte is an error at its line and column, not a silent U+FFFD.</summary>
    private static string Decode(string path, byte[] bytes)
    {
        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        var chars = new char[text.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(text, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, charsWritten);
        }

        var before = text[..bytesRead];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        throw new CliInputException(
            $"cannot read the scenario file '{path}': expected UTF-8 text; got the byte 0x{text[bytesRead]:X2} at line {line}, column {column}, which is not valid UTF-8 (save the file as UTF-8).",
            path);
    }

    /// <summary>Reads and parses a scenario; every problem in the file becomes one line of the error message.</summary>
    /// <exception cref="CliInputException">The file cannot be read.</exception>
    /// <exception cref="ScenarioFileException">The file has errors.</exception>
    public static Scenario Load(string? path)
    {
        var text = ReadText(path);
        if (Scenario.TryParse(text, out var scenario, out var errors))
        {
            return scenario!;
        }

        throw new ScenarioFileException(path ?? "interview.json (embedded)", errors, text);
    }

    /// <summary>
    /// Lists errors as the CLI prints them (the core's <see cref="ScenarioErrorReport"/>): a header line, then each error with
    /// a bounded excerpt of the formula or, for a problem in the file's JSON, of the file's line, and a caret under the problem;
    /// at most <see cref="ScenarioErrorReport.MaxErrorsShown"/> errors, then a count of the rest.
    /// </summary>
    public static string DescribeErrors(string file, IReadOnlyList<ScenarioError> errors, string? text = null)
        => ScenarioErrorReport.Format(file, errors, text);
}
