using System.Text;
using ScalingScenarios.Claims;
using ScalingScenarios.Formulas;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// The built-in interview scenario (the library's copy of <c>samples/scenarios/interview.json</c>) and its named variants,
/// each reading one claim a particular way.
/// </summary>
/// <remarks>
/// The scenario models the market if scaling continues or stops (C03, C11, with the branches of C12), the value chain
/// (C04), 4-5 builders (C05), cheaper inference (C07) and one frontier training run per builder (C02), and carries the
/// inputs of the <see cref="ArgumentCheck"/>. Thread-safe; the scenario is parsed once, on first use.
/// </remarks>
public static class InterviewScenario
{
    /// <summary>The name of the embedded resource holding the scenario's JSON.</summary>
    public const string ResourceName = "ScalingScenarios.Scenarios.interview.json";

    private static readonly Lazy<string> LazyJson = new(ReadJson);
    private static readonly Lazy<Scenario> LazyDefault = new(() => Scenario.Parse(Json));

    /// <summary>The scenario file's text, exactly as in <c>samples/scenarios/interview.json</c> (comments included).</summary>
    public static string Json => LazyJson.Value;

    /// <summary>The interview scenario, parsed.</summary>
    public static Scenario Default => LazyDefault.Value;

    /// <summary>The scenario as written: no variable changed.</summary>
    [Cites("C11")]
    public static ScenarioPreset Interview { get; } = new("interview", "The interview scenario as written: odds of 60-70% that scaling continues.", [ClaimId.C11]);

    /// <summary>Odds of 60-40 that scaling continues: pContinue = 0.6.</summary>
    [Cites("C11")]
    public static ScenarioPreset Odds6040 { get; } = new("odds-60-40", "Odds of 60-40 that scaling continues.", [ClaimId.C11], Set("pContinue", "0.6"));

    /// <summary>Odds of 70-30 that scaling continues: pContinue = 0.7.</summary>
    [Cites("C11")]
    public static ScenarioPreset Odds7030 { get; } = new("odds-70-30", "Odds of 70-30 that scaling continues.", [ClaimId.C11], Set("pContinue", "0.7"));

    /// <summary>Inference 10% cheaper: inferenceSavings = 0.10.</summary>
    [Cites("C07")]
    public static ScenarioPreset InferenceSavings10 { get; } = Savings(10);

    /// <summary>Inference 20% cheaper: inferenceSavings = 0.20.</summary>
    [Cites("C07")]
    public static ScenarioPreset InferenceSavings20 { get; } = Savings(20);

    /// <summary>Inference 30% cheaper: inferenceSavings = 0.30.</summary>
    [Cites("C07")]
    public static ScenarioPreset InferenceSavings30 { get; } = Savings(30);

    /// <summary>The tier ladder read in training dollars: a frontier run costs the top tier's $1e11 (the scenario's default).</summary>
    [Cites("C02")]
    [Cites("InGoodCompany2024")]
    public static ScenarioPreset TiersInDollars { get; } = new("tiers-dollars",
        "The tiers read in training dollars: one frontier run costs $100B (English summaries).", [ClaimId.C02], Set("frontierRunUsd", "topTierTrainingUsd"));

    /// <summary>The tier ladder read in parameters: a frontier run is a compute-optimal 1e11-parameter model (about $1.7M).</summary>
    [Cites("C02")]
    [Cites("Hoffmann2022")]
    public static ScenarioPreset TiersInParameters { get; } = new("tiers-parameters",
        "The tiers read in parameters: one frontier run trains a compute-optimal 1e11-parameter model (the seed write-up).", [ClaimId.C02], Set("frontierRunUsd", "topTierCostOnParameterReading"));

    /// <summary>An oligopoly of 4 or 5 builders whose margin is the Cournot Lerner index 1/(n|ε|).</summary>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static ScenarioPreset Oligopoly { get; } = new("oligopoly",
        "4 or 5 builders competing a la Cournot: margin 1/(n |elasticity|).", [ClaimId.C05],
        Set("frontierFirms", "discrete([4, 5], [0.5, 0.5])"), Set("modelMargin", "cournotLerner(frontierFirms, demandElasticity)"));

    /// <summary>A commoditized market like solar panels: many makers, so the Cournot margin is close to 0.</summary>
    [Cites("C05")]
    [Cites("C06")]
    public static ScenarioPreset Commoditized { get; } = new("commoditized",
        "Many makers as in solar panels (commoditizedFirms of them): the Cournot margin tends to 0.", [ClaimId.C05, ClaimId.C06],
        Set("frontierFirms", "commoditizedFirms"), Set("modelMargin", "cournotLerner(frontierFirms, demandElasticity)"));

    /// <summary>Every preset, in the order above.</summary>
    public static IReadOnlyList<ScenarioPreset> Presets { get; } =
        [Interview, Odds6040, Odds7030, InferenceSavings10, InferenceSavings20, InferenceSavings30, TiersInDollars, TiersInParameters, Oligopoly, Commoditized];

    /// <summary>Finds a preset by name.</summary>
    /// <param name="name">The preset's name, e.g. "odds-60-40" (case-insensitive).</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No preset has that name; the message lists them and suggests the nearest.</exception>
    public static ScenarioPreset Preset(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var preset in Presets)
        {
            if (string.Equals(preset.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return preset;
            }
        }

        var suggestion = NameSuggester.Suggest(name.ToLowerInvariant(), Presets.Select(p => p.Name));
        throw new KeyNotFoundException($"Expected one of the presets {string.Join(", ", Presets.Select(p => p.Name))}; got '{name}'."
            + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
    }

    private static ScenarioPreset Savings(int percent)
    {
        var fraction = (percent / 100.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return new($"inference-savings-{percent}", $"Inference {percent}% cheaper for model makers.", [ClaimId.C07], Set("inferenceSavings", fraction));
    }

    private static KeyValuePair<string, string> Set(string name, string formula) => KeyValuePair.Create(name, formula);

    private static string ReadJson()
    {
        using var stream = typeof(InterviewScenario).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(InterviewScenario).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
