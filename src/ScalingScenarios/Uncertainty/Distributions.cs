using MathNet.Numerics;

namespace ScalingScenarios.Uncertainty;

/// <summary>A point mass.</summary>
internal sealed class PointDistribution(double value) : Distribution
{
    internal double Value { get; } = value;

    public override double Mean => Value;

    public override double Variance => 0;

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (x >= Value ? 1 : 0);

    public override string ToString() => F(Value);

    internal override ulong StreamIdentity() => Identity("point", Value);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch) => destination.Fill(Value);

    private protected override double QuantileCore(double p) => Value;
}

/// <summary>The continuous uniform distribution.</summary>
internal sealed class UniformDistribution(double min, double max) : Distribution
{
    internal double Min { get; } = min;

    internal double Max { get; } = max;

    public override double Mean => (Min + Max) / 2;

    public override double Variance => (Max - Min) * (Max - Min) / 12;

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : Math.Clamp((x - Min) / (Max - Min), 0, 1);

    public override string ToString() => $"uniform({F(Min)}, {F(Max)})";

    internal override ulong StreamIdentity() => Identity("uniform", Min, Max);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Uniform(ref source, Param.Of(Min), Param.Of(Max), destination);

    private protected override double QuantileCore(double p) => Min + ((Max - Min) * p);
}

/// <summary>The normal distribution.</summary>
internal sealed class NormalDistribution(double mean, double stdDev) : Distribution
{
    internal double Mu { get; } = mean;

    internal double Sigma { get; } = stdDev;

    public override double Mean => Mu;

    public override double Variance => Sigma * Sigma;

    public override double Cdf(double x) => MathNet.Numerics.Distributions.Normal.CDF(Mu, Sigma, x);

    public override string ToString() => $"normal({F(Mu)}, {F(Sigma)})";

    internal override ulong StreamIdentity() => Identity("normal", Mu, Sigma);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Normal(ref source, Param.Of(Mu), Param.Of(Sigma), destination);

    private protected override double QuantileCore(double p) => p switch
    {
        0 => double.NegativeInfinity,
        1 => double.PositiveInfinity,
        _ => MathNet.Numerics.Distributions.Normal.InvCDF(Mu, Sigma, p),
    };
}

/// <summary>The log-normal distribution.</summary>
internal sealed class LogNormalDistribution(double mu, double sigma, string? description = null) : Distribution
{
    internal double Mu { get; } = mu;

    internal double Sigma { get; } = sigma;

    public override double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    public override double Variance => (Math.Exp(Sigma * Sigma) - 1) * Math.Exp((2 * Mu) + (Sigma * Sigma));

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (x <= 0 ? 0 : MathNet.Numerics.Distributions.Normal.CDF(Mu, Sigma, Math.Log(x)));

    public override string ToString() => description ?? $"lognormal({F(Mu)}, {F(Sigma)})";

    internal override ulong StreamIdentity() => Identity("lognormal", Mu, Sigma);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.LogNormal(ref source, Param.Of(Mu), Param.Of(Sigma), destination);

    private protected override double QuantileCore(double p) => p switch
    {
        0 => 0,
        1 => double.PositiveInfinity,
        _ => Math.Exp(MathNet.Numerics.Distributions.Normal.InvCDF(Mu, Sigma, p)),
    };
}

/// <summary>The triangular distribution.</summary>
internal sealed class TriangularDistribution(double min, double mode, double max) : Distribution
{
    internal double Min { get; } = min;

    internal double Mode { get; } = mode;

    internal double Max { get; } = max;

    public override double Mean => (Min + Mode + Max) / 3;

    // The same formula, (a² + b² + c² − ab − ac − bc) / 18, written in offsets from the minimum: the raw form cancels
    // catastrophically far from 0 (at min = 1e9 it gave a negative variance, so StdDev was NaN).
    public override double Variance => (((Mode - Min) * (Mode - Min)) + ((Max - Min) * (Max - Min)) - ((Mode - Min) * (Max - Min))) / 18;

