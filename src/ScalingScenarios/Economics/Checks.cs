namespace ScalingScenarios.Economics;

/// <summary>Input checks specific to the economics calculators (relations between arguments); single-value checks live in <see cref="Guard"/>.</summary>
/// <remarks>Relations are reported through <see cref="Guard.Invalid"/>, so the exception carries its <see cref="ParameterViolation"/>.</remarks>
internal static class Checks
{
    /// <summary>Checks a linear demand P = a − bQ with constant marginal cost c: a, b, c finite, b &gt; 0, c ≥ 0 and a &gt; c.</summary>
    internal static void LinearDemand(double a, double b, double c)
    {
        Guard.Finite(a, nameof(a));
        Guard.Positive(b, nameof(b));
        Guard.NonNegative(c, nameof(c));
        if (!(a > c))
        {
            throw Guard.Invalid(nameof(a), "the demand intercept a to exceed the marginal cost c (otherwise nothing is sold)", $"a = {Guard.Format(a)}, c = {Guard.Format(c)}");
        }
    }
}
