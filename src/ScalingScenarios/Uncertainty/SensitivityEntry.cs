namespace ScalingScenarios.Uncertainty;

/// <summary>How much one random leaf drives an output: its rank correlation with the output and its tornado swing.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SensitivityEntry
{
    internal SensitivityEntry(string leafName, double rankCorrelation, double leafLow, double leafHigh, double meanAtLow, double meanAtHigh)
    {
        LeafName = leafName;
        RankCorrelation = rankCorrelation;
        LeafLow = leafLow;
        LeafHigh = leafHigh;
        MeanAtLow = meanAtLow;
        MeanAtHigh = meanAtHigh;
    }

    /// <summary>Gets the leaf's name, or its description when unnamed.</summary>
    public string LeafName { get; }

    /// <summary>Gets the Spearman rank correlation between the leaf's samples and the output's. Range: [−1, 1]; 0 when either is constant.</summary>
    public double RankCorrelation { get; }

    /// <summary>Gets the leaf's 10th percentile (exact for a distribution leaf, type-7 sample quantile otherwise).</summary>
    public double LeafLow { get; }

    /// <summary>Gets the leaf's 90th percentile.</summary>
    public double LeafHigh { get; }

    /// <summary>Gets the output's mean with the leaf held at <see cref="LeafLow"/> and everything else sampled.</summary>
    public double MeanAtLow { get; }

    /// <summary>Gets the output's mean with the leaf held at <see cref="LeafHigh"/> and everything else sampled.</summary>
    public double MeanAtHigh { get; }

    /// <summary>Gets the tornado swing, <see cref="MeanAtHigh"/> − <see cref="MeanAtLow"/> (negative when the output falls as the leaf rises).</summary>
    public double Swing => MeanAtHigh - MeanAtLow;

    /// <inheritdoc />
    public override string ToString()
        => $"{LeafName}: rank correlation {Guard.Format(Math.Round(RankCorrelation, 3))}, mean {Guard.Format(MeanAtLow)} at p10 → {Guard.Format(MeanAtHigh)} at p90";
}
