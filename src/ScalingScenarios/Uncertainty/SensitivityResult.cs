namespace ScalingScenarios.Uncertainty;

/// <summary>The sensitivity of one output to each random leaf of its model, ranked by the size of the tornado swing.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SensitivityResult
{
    internal SensitivityResult(Summary output, SensitivityEntry[] entries)
    {
        Output = output;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the output's summary in the baseline run (all leaves sampled).</summary>
    public Summary Output { get; }

    /// <summary>Gets one entry per random leaf, largest |swing| first (ties: largest |rank correlation| first).</summary>
    public IReadOnlyList<SensitivityEntry> Entries { get; }
}
