namespace ScalingScenarios.Uncertainty;

/// <summary>
/// The parameter rules of every distribution, in one place: used to validate constant parameters
/// when a model is built and to explain an invalid uncertain parameter found during a run.
/// </summary>
internal static class ParameterRules
{
    /// <summary>The z-score of the 95th percentile of a standard normal (Φ⁻¹(0.95)).</summary>
    internal const double Z95 = 1.6448536269514722;

    internal static void CheckUniform(double min, double max)
    {
        Guard.Finite(min);
        Guard.Finite(max);
        if (!(min < max))
        {
            throw new ArgumentException($"Expected min < max; got min = {Guard.Format(min)} and max = {Guard.Format(max)}.", nameof(max));
        }
    }

    internal static void CheckTriangular(double min, double mode, double max)
    {
        Guard.Finite(min);
        Guard.Finite(mode);
        Guard.Finite(max);
        if (!(min < max))
        {
            throw new ArgumentException($"Expected min < max; got min = {Guard.Format(min)} and max = {Guard.Format(max)}.", nameof(max));
        }

        if (mode < min || mode > max)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), $"Expected a number in [min, max] = [{Guard.Format(min)}, {Guard.Format(max)}]; got {Guard.Format(mode)}.");
        }
    }

    /// <summary>Null when (min, mode, max) is a valid triangular/PERT parameter set; otherwise why not.</summary>
    internal static string? Triangular(double min, double mode, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(mode) || !double.IsFinite(max))
        {
            return $"parameters must be finite; got min = {Guard.Format(min)}, mode = {Guard.Format(mode)}, max = {Guard.Format(max)}";
        }

        if (!(min < max) || mode < min || mode > max)
        {
            return $"expected min <= mode <= max with min < max; got min = {Guard.Format(min)}, mode = {Guard.Format(mode)}, max = {Guard.Format(max)}";
        }

        return null;
    }

    /// <summary>Explains why the parameters of a leaf of the given kind are invalid at one sample, or null when they are valid.</summary>
    internal static string? Explain(NodeKind kind, ReadOnlySpan<double> p)
    {
        static string? Positive(string name, double v) => v > 0 && double.IsFinite(v) ? null : $"parameter '{name}' must be a positive finite number; got {Guard.Format(v)}";
        static string? Finite(string name, double v) => double.IsFinite(v) ? null : $"parameter '{name}' must be a finite number; got {Guard.Format(v)}";

        return kind switch
        {
            NodeKind.Uniform => Finite("min", p[0]) ?? Finite("max", p[1])
                ?? (p[0] < p[1] ? null : $"expected min < max; got min = {Guard.Format(p[0])} and max = {Guard.Format(p[1])}"),
            NodeKind.Normal => Finite("mean", p[0]) ?? Positive("stdDev", p[1]),
            NodeKind.LogNormal => Finite("mu", p[0]) ?? Positive("sigma", p[1]),
            NodeKind.Triangular or NodeKind.Pert => Triangular(p[0], p[1], p[2]),
            NodeKind.Beta => Positive("alpha", p[0]) ?? Positive("beta", p[1]),
            NodeKind.Bernoulli => p[0] is >= 0 and <= 1 ? null : $"parameter 'p' must be a probability in [0, 1]; got {Guard.Format(p[0])}",
            NodeKind.Clamp => p[1] <= p[2] ? null : $"expected lower <= upper; got lower = {Guard.Format(p[1])} and upper = {Guard.Format(p[2])}",
            _ => null,
        };
    }
}
