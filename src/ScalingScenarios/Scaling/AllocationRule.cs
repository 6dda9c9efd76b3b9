namespace ScalingScenarios.Scaling;

/// <summary>How a training run's tokens (or its split of a budget) were chosen.</summary>
public enum AllocationRule
{
    /// <summary>Parameters and tokens were both given by the caller.</summary>
    GivenTokens,

    /// <summary>A fixed ratio of tokens to parameters (Chinchilla's rule of thumb: 20).</summary>
    TokensPerParameter,

    /// <summary>The fit's own compute-optimal frontier (the closed form of a Chinchilla fit, or Kaplan's N ∝ C^0.73).</summary>
    FitClosedForm,
}
