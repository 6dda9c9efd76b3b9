namespace ScalingScenarios.Uncertainty;

/// <summary>One bin of a histogram: the samples in [Lower, Upper) (the last bin also includes Upper).</summary>
/// <param name="Lower">The lower edge.</param>
/// <param name="Upper">The upper edge.</param>
/// <param name="Count">The number of samples in the bin. Range: [0, sample count].</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct HistogramBin(double Lower, double Upper, long Count);
