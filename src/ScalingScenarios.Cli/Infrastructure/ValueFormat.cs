using System.Globalization;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Formats a simulated value for people according to its variable's unit ("USD", "percent" or free text).</summary>
internal static class ValueFormat
{
    public static string Format(double value, string? unit)
    {
        var u = unit?.Trim();
        if (string.IsNullOrEmpty(u))
        {
            return Display.Number(value);
        }

        if (u.Equals("usd", StringComparison.OrdinalIgnoreCase) || u == "$")
        {
            return Display.Usd(value);
        }

        if (u.Equals("percent", StringComparison.OrdinalIgnoreCase) || u == "%")
        {
            return Display.Percent(value);
        }

        if (u.StartsWith("usd", StringComparison.OrdinalIgnoreCase) || u.StartsWith('$'))
        {
            // "USD/yr", "$ per year": dollars with the rest of the unit after them.
            var rest = u.StartsWith('$') ? u[1..] : u[3..];
            return Display.Usd(value) + rest.TrimEnd();
        }

        return Display.Number(value) + " " + u;
    }

    /// <summary>A number as machine-readable text (CSV): invariant, shortest round trip.</summary>
    public static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
