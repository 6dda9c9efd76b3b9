namespace ScalingScenarios.Benchmarks;

/// <summary>The constants of Cheng's algorithm BB for one pair of beta shapes, both above 1 (Cheng 1978), computed once.</summary>
internal readonly struct ChengShape
{
    internal ChengShape(double alpha, double beta)
    {
        Swapped = alpha > beta;
        A = Math.Min(alpha, beta);
        B = Math.Max(alpha, beta);
        Sum = A + B;
        Lambda = Math.Sqrt((Sum - 2) / ((2 * A * B) - Sum));
        Gamma = A + (1 / Lambda);
    }

    /// <summary>Whether alpha is the larger shape (the variate is then b / (b + W)).</summary>
    internal bool Swapped { get; }

    /// <summary>a = min(α, β).</summary>
    internal double A { get; }

    /// <summary>b = max(α, β).</summary>
    internal double B { get; }

    /// <summary>a + b (Cheng's α).</summary>
    internal double Sum { get; }

    /// <summary>λ = √((a + b − 2) / (2ab − a − b)) (Cheng's β).</summary>
    internal double Lambda { get; }

    /// <summary>γ = a + 1 / λ.</summary>
    internal double Gamma { get; }
}
