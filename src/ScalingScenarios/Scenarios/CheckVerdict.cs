namespace ScalingScenarios.Scenarios;

/// <summary>Whether a claim's stated conclusion follows from its numbers, in the <see cref="ArgumentCheck"/>.</summary>
public enum CheckVerdict
{
    /// <summary>The conclusion follows from the inputs by arithmetic alone.</summary>
    Follows,

    /// <summary>The conclusion follows only under assumptions the check states (a reading of the claim, a model, an input the interview does not give).</summary>
    FollowsUnderAssumptions,

    /// <summary>The conclusion does not follow from the inputs as given.</summary>
    DoesNotFollow,

    /// <summary>The claim has no arithmetic to check (a judgement, a label, or a number the interview does not give).</summary>
    NotQuantifiable,
}
