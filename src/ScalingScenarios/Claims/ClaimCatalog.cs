using System.Globalization;

namespace ScalingScenarios.Claims;

/// <summary>The interview's claims C01…C14 as data, and the list of library defaults that cite them.</summary>
/// <remarks>
/// The claims are paraphrased in the library's own words from a news write-up of the 2024 Econ 102
/// interview (<see cref="Sources.Interview"/>); <see cref="Claim.TalkingPoint"/> gives the number of the
/// write-up's summary point where there is one. Thread-safe.
/// </remarks>
public static class ClaimCatalog
{
    private static readonly Lazy<IReadOnlyList<CitedDefault>> LazyDefaults =
        new(() => Array.AsReadOnly([.. CitedDefaultList.Entries.Select(e => CreateDefault(e.Name, e.Value, e.Cites))]));

    /// <summary>All fourteen claims in ID order.</summary>
    public static IReadOnlyList<Claim> All { get; } =
    [
        new(ClaimId.C01, "Scaling laws",
            "Models grow more capable as training data and compute grow; this is an observed regularity, not a law of nature.",
            null, ["loss as a power law in parameters, tokens and compute"],
            "loss falls as a power law, so each further 10x buys a smaller drop"),
        new(ClaimId.C02, "Tier ladder",
            "The strong form of the hypothesis: four model tiers, each ten times the last, reach a strong first-year student, a strong undergraduate, a top graduate student and a Nobel-level researcher.",
            null, ["four tiers", "x10 per tier", "basis: parameters or training dollars"],
            "10x parameters per tier means about 100x training compute when data grows with parameters (Chinchilla)"),
        new(ClaimId.C03, "Market size",
            "If the strong form holds, AI systems come to account for a large share of economic output.",
            null, ["market size if scaling holds (uncertain)"], null),
        new(ClaimId.C04, "Value chain",
            "With a market that large, profit reaches every layer (chips, clouds, model makers, applications); even one tenth of the pool going to one layer is a great deal of money.",
            3, ["layer shares of the profit pool (sum to 1)", "one layer's share: 0.10"],
            "a layer's pool = its share x the market; the shares add up to 1"),
        new(ClaimId.C05, "Oligopoly",
            "Building models at the ten- to hundred-billion scale leaves room for four or five builders, perhaps with some state-backed ones: an oligopoly rather than a monopoly or a commodity market.",
            4, ["number of frontier firms n = 4..5", "market conduct"],
            "Cournot price-cost margin (Lerner) = 1 / (n |elasticity|), which shrinks as n grows"),
        new(ClaimId.C06, "Solar counter-analogy",
            "The interviewer's counter-example: solar panels transformed energy yet their makers earn little, because the product is a commodity without brand or lock-in.",
            null, ["commoditized preset: many firms", "learning rate ~20% per doubling"],
            "margin tends to 0 as n grows; price falls ~20% per doubling of cumulative volume"),
        new(ClaimId.C07, "Inference cost",
            "Serving the models, not training them, is where most of the cost lies: a large fixed training cost to spread over sales plus a per-unit inference cost, so a 10, 20 or 30% gain in inference efficiency moves the economics a lot.",
            5, ["training cost F", "inference share of cost k", "efficiency gain s in {0.10, 0.20, 0.30}"],
            "new gross margin = 1 - (1 - m)(1 - s k); break-even volume = F / (p - c)"),
        new(ClaimId.C08, "Differentiation",
            "Models come to differ in personality and strengths, and the products built on them deepen those differences.",
            null, ["differentiation: lower substitution between firms"],
            "differentiated Bertrand keeps a positive margin where homogeneous Bertrand has none"),
        new(ClaimId.C09, "Orchestration",
            "A large model can split a job among many cheap small models and gather their answers, like a swarm.",
            6, ["large-model calls", "small-model calls k", "price ratio r"],
            "cost of 1 large + k small calls against k + 1 large calls"),
        new(ClaimId.C10, "Reliability",
            "A model that is right 95% of the time is useful only when the other 5% can be noticed and dealt with.",
            null, ["per-step reliability 0.95", "error-detection recall", "retries"],
            "m chained steps succeed with probability 0.95^m; 0.95^10 is about 0.599"),
        new(ClaimId.C11, "Odds of scaling",
            "Nobody should take continued scaling for granted: it is an observation that could stop, and his odds that it continues are about 60-40 or 70-30.",
            7, ["P(scaling continues) in [0.6, 0.7]"],
            "expected value = p V(continues) + (1 - p) V(stops)"),
        new(ClaimId.C12, "What would change his mind",
            "He would update if the next larger model kept failing to improve, or if data ran out and synthetic data could not replace it.",
            null, ["branches: continues / stalls / stops"],
            "branch probabilities add up to 1"),
        new(ClaimId.C13, "Discovery speed-up",
            "Used well, AI could make discovery ten times faster, perhaps a hundred: a CRISPR-like thirty-year path, or a century of biology squeezed into five to ten years.",
            8, ["speed-up factor in {10, 100}"],
            "30 years / 10 = 3 years; 100 years in 5-10 years needs 10-20x; 100x gives 1 year"),
        new(ClaimId.C14, "Nationalization",
            "If scaling fails, AI is an important but ordinary technology; if it holds, the question becomes whether rivals keep pace.",
            null, ["scenario labels only"], null),
    ];

