using System.Runtime.CompilerServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>A rule for one parameter value: null when <paramref name="value"/> is valid, else the violation naming <paramref name="parameter"/>.</summary>
internal delegate ParameterViolation? ValueRule(string parameter, double value);

/// <summary>A rule between the parameters of one distribution (all values given, in the spec's order): null when they are valid.</summary>
internal delegate ParameterViolation? RelationRule(ReadOnlySpan<double> values);

/// <summary>
/// The parameter rules of every distribution, each written once: a predicate (used inline by the samplers, which write
/// NaN where it fails) and the rule built on it (the violation the factories throw at build time and the engine reports
/// for one sample). <see cref="DistributionSpec"/> says which rule applies to which parameter.
/// </summary>
internal static class ParameterRules
{
    /// <summary>The z-score of the 95th percentile of a standard normal (Φ⁻¹(0.95)).</summary>
    internal const double Z95 = 1.6448536269514722;

    /// <summary>A finite number (not NaN, not ±∞).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsFinite(double value) => double.IsFinite(value);

    /// <summary>A finite number &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPositive(double value) => value > 0 && double.IsFinite(value);

    /// <summary>A probability in [0, 1] (NaN fails).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsProbability(double value) => value is >= 0 and <= 1;

    /// <summary>Finite min &lt; max.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsInterval(double min, double max) => min < max && double.IsFinite(min) && double.IsFinite(max);

    /// <summary>Finite 0 &lt; min &lt; max.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPositiveInterval(double min, double max) => min > 0 && IsInterval(min, max);

    /// <summary>Finite min ≤ mode ≤ max with min &lt; max (triangular and PERT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsTriangular(double min, double mode, double max) => IsInterval(min, max) && mode >= min && mode <= max;

    /// <summary>Rule: a finite number.</summary>
    internal static ParameterViolation? Finite(string parameter, double value)
        => IsFinite(value) ? null : ParameterViolation.Range(parameter, "a finite number", value);

    /// <summary>Rule: a finite number &gt; 0 (an infinite value is reported as not finite).</summary>
    internal static ParameterViolation? Positive(string parameter, double value)
        => Finite(parameter, value) ?? (IsPositive(value) ? null : ParameterViolation.Range(parameter, "a positive number (> 0)", value));

    /// <summary>Rule: a probability in [0, 1].</summary>
    internal static ParameterViolation? Probability(string parameter, double value)
        => Finite(parameter, value) ?? (IsProbability(value) ? null : ParameterViolation.Range(parameter, "a number in [0, 1]", value));

    /// <summary>Relation: the first parameter below the second (which is blamed).</summary>
    internal static ParameterViolation? Less(string low, double lowValue, string high, double highValue)
        => lowValue < highValue ? null : new(high, $"{low} < {high}", $"{low} = {Guard.Format(lowValue)} and {high} = {Guard.Format(highValue)}", IsRange: false);

    /// <summary>Relation: a value within [low, high] (the value is blamed).</summary>
    internal static ParameterViolation? Within(string parameter, double value, string low, double lowValue, string high, double highValue)
        => value >= lowValue && value <= highValue
            ? null
            : ParameterViolation.Range(parameter, $"a number in [{low}, {high}] = [{Guard.Format(lowValue)}, {Guard.Format(highValue)}]", value);

    /// <summary>Relation of a (min, mode, max) triple: min &lt; max, then min ≤ mode ≤ max.</summary>
    internal static ParameterViolation? Triangular(ReadOnlySpan<double> p)
        => Less("min", p[0], "max", p[2]) ?? Within("mode", p[1], "min", p[0], "max", p[2]);

    /// <summary>Relation of a (min, max) pair: min &lt; max.</summary>
    internal static ParameterViolation? Interval(ReadOnlySpan<double> p) => Less("min", p[0], "max", p[1]);

    /// <summary>
    /// Explains why the inputs of <paramref name="node"/> are invalid at one sample, or null when they are valid (the value
    /// was NaN or ±∞ for another reason): a distribution's parameters by its spec, and <c>clamp</c>'s bounds.
    /// </summary>
    internal static ParameterViolation? Explain(Uncertain node, ReadOnlySpan<double> inputs) => node.Kind switch
    {
        NodeKind.Sampled => ((DistributionSpec)node.Payload!).Check(inputs),
        NodeKind.Clamp => ClampBounds(inputs[1], inputs[2]),
        _ => null,
    };

    /// <summary>Relation of clamp's bounds: lower ≤ upper.</summary>
    internal static ParameterViolation? ClampBounds(double lower, double upper)
        => lower <= upper ? null : new("upper", "lower <= upper", $"lower = {Guard.Format(lower)} and upper = {Guard.Format(upper)}", IsRange: false);
}
