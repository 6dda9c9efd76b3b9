namespace ScalingScenarios.Claims;

/// <summary>One claim of the interview, restated in the library's own words with the parameters it drives.</summary>
/// <remarks>Immutable and thread-safe. Instances come from <see cref="ClaimCatalog"/>.</remarks>
public sealed class Claim
{
    internal Claim(ClaimId id, string topic, string paraphrase, int? talkingPoint, IReadOnlyList<string> parameters, string? arithmetic)
    {
        Id = id;
        Topic = topic;
        Paraphrase = paraphrase;
        TalkingPoint = talkingPoint;
        Parameters = parameters;
        Arithmetic = arithmetic;
    }

    /// <summary>The stable identifier, e.g. <see cref="ClaimId.C07"/>.</summary>
    public ClaimId Id { get; }

    /// <summary>A few words naming the topic, e.g. "Inference cost".</summary>
    public string Topic { get; }

    /// <summary>The claim, paraphrased (never quoted) from the interview write-up.</summary>
    public string Paraphrase { get; }

    /// <summary>The talking-point number of the source write-up's summary list, where the claim has one; otherwise null.</summary>
    public int? TalkingPoint { get; }

    /// <summary>The model parameters this claim becomes.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The arithmetic a reader can check, or null when the claim is a label without arithmetic.</summary>
    public string? Arithmetic { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Topic}";
}
