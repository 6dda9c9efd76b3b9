using System.Globalization;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Numbers as machine-readable text for CSV.</summary>
internal static class ValueFormat
{
    /// <summary>A number as machine-readable text (CSV): invariant, shortest round trip; empty when not finite.</summary>
    public static string Raw(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
