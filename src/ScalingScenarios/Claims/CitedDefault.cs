namespace ScalingScenarios.Claims;

/// <summary>A default value or preset of the library together with the claims and sources it cites.</summary>
/// <remarks>Immutable and thread-safe. Instances come from <see cref="ClaimCatalog.Defaults"/>.</remarks>
public sealed class CitedDefault
{
    internal CitedDefault(string name, string value, IReadOnlyList<ClaimId> claims, IReadOnlyList<Source> sources)
    {
        Name = name;
        Value = value;
        Claims = Array.AsReadOnly(claims.ToArray());
        Sources = Array.AsReadOnly(sources.ToArray());
    }

    /// <summary>The member's name, qualified by its type, e.g. "ChinchillaFit.Hoffmann2022".</summary>
    public string Name { get; }

    /// <summary>The value as text (numbers in invariant culture; presets by their description).</summary>
    public string Value { get; }

    /// <summary>The claims this default rests on.</summary>
    public IReadOnlyList<ClaimId> Claims { get; }

    /// <summary>The public sources this default rests on, with their locators.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value}";
}
