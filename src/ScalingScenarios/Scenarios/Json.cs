using System.Text.Json;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Scenarios;

/// <summary>Members the scenario results always write, present as null when there is no value (so readers see every field).</summary>
internal static class Json
{
    /// <summary>A named number through <see cref="JsonOutput.WriteDouble"/>, or null.</summary>
    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteDouble(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A named string, or null.</summary>
    public static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