    public override double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x <= Min)
        {
            return 0;
        }

        if (x >= Max)
        {
            return 1;
        }

        var width = Max - Min;
        return x <= Mode
            ? (x - Min) * (x - Min) / (width * (Mode - Min))
            : 1 - ((Max - x) * (Max - x) / (width * (Max - Mode)));
    }

    public override string ToString() => $"triangular({F(Min)}, {F(Mode)}, {F(Max)})";

    internal override ulong StreamIdentity() => Identity("triangular", Min, Mode, Max);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Triangular(ref source, Param.Of(Min), Param.Of(Mode), Param.Of(Max), destination);

    private protected override double QuantileCore(double p) => Samplers.TriangularInverse(p, Min, Mode, Max);
}

/// <summary>The beta distribution.</summary>
internal sealed class BetaDistribution(double alpha, double beta) : Distribution
{
    internal double Alpha { get; } = alpha;

    internal double BetaShape { get; } = beta;

    public override double Mean => Alpha / (Alpha + BetaShape);

    public override double Variance
    {
        get
        {
            var s = Alpha + BetaShape;
            return Alpha * BetaShape / (s * s * (s + 1));
        }
    }

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (x <= 0 ? 0 : x >= 1 ? 1 : SpecialFunctions.BetaRegularized(Alpha, BetaShape, x));

    public override string ToString() => $"beta({F(Alpha)}, {F(BetaShape)})";

    internal override ulong StreamIdentity() => Identity("beta", Alpha, BetaShape);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Beta(ref source, Param.Of(Alpha), Param.Of(BetaShape), destination, scratch);

    private protected override double QuantileCore(double p) => InverseRegularizedBeta(Alpha, BetaShape, p);

