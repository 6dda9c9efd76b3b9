using System.CommandLine.Parsing;
using System.Globalization;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// Parsers for option values. Each one reports a wrong value as a usage error (exit 2) that names the option as the user
/// typed it and says what it accepts: <c>--seed: expected a whole number in [0, 2^63); got '1.5'.</c>
/// </summary>
/// <remarks>
/// A value of the right type but outside the domain (<c>--mfu 2</c>, <c>--samples 0</c>) is not rejected here: the library
/// checks it and the tool reports it as invalid input (exit 1), with the option's name.
/// </remarks>
internal static class ValueParsers
{
    /// <summary>Any number as invariant-culture text: 42, 0.4, 1e9 (NaN and infinities pass, for the library to reject).</summary>
    public static double? Number(ArgumentResult result)
    {
        if (Single(result) is not { } text || !TryParseNumber(text, out var value))
        {
            return Fail<double?>(result, "a number (e.g. 42, 0.4, 1e9)");
        }

        // "1e-400" parses as 0 and "1e400" as infinity: blaming the 0 or the infinity would blame a value nobody typed.
        return (value == 0 && text.Trim().TakeWhile(c => c is not ('e' or 'E')).Any(c => c is >= '1' and <= '9'))
            || (double.IsInfinity(value) && text.Trim().Any(char.IsDigit))
            ? Fail<double?>(result, "a number a double can hold, from about 1e-308 to 1.8e308 in size (or 0)")
            : value;
    }

    /// <summary>A whole number in the range of an <see cref="int"/>, e.g. a thread or accelerator count.</summary>
    public static int? WholeNumber(ArgumentResult result)
        => Single(result) is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<int?>(result, "a whole number (e.g. 1, 2, 16384)");

    /// <summary>A seed: a whole number in [0, 2^63).</summary>
    public static long? Seed(ArgumentResult result)
        => Single(result) is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : Fail<long?>(result, "a whole number in [0, 2^63)");

    /// <summary>A sample count: 100000, 1e6, 2.5M or 1k, a whole number of at most 2^31 - 1.</summary>
    public static int? Count(ArgumentResult result)
        => Single(result) is { } text && ParseCount(text) is { } value
            ? value
            : Fail<int?>(result, "a whole number from 1 to 2147483647 (2^31 - 1), such as 100000, 1e6 or 1M");

    /// <summary>A memory size: 512MB, 2GB, 1.5GiB or a number of bytes (MB and GB are taken as MiB and GiB).</summary>
    public static long? ByteSize(ArgumentResult result)
        => Single(result) is { } text && ParseByteSize(text) is { } value
            ? value
            : Fail<long?>(result, "a memory size such as 512MB, 2GB or 1073741824");

    /// <summary>Free text (a name, a file, a list that the command parses itself).</summary>
    public static string? Text(ArgumentResult result) => Single(result);

    /// <summary>One of a fixed set of words (case-insensitive), with a suggestion for a near miss.</summary>
    public static Func<ArgumentResult, T?> Choice<T>(params (string Name, T Value)[] choices)
        => result =>
        {
            if (Single(result) is not { } text)
            {
                return default;
            }

            foreach (var (name, value) in choices)
            {
                if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            var names = choices.Select(c => c.Name).ToList();
            var suggestion = Suggestions.Closest(text, names) is { } s ? $" Did you mean '{s}'?" : string.Empty;
            result.AddError($"{OptionName(result)}: expected one of {string.Join(", ", names)}; got '{Printable.Quote(text)}'.{suggestion}");
            return default;
        };

    /// <summary>The option as the user typed it (an alias if an alias was used), or the argument's name.</summary>
    public static string OptionName(ArgumentResult result)
        => result.Parent is OptionResult option ? option.IdentifierToken?.Value ?? option.Option.Name : result.Argument.Name;

    /// <summary>Parses "100000", "1e6", "2.5M", "1k"; null when the text is not a whole number in the range of an int.</summary>
    internal static int? ParseCount(string text)
    {
        var t = text.Trim();
        var factor = 1.0;
        if (t.Length > 1 && t[^1] is 'k' or 'K' or 'M' or 'm')
        {
            factor = t[^1] is 'k' or 'K' ? 1e3 : 1e6;
            t = t[..^1];
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value *= factor;
        return double.IsFinite(value) && Math.Floor(value) == value && Math.Abs(value) <= int.MaxValue ? (int)value : null;
    }

    /// <summary>Parses "512MB", "2GB", "1.5GiB", "64k", "1e9"; null when it is not a non-negative size below 2^63 bytes.</summary>
    internal static long? ParseByteSize(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        var factor = 1.0;
        foreach (var (suffix, multiple) in new[] { ("KIB", 1024.0), ("MIB", 1024.0 * 1024), ("GIB", 1024.0 * 1024 * 1024), ("KB", 1024.0), ("MB", 1024.0 * 1024), ("GB", 1024.0 * 1024 * 1024), ("K", 1024.0), ("M", 1024.0 * 1024), ("G", 1024.0 * 1024 * 1024), ("B", 1.0) })
        {
            if (t.Length > suffix.Length && t.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = multiple;
                t = t[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value *= factor;
        return double.IsFinite(value) && value >= 0 && value < 9.2e18 ? (long)value : null;
    }

    /// <summary>Parses a number as the tool accepts it: invariant culture, optional exponent.</summary>
    internal static bool TryParseNumber(string text, out double value)
        => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string? Single(ArgumentResult result)
    {
        if (result.Tokens.Count == 1)
        {
            return result.Tokens[0].Value;
        }

        if (result.Tokens.Count > 1)
        {
            result.AddError($"{OptionName(result)}: given {result.Tokens.Count} times ({string.Join(", ", result.Tokens.Select(t => $"'{Printable.Quote(t.Value)}'"))}); give it once.");
        }

        return null;
    }

    private static T? Fail<T>(ArgumentResult result, string expected)
    {
        if (result.Tokens.Count == 1)
        {
            result.AddError($"{OptionName(result)}: expected {expected}; got '{Printable.Quote(result.Tokens[0].Value)}'.");
        }

        return default;
    }
}
