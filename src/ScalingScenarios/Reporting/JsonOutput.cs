using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScalingScenarios.Reporting;

/// <summary>
/// The one JSON writer of the library and the tool: <see cref="Utf8JsonWriter"/> with the output contract (indented,
/// "\n" line ends, non-ASCII text kept readable), plus helpers for numbers that may not be finite and for optional members.
/// </summary>
/// <remarks>
/// Result types write themselves through it (e.g. <c>WriteJson(Utf8JsonWriter)</c>) instead of reflection-based
/// serialization, so the tool stays trimming- and Native-AOT-safe. JSON has no NaN or infinity: such a value is written
/// as <c>null</c> (as JavaScript's <c>JSON.stringify</c> does), never as a failure, so a number field is always a
/// number or null.
/// </remarks>
public static class JsonOutput
{
    /// <summary>The writer options of the JSON contract: indented by two spaces, "\n" line ends, relaxed escaping.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document with <see cref="WriterOptions"/> and returns it as text.</summary>
    /// <param name="write">Writes exactly one JSON value (usually an object) to the writer it is given.</param>
    /// <returns>The JSON text, without a trailing newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is null.</exception>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes a number value; NaN and infinities become <c>null</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void WriteDoubleValue(this Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a named number; NaN and infinities become <c>null</c> as in <see cref="WriteDoubleValue"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="name"/> is null.</exception>
    public static void WriteDouble(this Utf8JsonWriter writer, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        writer.WritePropertyName(name);
        writer.WriteDoubleValue(value);
    }

    /// <summary>Writes a named number when there is one; leaves the property out when <paramref name="value"/> is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value, or null to write nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="name"/> is null.</exception>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        if (value is { } v)
        {
            writer.WriteDouble(name, v);
        }
    }

    /// <summary>Writes a named string when there is one; leaves the property out when <paramref name="value"/> is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value, or null to write nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="name"/> is null.</exception>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a named array of strings.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The strings, in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
