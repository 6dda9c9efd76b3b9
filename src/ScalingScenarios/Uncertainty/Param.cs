namespace ScalingScenarios.Uncertainty;

/// <summary>One parameter of a sampler for one chunk: either one value for every sample or one value per sample.</summary>
internal readonly struct Param
{
    private readonly double[]? _values;
    private readonly double _scalar;

    private Param(double scalar, double[]? values)
    {
        _scalar = scalar;
        _values = values;
    }

    /// <summary>True when every sample shares one value (<see cref="Scalar"/>).</summary>
    internal bool IsScalar => _values is null;

    /// <summary>The shared value when <see cref="IsScalar"/>.</summary>
    internal double Scalar => _scalar;

    /// <summary>The value for sample <paramref name="i"/> of the chunk.</summary>
    internal double this[int i] => _values is null ? _scalar : _values[i];

    /// <summary>The per-sample values (only when not <see cref="IsScalar"/>).</summary>
    internal ReadOnlySpan<double> Span(int length) => _values.AsSpan(0, length);

    internal static Param Of(double value) => new(value, null);

    internal static Param Of(double[] values) => new(0, values);
}
