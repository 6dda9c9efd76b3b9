using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <content>The machine-readable renderings of a result: a raw-number CSV and the JSON contract of <c>run</c>.</content>
public sealed partial class ScenarioResult
{
    /// <summary>The columns of <see cref="ToCsv"/>, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } = ["output", "mean", "stdDev", "min", "max", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "unit", "description"];

    /// <summary>One CSV row per output: name, the statistics as raw round-trip numbers (empty when not finite), unit and description.</summary>
    /// <returns>The CSV text with "\n" line ends.</returns>
    public string ToCsv()
        => new TextTable(
            Scenario.Name,
            CsvColumns,
            Scenario.Outputs.Zip(_outputs).Select(p =>
            {
                var (v, s) = p;
                return new[] { s.Mean, s.StdDev, s.Min, s.Max, s.P5, s.P10, s.P25, s.P50, s.P75, s.P90, s.P95 }
                    .Select(x => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty)
                    .Prepend(v.Name)
                    .Append(v.Unit ?? string.Empty)
                    .Append(v.Description ?? string.Empty);
            })).ToCsv();

    /// <summary>
    /// Writes the JSON contract of <c>run</c>: <c>scenario</c>, <c>samples</c>, <c>seed</c> and <c>outputs</c>, one object
    /// per output with <c>mean</c>, <c>stdDev</c>, <c>min</c>, <c>max</c>, <c>p5</c> … <c>p95</c>, then its <c>unit</c> and
    /// <c>description</c> when the file gives them; then <c>branches</c> for a scenario with branches.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("scenario", Scenario.Name);
        writer.WriteNumber("samples", Samples);
        writer.WriteNumber("seed", Seed);
        writer.WriteStartObject("outputs");
        foreach (var (variable, summary) in Scenario.Outputs.Zip(_outputs))
        {
            writer.WritePropertyName(variable.Name);
            WriteStatistics(writer, summary, variable.Unit, variable.Description);
        }

        writer.WriteEndObject();
        if (Branches is { } branches)
        {
            // Additive to the contract: present only for scenarios with branches.
            writer.WritePropertyName("branches");
            branches.WriteJson(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>The JSON object as text (see <see cref="WriteJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <summary>Writes one summary's statistics in the order of the JSON contract, then the unit and description when given.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="unit">The unit, or null to leave it out.</param>
    /// <param name="description">The description, or null to leave it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="summary"/> is null.</exception>
    public static void WriteStatistics(Utf8JsonWriter writer, Summary summary, string? unit = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteStartObject();
        writer.WriteDouble("mean", summary.Mean);
        writer.WriteDouble("stdDev", summary.StdDev);
        writer.WriteDouble("min", summary.Min);
        writer.WriteDouble("max", summary.Max);
        writer.WriteDouble("p5", summary.P5);
        writer.WriteDouble("p10", summary.P10);
        writer.WriteDouble("p25", summary.P25);
        writer.WriteDouble("p50", summary.P50);
        writer.WriteDouble("p75", summary.P75);
        writer.WriteDouble("p90", summary.P90);
        writer.WriteDouble("p95", summary.P95);
        writer.WriteOptional("unit", unit);
        writer.WriteOptional("description", description);
        writer.WriteEndObject();
    }
}
