using System.Text.Json;
using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// One failure as the tool reports it on stderr: the text <c>error: message</c> (plus a hint line), or with
/// <c>--format json</c> one JSON object <c>{"error": {"kind", "exitCode", "message", "file", "line", "column", "variable", …}}</c>.
/// </summary>
/// <param name="ExitCode">The exit code (1, 2 or 130).</param>
/// <param name="Message">The message, in the user's words.</param>
internal sealed record ErrorReport(int ExitCode, string Message)
{
    /// <summary>A second line with where to read more (usage errors), or null.</summary>
    public string? Hint { get; init; }

    /// <summary>The file the problem is in, or null.</summary>
    public string? File { get; init; }

    /// <summary>The variable the problem is in, or null.</summary>
    public string? Variable { get; init; }

    /// <summary>Every located error of a scenario file (empty otherwise).</summary>
    public IReadOnlyList<ScenarioError> Errors { get; init; } = [];

    /// <summary>The word for <see cref="ExitCode"/> in JSON: <c>invalidInput</c>, <c>usage</c>, <c>cancelled</c> or <c>internal</c>.</summary>
    public string Kind => ExitCode switch
    {
        ExitCodes.Usage => "usage",
        ExitCodes.Cancelled => "cancelled",
        ExitCodes.InternalError => "internal",
        _ => "invalidInput",
    };

    /// <summary>The report of an input error (exit 1), with the file and located errors when the exception carries them.</summary>
    public static ErrorReport ForInput(Exception ex, IReadOnlySet<string> typedOptions) => ex switch
    {
        ScenarioFileException file => new(ExitCodes.InvalidInput, file.Message) { File = file.File, Errors = file.Errors },
        CliInputException input => new(ExitCodes.InvalidInput, input.Message) { File = input.File },
        SimulationException simulation => new(ExitCodes.InvalidInput, simulation.Message) { Variable = VariableOf(simulation.NodeName) },
        ScenarioException scenario => new(ExitCodes.InvalidInput, scenario.Message) { Errors = scenario.Errors },
        _ => new(ExitCodes.InvalidInput, ErrorMessages.ForInputError(ex, typedOptions)),
    };

    /// <summary>Writes the report to stderr, as text or as one JSON object.</summary>
    public void WriteTo(TextWriter error, bool json)
    {
        if (!json)
        {
            error.WriteLine($"error: {Printable.Sanitize(Message)}");
            if (Hint is not null)
            {
                error.WriteLine(Hint);
            }

            return;
        }

        error.Write(JsonOutput.Write(WriteJson));
        error.Write('\n');
    }

    /// <summary>
    /// Writes <c>errorCount</c> and the <c>errors</c> array, at most <see cref="ScenarioErrorReport.MaxErrorsShown"/> of them
    /// (as the text shows), so that a small hostile file cannot produce an unbounded report.
    /// </summary>
    public static void WriteErrors(Utf8JsonWriter w, IReadOnlyList<ScenarioError> errors)
    {
        w.WriteNumber("errorCount", errors.Count);
        w.WriteStartArray("errors");
        foreach (var e in errors.Take(ScenarioErrorReport.MaxErrorsShown))
        {
            WriteError(w, e);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a scenario error as a JSON object (also the items of <c>validate</c>'s <c>errors</c> array).</summary>
    public static void WriteError(Utf8JsonWriter w, ScenarioError e)
    {
        w.WriteStartObject();
        w.WriteString("message", e.Message);
        w.WriteString("kind", char.ToLowerInvariant(e.Kind.ToString()[0]) + e.Kind.ToString()[1..]);
        WriteLocation(w, e);
        w.WriteString("expected", e.Expected);
        w.WriteString("found", e.Found);
        w.WriteOptional("hint", e.Hint);
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, ScenarioError e)
    {
        if (e.Line is { } line)
        {
            w.WriteNumber("line", line);
        }

        if (e.Column is { } column)
        {
            w.WriteNumber("column", column);
        }

        w.WriteOptional("variable", e.Variable);
        w.WriteOptional("field", e.Field);
        if (e.Position is { } position)
        {
            // The character within the variable's formula, counted from 1 as in the text message.
            w.WriteNumber("character", position);
        }
    }

    private static string VariableOf(string nodeName)
    {
        var colon = nodeName.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? nodeName[..colon] : nodeName;
    }

    private void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("kind", Kind);
        w.WriteNumber("exitCode", ExitCode);
        w.WriteString("message", Errors.Count > 0 ? Errors[0].Message : Message);
        w.WriteOptional("file", File);
        if (Errors.Count > 0)
        {
            WriteLocation(w, Errors[0]);
        }
        else
        {
            w.WriteOptional("variable", Variable);
        }

        w.WriteOptional("hint", Hint);
        if (Errors.Count > 0)
        {
            WriteErrors(w, Errors);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