    /// <summary>Every default constant and preset of the library that carries a <see cref="CitesAttribute"/>, ordered by name.</summary>
    /// <remarks>
    /// Built once, on first use, from a list kept in the code (no reflection, so the tool trims and compiles ahead of
    /// time); a test checks that the list equals a reflection scan of the library's public static members for
    /// <see cref="CitesAttribute"/>.
    /// </remarks>
    public static IReadOnlyList<CitedDefault> Defaults => LazyDefaults.Value;

    /// <summary>Finds a claim by its ID.</summary>
    /// <param name="id">The claim ID.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not one of C01…C14 (the library's one convention for a key that names nothing).</exception>
    public static Claim Get(ClaimId id)
        => id is >= ClaimId.C01 and <= ClaimId.C14 ? All[(int)id - 1] : throw KeyLookup.NotFound(["C01 to C14"], ((int)id).ToString(CultureInfo.InvariantCulture), "claims");

    /// <summary>Parses a claim ID written as "C07", "c7" or "7".</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The parsed ID when the text names one of C01…C14.</param>
    /// <returns>True when the text names a claim.</returns>
    public static bool TryParseId(string? text, out ClaimId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = text.Trim();
        if (digits.StartsWith('C') || digits.StartsWith('c'))
        {
            digits = digits[1..];
        }

        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 14)
        {
            id = (ClaimId)number;
            return true;
        }

        return false;
    }

    /// <summary>The defaults that cite a claim.</summary>
    /// <param name="id">The claim ID.</param>
    /// <returns>The citing defaults, possibly empty.</returns>
    public static IReadOnlyList<CitedDefault> DefaultsCiting(ClaimId id) => [.. Defaults.Where(d => d.Claims.Contains(id))];

    /// <summary>The defaults that cite a source.</summary>
    /// <param name="sourceKey">A source key such as "Hoffmann2022".</param>
    /// <returns>The citing defaults, possibly empty.</returns>
    /// <exception cref="ArgumentException"><paramref name="sourceKey"/> is null or empty.</exception>
    public static IReadOnlyList<CitedDefault> DefaultsCiting(string sourceKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        return [.. Defaults.Where(d => d.Sources.Any(s => s.Key == sourceKey))];
    }

    /// <summary>Resolves a cited member's citations: claim IDs written as "C07" become claims, every other key a source.</summary>
    /// <param name="name">The member's name, qualified by its type.</param>
    /// <param name="value">The member's value as text.</param>
    /// <param name="cites">The member's citations in declaration order.</param>
    /// <returns>The default.</returns>
    /// <exception cref="KeyNotFoundException">A key names neither a claim nor a source in <see cref="Sources.All"/>.</exception>
    internal static CitedDefault CreateDefault(string name, string value, IEnumerable<CitesAttribute> cites)
    {
        var claims = new List<ClaimId>();
        var sources = new List<Source>();
        foreach (var cite in cites)
        {
            if (TryParseId(cite.Key, out var id) && cite.Key.StartsWith('C'))
            {
                claims.Add(id);
            }
            else
            {
                var source = Sources.Get(cite.Key);
                sources.Add(cite.Locator is null ? source : source.At(cite.Locator));
            }
        }

        return new CitedDefault(name, value, claims, sources);
    }
}
