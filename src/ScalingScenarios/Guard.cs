using System.Globalization;
using System.Runtime.CompilerServices;

namespace ScalingScenarios;

/// <summary>
/// The one place where public inputs are checked. Every check rejects NaN and ±∞ first (the .NET
/// throw helpers let a positive-signed NaN through), then the domain. Messages name the
/// parameter, say what was expected and what was got; the exceptions carry these as a
/// <see cref="ParameterViolation"/>, so that callers such as the formula binder never parse a message.
/// </summary>
internal static class Guard
{
    /// <summary>Formats a number the way every message of the library shows it (invariant, shortest round-trip).</summary>
    internal static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Throws unless <paramref name="value"/> is a finite number.</summary>
    internal static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw OutOfRange(paramName, value, "a finite number");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    internal static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (!(value > 0))
        {
            throw OutOfRange(paramName, value, "a positive number (> 0)");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    internal static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < 0)
        {
            throw OutOfRange(paramName, value, "a non-negative number (>= 0)");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a probability in [0, 1].</summary>
    internal static double Probability(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        => InRange(value, 0, 1, paramName);

    /// <summary>Throws unless <paramref name="value"/> is finite and in the closed interval [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < min || value > max)
        {
            throw OutOfRange(paramName, value, $"a number in [{Format(min)}, {Format(max)}]");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and in the open interval (<paramref name="min"/>, <paramref name="max"/>).</summary>
    internal static double InOpenRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (!(value > min && value < max))
        {
            throw OutOfRange(paramName, value, $"a number in ({Format(min)}, {Format(max)})");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly greater than <paramref name="bound"/>.</summary>
    internal static double GreaterThan(double value, double bound, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (!(value > bound))
        {
            throw OutOfRange(paramName, value, $"a number greater than {Format(bound)}");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ <paramref name="min"/>.</summary>
    internal static double AtLeast(double value, double min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < min)
        {
            throw OutOfRange(paramName, value, $"a number >= {Format(min)}");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≤ <paramref name="max"/>.</summary>
    internal static double AtMost(double value, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value > max)
        {
            throw OutOfRange(paramName, value, $"a number <= {Format(max)}");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is ≥ <paramref name="min"/>.</summary>
    internal static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min)
        {
            throw new ParameterViolation(paramName ?? "value", $"an integer >= {min}", value.ToString(CultureInfo.InvariantCulture)).ToException();
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is ≤ <paramref name="max"/>.</summary>
    internal static int AtMost(int value, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value > max)
        {
            throw new ParameterViolation(paramName ?? "value", $"an integer <= {max}", value.ToString(CultureInfo.InvariantCulture)).ToException();
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is not null, naming the parameter.</summary>
    internal static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    /// <summary>Builds the library's standard out-of-range exception (it carries its <see cref="ParameterViolation"/>).</summary>
    internal static ArgumentException OutOfRange(string? paramName, double value, string expected)
        => ParameterViolation.Range(paramName ?? "value", expected, value).ToException();

    /// <summary>Builds the library's exception for a broken relation between parameters, blaming <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The parameter blamed.</param>
    /// <param name="expected">What was expected, starting lower case, e.g. "min &lt; max".</param>
    /// <param name="got">What was got, e.g. "min = 3 and max = 1".</param>
    internal static ArgumentException Invalid(string paramName, string expected, string got)
        => new ParameterViolation(paramName, expected, got, IsRange: false).ToException();
}
