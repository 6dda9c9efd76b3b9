namespace ScalingScenarios.Claims;

/// <summary>The stable identifiers of the interview's claims; code, docs, tests and reports cite them.</summary>
/// <remarks>The claims themselves are listed by <see cref="ClaimCatalog"/>.</remarks>
public enum ClaimId
{
    /// <summary>Capability rises with data and compute (an empirical regularity).</summary>
    C01 = 1,

    /// <summary>The four-tier ladder, each tier 10× the last.</summary>
    C02,

    /// <summary>If the strong form holds, AI takes a large share of the economy.</summary>
    C03,

    /// <summary>Profits flow to every layer; even a 10% slice is enormous.</summary>
    C04,

    /// <summary>Only 4–5 builders can compete at the frontier: oligopoly.</summary>
    C05,

    /// <summary>The solar-panel counter-analogy: a transformative but commoditized industry.</summary>
    C06,

    /// <summary>Most cost is inference; 10/20/30% better inference matters a lot.</summary>
    C07,

    /// <summary>Models differentiate by personality and specialty.</summary>
    C08,

    /// <summary>Large models orchestrate swarms of small ones.</summary>
    C09,

    /// <summary>A model right 95% of the time needs its errors caught.</summary>
    C10,

    /// <summary>The odds that scaling continues are 60–40 or 70–30.</summary>
    C11,

    /// <summary>What would change his mind: continues / stalls / stops.</summary>
    C12,

    /// <summary>AI could speed discovery 10×, maybe 100×.</summary>
    C13,

    /// <summary>Nationalization: ordinary technology if scaling fails, a race if it holds.</summary>
    C14,
}
