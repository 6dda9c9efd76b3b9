using System.Text.Json;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>Writes a <see cref="Summary"/> as the JSON contract of <c>run</c> names its statistics.</summary>
internal static class SummaryJson
{
    /// <summary>The statistic names, in the contract's order.</summary>
    public static readonly string[] Names = ["mean", "stdDev", "min", "max", "p5", "p10", "p25", "p50", "p75", "p90", "p95"];

    /// <summary>Writes { "mean", "stdDev", "min", "max", "p5" … "p95" } as a property of the current object.</summary>
    public static void Write(Utf8JsonWriter writer, string name, Summary summary)
    {
        writer.WriteStartObject(name);
        WriteBody(writer, summary);
        writer.WriteEndObject();
    }

    /// <summary>Writes the statistics into the current object.</summary>
    public static void WriteBody(Utf8JsonWriter writer, Summary summary)
    {
        Json.Number(writer, "mean", summary.Mean);
        Json.Number(writer, "stdDev", summary.StdDev);
        Json.Number(writer, "min", summary.Min);
        Json.Number(writer, "max", summary.Max);
        if (summary.HasPercentiles)
        {
            Json.Number(writer, "p5", summary.P5);
            Json.Number(writer, "p10", summary.P10);
            Json.Number(writer, "p25", summary.P25);
            Json.Number(writer, "p50", summary.P50);
            Json.Number(writer, "p75", summary.P75);
            Json.Number(writer, "p90", summary.P90);
            Json.Number(writer, "p95", summary.P95);
        }
    }
}
