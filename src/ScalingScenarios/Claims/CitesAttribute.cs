namespace ScalingScenarios.Claims;

/// <summary>
/// Marks a default constant, preset or formula with what it rests on: a claim ID ("C07") or the key of
/// a <see cref="Source"/> ("Hoffmann2022"). <see cref="ClaimCatalog.Defaults"/> lists every marked member.
/// </summary>
/// <remarks>Apply it once per citation; a member may cite several claims and sources.</remarks>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Cites a claim or a source.</summary>
    /// <param name="key">A claim ID such as "C07", or a key listed by <see cref="Sources.All"/>.</param>
    /// <param name="locator">Where in the source: table, equation, page; or null.</param>
    public CitesAttribute(string key, string? locator = null)
    {
        Key = key;
        Locator = locator;
    }

    /// <summary>The claim ID or source key.</summary>
    public string Key { get; }

    /// <summary>Where in the source (table, equation, page), or null.</summary>
    public string? Locator { get; }
}
