using ScalingScenarios.Claims;

namespace ScalingScenarios.Scenarios;

/// <summary>One row of the <see cref="ArgumentCheck"/>: a claim (or several, for a cross-claim check), its inputs, the computed value, the stated conclusion, the verdict and one line of reasoning.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimCheck
{
    private readonly ClaimId[] _claims;
    private readonly CheckInput[] _inputs;

    internal ClaimCheck(string key, ClaimId[] claims, string title, CheckInput[] inputs, double? value, string? unit, string valueText, string conclusion, CheckVerdict verdict, string reasoning)
    {
        Key = key;
        _claims = claims;
        Title = title;
        _inputs = inputs;
        Value = value;
        Unit = unit;
        ValueText = valueText;
        Conclusion = conclusion;
        Verdict = verdict;
        Reasoning = reasoning;
    }

    /// <summary>The claim IDs joined with "+", e.g. "C07" or "C02+C05" for a check across claims.</summary>
    public string Id => string.Join("+", _claims.Select(c => c.ToString()));

    /// <summary>A stable key for the row, e.g. "c07-inference-savings".</summary>
    public string Key { get; }

    /// <summary>The claims the row checks; more than one for a cross-claim check.</summary>
    public IReadOnlyList<ClaimId> Claims => _claims;

    /// <summary>What is checked, in a few words.</summary>
    public string Title { get; }

    /// <summary>The inputs with their values and sources.</summary>
    public IReadOnlyList<CheckInput> Inputs => _inputs;

    /// <summary>The headline computed value, or null when the claim is not quantifiable.</summary>
    public double? Value { get; }

    /// <summary>The unit of <see cref="Value"/> ("USD", "percent", "x", "years", "firms", …), or null.</summary>
    public string? Unit { get; }

    /// <summary>The computed values as people read them, e.g. "25% at n = 4, 20% at n = 5".</summary>
    public string ValueText { get; }

    /// <summary>The conclusion the interview states (our paraphrase).</summary>
    public string Conclusion { get; }

    /// <summary>Whether the conclusion follows.</summary>
    public CheckVerdict Verdict { get; }

    /// <summary>One line of reasoning with the numbers behind the verdict.</summary>
    public string Reasoning { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}: {ValueText} — {ArgumentCheck.Describe(Verdict)}";
}
