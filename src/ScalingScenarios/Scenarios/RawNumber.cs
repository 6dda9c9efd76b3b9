using System.Globalization;

namespace ScalingScenarios.Scenarios;

/// <summary>Numbers as CSV output writes them: raw, shortest round-trip, invariant culture.</summary>
internal static class RawNumber
{
    /// <summary>The number in round-trip form; empty for null, NaN and infinities (CSV has no such numbers).</summary>
    public static string Format(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