    /// <summary>Inverts the regularized incomplete beta function by bisection (robust for every shape).</summary>
    internal static double InverseRegularizedBeta(double a, double b, double p)
    {
        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        // Relative precision, so that the tiny quantiles of small shapes (beta(0.08, 5) has its 1st percentile near 1e-25)
        // are found too; each halving gains a bit, so about 1,100 steps reach the smallest doubles.
        double lo = 0, hi = 1;
        for (var i = 0; i < 2000 && hi - lo > 1e-15 * hi; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (SpecialFunctions.BetaRegularized(a, b, mid) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}

/// <summary>The PERT distribution: a beta with shape λ = 4 scaled to [min, max].</summary>
internal sealed class PertDistribution : Distribution
{
    internal PertDistribution(double min, double mode, double max)
    {
        Min = min;
        Mode = mode;
        Max = max;
        (Alpha, BetaShape) = Samplers.PertShape(min, mode, max);
    }

    internal double Min { get; }

    internal double Mode { get; }

    internal double Max { get; }

    internal double Alpha { get; }

    internal double BetaShape { get; }

    public override double Mean => (Min + (4 * Mode) + Max) / 6;

    public override double Variance
    {
        get
        {
            var s = Alpha + BetaShape;
            var width = Max - Min;
            return width * width * Alpha * BetaShape / (s * s * (s + 1));
        }
    }

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (x <= Min ? 0 : x >= Max ? 1 : SpecialFunctions.BetaRegularized(Alpha, BetaShape, (x - Min) / (Max - Min)));

    public override string ToString() => $"pert({F(Min)}, {F(Mode)}, {F(Max)})";

    internal override ulong StreamIdentity() => Identity("pert", Min, Mode, Max);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Pert(ref source, Param.Of(Min), Param.Of(Mode), Param.Of(Max), destination, scratch);

    private protected override double QuantileCore(double p) => Min + ((Max - Min) * BetaDistribution.InverseRegularizedBeta(Alpha, BetaShape, p));
}

/// <summary>Student's t distribution in location-scale form.</summary>
internal sealed class StudentTDistribution(double location, double scale, double degreesOfFreedom) : Distribution
{
    internal double Location { get; } = location;

    internal double Scale { get; } = scale;

    internal double DegreesOfFreedom { get; } = degreesOfFreedom;

    /// <summary>Gets the location when ν &gt; 1; NaN otherwise (the mean does not exist).</summary>
    public override double Mean => DegreesOfFreedom > 1 ? Location : double.NaN;

    /// <summary>Gets scale² ν / (ν − 2) when ν &gt; 2, +∞ when 1 &lt; ν ≤ 2, NaN when ν ≤ 1.</summary>
    public override double Variance => DegreesOfFreedom switch
    {
        > 2 => Scale * Scale * DegreesOfFreedom / (DegreesOfFreedom - 2),
        > 1 => double.PositiveInfinity,
        _ => double.NaN,
    };

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : MathNet.Numerics.Distributions.StudentT.CDF(Location, Scale, DegreesOfFreedom, x);

    public override string ToString() => $"studentT({F(Location)}, {F(Scale)}, {F(DegreesOfFreedom)})";

    internal override ulong StreamIdentity() => Identity("studentT", Location, Scale, DegreesOfFreedom);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.StudentT(ref source, Param.Of(Location), Param.Of(Scale), Param.Of(DegreesOfFreedom), destination, scratch);

    private protected override double QuantileCore(double p)
    {
        if (p is 0 or 1)
        {
            return p == 0 ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // For t with ν degrees of freedom, P(|T| > t) = I_{ν / (ν + t²)}(ν / 2, 1 / 2) (regularized incomplete beta), so the
        // lower tail p < 1/2 has t = −√(ν (1 / x − 1)) with x = I⁻¹(ν / 2, 1 / 2; 2p); the upper tail is symmetric.
        var tail = Math.Min(p, 1 - p);
        var x = BetaDistribution.InverseRegularizedBeta(DegreesOfFreedom / 2, 0.5, 2 * tail);
        var t = Math.Sqrt(DegreesOfFreedom * ((1 / x) - 1));
        return Location + (Scale * (p < 0.5 ? -t : t));
    }
}

/// <summary>The log-uniform (reciprocal) distribution: ln X uniform on [ln min, ln max].</summary>
internal sealed class LogUniformDistribution(double min, double max) : Distribution
{
    internal double Min { get; } = min;

    internal double Max { get; } = max;

    private double LogRatio => Math.Log(Max / Min);

    /// <summary>Gets (max − min) / ln(max / min).</summary>
    public override double Mean => (Max - Min) / LogRatio;

    /// <summary>Gets (max² − min²) / (2 ln(max / min)) − mean².</summary>
    public override double Variance => Math.Max(0, (((Max * Max) - (Min * Min)) / (2 * LogRatio)) - (Mean * Mean));

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (x <= Min ? 0 : x >= Max ? 1 : Math.Log(x / Min) / LogRatio);

    public override string ToString() => $"logUniform({F(Min)}, {F(Max)})";

    internal override ulong StreamIdentity() => Identity("logUniform", Min, Max);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.LogUniform(ref source, Param.Of(Min), Param.Of(Max), destination);

    private protected override double QuantileCore(double p) => p == 1 ? Max : Min * Math.Exp(p * LogRatio);
}

/// <summary>The Bernoulli distribution.</summary>
internal sealed class BernoulliDistribution(double p) : Distribution
{
    internal double P { get; } = p;

    public override double Mean => P;

    public override double Variance => P * (1 - P);

    public override double Cdf(double x) => double.IsNaN(x) ? double.NaN : (x < 0 ? 0 : x < 1 ? 1 - P : 1);

    public override string ToString() => $"bernoulli({F(P)})";

    internal override ulong StreamIdentity() => Identity("bernoulli", P);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Bernoulli(ref source, Param.Of(P), destination);

    private protected override double QuantileCore(double p) => p <= 1 - P ? 0 : 1;
}

/// <summary>A discrete distribution over finitely many values.</summary>
internal sealed class DiscreteDistribution : Distribution
{
    private readonly double[] _values;
    private readonly double[] _weights;
    private readonly double[] _sorted;
    private readonly double[] _sortedWeights;
    private readonly double[] _sortedCumulative;
    private readonly double[] _cumulative;

    internal DiscreteDistribution(double[] values, double[] weights)
    {
        _values = values;
        _weights = weights;
        _cumulative = Cumulative(weights);
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        _sorted = [.. order.Select(i => values[i])];
        _sortedWeights = [.. order.Select(i => weights[i])];
        _sortedCumulative = Cumulative(_sortedWeights);
    }

    public override double Mean
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < _values.Length; i++)
            {
                sum += _weights[i] * _values[i];
            }

            return sum;
        }
    }

    public override double Variance
    {
        get
        {
            var mean = Mean;
            var sum = 0.0;
            for (var i = 0; i < _values.Length; i++)
            {
                sum += _weights[i] * (_values[i] - mean) * (_values[i] - mean);
            }

            return sum;
        }
    }

    public override double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var result = 0.0;
        for (var i = 0; i < _sorted.Length && _sorted[i] <= x; i++)
        {
            result = _sortedCumulative[i];
        }

        return result;
    }

