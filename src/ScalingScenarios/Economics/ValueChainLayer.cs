namespace ScalingScenarios.Economics;

/// <summary>One layer of the AI value chain (chips, cloud, model makers, applications) and its share of the chain's profit pool.</summary>
/// <remarks>Claim C04. Immutable and thread-safe.</remarks>
public sealed class ValueChainLayer
{
    /// <summary>Creates a layer with its share of the pool.</summary>
    /// <param name="name">The layer's name, e.g. "chips". Must not be empty or white space.</param>
    /// <param name="share">The layer's share of the pool (profit or revenue, as the caller chooses). Range: [0, 1].</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is NaN, ±∞ or outside [0, 1].</exception>
    public ValueChainLayer(string name, double share)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Share = Guard.Probability(share);
    }

    /// <summary>The layer's name.</summary>
    public string Name { get; }

    /// <summary>The layer's share of the pool, in [0, 1].</summary>
    public double Share { get; }

    /// <summary>The layer as "name: share".</summary>
    /// <returns>For example "chips: 0.133".</returns>
    public override string ToString() => $"{Name}: {Guard.Format(Share)}";
}
