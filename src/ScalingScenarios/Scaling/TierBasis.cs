namespace ScalingScenarios.Scaling;

/// <summary>What the tier ladder of claim C02 counts in: model parameters or training dollars.</summary>
/// <remarks>The two readings differ by orders of magnitude; see <see cref="TierLadder.TranslationCaveat"/>.</remarks>
public enum TierBasis
{
    /// <summary>The seed write-up's reading: 1e8, 1e9, 1e10, 1e11 parameters.</summary>
    Parameters,

    /// <summary>The English summaries' reading: $1e8, $1e9, $1e10, $1e11 of training cost.</summary>
    TrainingCostUsd,
}
