using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>How one compared result differs from the baseline on one output: the difference and ratio of the means and, for runs that share their random numbers, the distribution of the paired difference.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OutputDifference
{
    internal OutputDifference(string label, double meanDifference, double? ratio, Summary? paired, double? probabilityPositive)
    {
        ProbabilityPositive = probabilityPositive;
        Label = label;
        MeanDifference = meanDifference;
        Ratio = ratio;
        Paired = paired;
    }

    /// <summary>The label of the compared result (the baseline is the comparison's first).</summary>
    public string Label { get; }

    /// <summary>Its mean minus the baseline's mean.</summary>
    public double MeanDifference { get; }

    /// <summary>Its mean over the baseline's mean; null when the baseline's mean is 0.</summary>
    public double? Ratio { get; }

    /// <summary>
    /// The distribution of the per-sample difference (this result's sample i minus the baseline's sample i) when both ran with
    /// the same samples and seed, so that shared variables drew the same numbers (common random numbers); otherwise null.
    /// </summary>
    public Summary? Paired { get; }

    /// <summary>P(difference &gt; 0) over the paired samples: how often this result beats the baseline in the same draw; null when not paired.</summary>
    public double? ProbabilityPositive { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Label}: {MeanDifference:G4}" + (Paired is null ? string.Empty : $" (P(>0) = {ProbabilityPositive:G3})");
}
