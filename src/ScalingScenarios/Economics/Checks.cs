using System.Runtime.CompilerServices;

namespace ScalingScenarios.Economics;

/// <summary>Input checks that the shared <see cref="Guard"/> does not cover: one-sided bounds on doubles and relations between arguments.</summary>
/// <remarks>Messages follow the library's form: <c>Expected &lt;what&gt;; got &lt;value&gt;. (Parameter 'x')</c>.</remarks>
internal static class Checks
{
    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ <paramref name="min"/>.</summary>
    internal static double AtLeast(double value, double min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Guard.Finite(value, paramName);
        if (value < min)
        {
            throw Guard.OutOfRange(paramName, value, $"a number >= {Guard.Format(min)}");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≤ <paramref name="max"/>.</summary>
    internal static double AtMost(double value, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Guard.Finite(value, paramName);
        if (value > max)
        {
            throw Guard.OutOfRange(paramName, value, $"a number <= {Guard.Format(max)}");
        }

        return value;
    }

    /// <summary>Checks a linear demand P = a − bQ with constant marginal cost c: a, b, c finite, b &gt; 0, c ≥ 0 and a &gt; c.</summary>
    internal static void LinearDemand(double a, double b, double c)
    {
        Guard.Finite(a, nameof(a));
        Guard.Positive(b, nameof(b));
        Guard.NonNegative(c, nameof(c));
        if (!(a > c))
        {
            throw new ArgumentException(
                $"Expected the demand intercept a to exceed the marginal cost c (otherwise nothing is sold); got a = {Guard.Format(a)}, c = {Guard.Format(c)}.",
                nameof(a));
        }
    }
}
