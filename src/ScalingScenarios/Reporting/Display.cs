using System.Globalization;

namespace ScalingScenarios.Reporting;

/// <summary>Formats numbers for tables people read: three significant figures, scientific notation for very large or small values.</summary>
/// <remarks>Invariant culture throughout, so output is the same on every machine. Thread-safe.</remarks>
public static class Display
{
    /// <summary>"1 output", "3 outputs": a count with its noun in the right number (English, regular plurals).</summary>
    internal static string Count(long count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>Formats a number with <paramref name="significantDigits"/> significant figures; scientific notation outside [1e-3, 1e6).</summary>
    /// <param name="value">Any double; NaN and ±∞ print as "NaN", "∞" and "-∞".</param>
    /// <param name="significantDigits">Significant figures. Range: [1, 17].</param>
    /// <returns>For example "0.599", "1.23e+21", "20", "-4.5".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significantDigits"/> is outside [1, 17].</exception>
    public static string Number(double value, int significantDigits = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 17);
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-3)
        {
            var s = value.ToString("E" + (significantDigits - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            // "1.23E+021" → "1.23e+21"
            var e = s.IndexOf('E', StringComparison.Ordinal);
            var mantissa = s[..e];
            if (mantissa.Contains('.', StringComparison.Ordinal))
            {
                mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            }

            var exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        var digitsBeforePoint = (int)Math.Floor(Math.Log10(magnitude)) + 1;
        var decimals = Math.Max(0, significantDigits - digitsBeforePoint);
        var rounded = decimals > 0
            ? Math.Round(value, Math.Min(decimals, 15), MidpointRounding.AwayFromZero)
            : Math.Round(value / Math.Pow(10, digitsBeforePoint - significantDigits), MidpointRounding.AwayFromZero) * Math.Pow(10, digitsBeforePoint - significantDigits);
        return rounded.ToString("0." + new string('#', Math.Min(decimals, 15)), CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an amount of US dollars with a scale word: "$1.2M", "$35B", "$1.5T".</summary>
    /// <param name="usd">The amount in US dollars.</param>
    /// <param name="significantDigits">Significant figures. Range: [1, 17].</param>
    /// <returns>The formatted amount; negative amounts start with "-$".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significantDigits"/> is outside [1, 17].</exception>
    public static string Usd(double usd, int significantDigits = 3)
    {
        if (!double.IsFinite(usd))
        {
            return Number(usd, significantDigits);
        }

        var sign = usd < 0 ? "-" : string.Empty;
        var m = Math.Abs(usd);
        (double scale, string suffix) = m switch
        {
            >= 1e15 => (1.0, string.Empty),
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "B"),
            >= 1e6 => (1e6, "M"),
            >= 1e3 => (1e3, "k"),
            _ => (1.0, string.Empty),
        };
        var text = Number(m / scale, significantDigits);
        if (m < 1e15 && scale < 1e12 && double.Parse(text, CultureInfo.InvariantCulture) >= 1000)
        {
            // Rounding carried into the next scale word ($999.97B would read "$1000B"): show "$1T" instead.
            (scale, suffix) = scale switch { 1e9 => (1e12, "T"), 1e6 => (1e9, "B"), 1e3 => (1e6, "M"), _ => (1e3, "k") };
            text = Number(m / scale, significantDigits);
        }

        return sign + "$" + text + suffix;
    }

    /// <summary>Formats a fraction as a percentage: 0.599 → "59.9%".</summary>
    /// <param name="fraction">The fraction (1 = 100%).</param>
    /// <param name="significantDigits">Significant figures. Range: [1, 17].</param>
    /// <returns>The percentage text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significantDigits"/> is outside [1, 17].</exception>
    public static string Percent(double fraction, int significantDigits = 3) => Number(fraction * 100, significantDigits) + "%";

    /// <summary>Formats a value in the unit a scenario file gives it: "USD" as dollars with a scale word, "percent" as a percentage of a fraction, any other text after the number.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">"USD" or "$" (optionally followed by more, e.g. "USD/yr"), "percent" or "%", any other text, or null for a plain number.</param>
    /// <returns>For example "$1.2T", "$3.4B/yr", "59.9%", "1.21 years" or "0.42".</returns>
    /// <remarks>Case-insensitive for "USD" and "percent". Thread-safe.</remarks>
    public static string WithUnit(double value, string? unit)
    {
        var u = unit?.Trim();
        if (string.IsNullOrEmpty(u))
        {
            return Number(value);
        }

        if (u.Equals("percent", StringComparison.OrdinalIgnoreCase) || u == "%")
        {
            return Percent(value);
        }

        if (u.StartsWith("usd", StringComparison.OrdinalIgnoreCase) || u.StartsWith('$'))
        {
            // "USD", "$", and "USD/yr" or "$ per year": dollars, then the rest of the unit.
            var rest = u.StartsWith('$') ? u[1..] : u[3..];
            return Usd(value) + rest.TrimEnd();
        }

        return Number(value) + " " + u;
    }
}
