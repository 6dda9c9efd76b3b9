using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>One branch's part of a run: its probability and the run of the branch's scenario (the outputs given that branch).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BranchOutcome
{
    internal BranchOutcome(ScenarioBranch branch, Summary probability, ScenarioResult result)
    {
        Branch = branch;
        Probability = probability;
        Result = result;
    }

    /// <summary>The branch.</summary>
    public ScenarioBranch Branch { get; }

    /// <summary>The branch's name.</summary>
    public string Name => Branch.Name;

    /// <summary>The branch's probability as simulated (a constant probability has zero spread); its mean is the branch's weight.</summary>
    public Summary Probability { get; }

    /// <summary>The outputs given this branch: the branch's scenario run with the same samples and seed as the others.</summary>
    public ScenarioResult Result { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: p = {Probability.Mean:G4}";
}