    public override string ToString() => $"discrete([{string.Join(", ", _values.Select(F))}], [{string.Join(", ", _weights.Select(F))}])";

    internal override ulong StreamIdentity() => Identity("discrete", [_values.Length, .. _values, .. _weights]);

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
        => Samplers.Discrete(ref source, _values, _cumulative, destination);

    private protected override double QuantileCore(double p)
    {
        for (var i = 0; i < _sorted.Length; i++)
        {
            if (_sortedWeights[i] > 0 && _sortedCumulative[i] >= p)
            {
                return _sorted[i];
            }
        }

        return _sorted[^1];
    }

    /// <summary>Running sums of the weights, with the last forced to exactly 1.</summary>
    internal static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        cumulative[^1] = 1;
        return cumulative;
    }
}

/// <summary>A mixture of distributions.</summary>
internal sealed class MixtureDistribution : Distribution
{
    private readonly Distribution[] _components;
    private readonly double[] _weights;
    private readonly double[] _cumulative;

    internal MixtureDistribution(Distribution[] components, double[] weights)
    {
        _components = components;
        _weights = weights;
        _cumulative = DiscreteDistribution.Cumulative(weights);
    }

    public override double Mean
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < _components.Length; i++)
            {
                sum += _weights[i] * _components[i].Mean;
            }

            return sum;
        }
    }

    public override double Variance
    {
        get
        {
            var mean = Mean;
            var second = 0.0;
            for (var i = 0; i < _components.Length; i++)
            {
                var m = _components[i].Mean;
                second += _weights[i] * (_components[i].Variance + (m * m));
            }

            return Math.Max(0, second - (mean * mean));
        }
    }

    public override double Cdf(double x)
    {
        var sum = 0.0;
        for (var i = 0; i < _components.Length; i++)
        {
            sum += _weights[i] * _components[i].Cdf(x);
        }

        return Math.Min(1, sum);
    }

    public override string ToString() => $"mixture([{string.Join(", ", _components.Select(c => c.ToString()))}], [{string.Join(", ", _weights.Select(F))}])";

    internal override ulong StreamIdentity() => StreamKeys.Combine(Identity("mixture", _weights), Components());

    private ulong Components()
    {
        var h = (ulong)_components.Length;
        foreach (var c in _components)
        {
            h = StreamKeys.Combine(h, c.StreamIdentity());
        }

        return h;
    }

    internal override void Fill<T>(ref T source, Span<double> destination, Span<double> scratch)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var k = Samplers.PickIndex(_cumulative, source.NextDouble());
            _components[k].Fill(ref source, destination.Slice(i, 1), scratch);
        }
    }

    private protected override double QuantileCore(double p)
    {
        // The mixture's quantile lies between the smallest and largest component quantiles.
        var lo = double.PositiveInfinity;
        var hi = double.NegativeInfinity;
        for (var i = 0; i < _components.Length; i++)
        {
            if (_weights[i] == 0)
            {
                continue;
            }

            var q = _components[i].Quantile(p);
            lo = Math.Min(lo, q);
            hi = Math.Max(hi, q);
        }

        if (p is 0 or 1 || lo == hi)
        {
            return p == 1 ? hi : lo;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-14 * Math.Max(1, Math.Abs(hi)); i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(mid) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return hi;
    }
}
