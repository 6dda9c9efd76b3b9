namespace ScalingScenarios.Scenarios;

/// <summary>The expected value of one output over a scenario's branches, Σ p·v, with its Monte Carlo error and each branch's share.</summary>
/// <remarks>
/// Computed per sample as w = Σᵢ pᵢ·vᵢ (each branch's probability times the output given that branch, same sample index), so
/// the mean of w is E[Σ p·v] even when the probabilities are uncertain (claim C11: EV = p·V(continues) + (1 − p)·V(stops)).
/// Immutable and thread-safe.
/// </remarks>
public sealed class BranchExpectation
{
    private readonly double[] _contributions;

    internal BranchExpectation(string output, double mean, double standardError, double[] contributions, string[] branches)
    {
        Output = output;
        Mean = mean;
        StandardError = standardError;
        _contributions = contributions;
        BranchNames = branches;
    }

    /// <summary>The output's name.</summary>
    public string Output { get; }

    /// <summary>The expected value Σ p·v (the mean over samples of Σᵢ pᵢ·vᵢ).</summary>
    public double Mean { get; }

    /// <summary>The Monte Carlo standard error of <see cref="Mean"/>: the standard deviation of Σᵢ pᵢ·vᵢ over √n.</summary>
    public double StandardError { get; }

    /// <summary>The branch names, in the scenario's order.</summary>
    public IReadOnlyList<string> BranchNames { get; }

    /// <summary>Each branch's contribution E[pᵢ·vᵢ], in the order of <see cref="BranchNames"/>; they add up to <see cref="Mean"/>.</summary>
    public IReadOnlyList<double> Contributions => _contributions;

    /// <inheritdoc />
    public override string ToString() => $"E[{Output}] = {Mean:G4} ± {StandardError:G2}";
}
