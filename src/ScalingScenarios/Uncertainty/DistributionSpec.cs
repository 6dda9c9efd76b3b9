namespace ScalingScenarios.Uncertainty;

/// <summary>Draws one chunk of a distribution leaf whose parameters may differ per sample (NaN where they are invalid).</summary>
internal delegate void LeafSampler(ref RandomStream source, ReadOnlySpan<Param> parameters, Span<double> destination, Span<double> scratch);

/// <summary>
/// Everything the library knows about one distribution family, in one place: its name in formulas, its stream id, its
/// parameter names, one rule set (per-parameter rules and an optional relation), the engine's sampler, the factory for
/// constant parameters and the catalog text. The function catalog, <see cref="Uncertain"/>'s description and factories,
/// and the engine all read it (see <see cref="DistributionSpecs"/>); adding a family is one entry there plus its sampler.
/// </summary>
/// <remarks>Immutable; shared by every thread.</remarks>
internal sealed class DistributionSpec
{
    private readonly ValueRule[] _rules;
    private readonly RelationRule? _relation;
    private readonly Func<double[], Distribution> _create;
    private readonly LeafSampler _sampler;

    internal DistributionSpec(
        string name,
        string[] parameters,
        ValueRule[] rules,
        RelationRule? relation,
        LeafSampler sampler,
        Func<double[], Distribution> create,
        string description,
        string source,
        string example)
    {
        if (rules.Length != parameters.Length)
        {
            throw new ArgumentException($"The spec of '{name}' needs one rule per parameter.", nameof(rules));
        }

        Name = name;
        Parameters = parameters;
        _rules = rules;
        _relation = relation;
        _sampler = sampler;
        _create = create;
        Description = description;
        Source = source;
        Example = example;
    }

    /// <summary>The function name in formulas and in descriptions, e.g. "uniform".</summary>
    internal string Name { get; }

    /// <summary>
    /// The family's identity in random-stream keys. It is the formula name, so it must stay as it is once released: a
    /// rename of the function needs this kept (a constructor argument then) or the seeded numbers of its leaves move.
    /// </summary>
    internal string StreamId => Name;

    /// <summary>The parameter names, in order: the public C# names and the formula names, e.g. ["min", "max"].</summary>
    internal IReadOnlyList<string> Parameters { get; }

    /// <summary>What the distribution is, with its parameter domains, for the function catalog.</summary>
    internal string Description { get; }

    /// <summary>Where it comes from, for the function catalog.</summary>
    internal string Source { get; }

    /// <summary>An example call, for the function catalog.</summary>
    internal string Example { get; }

    /// <summary>The first rule that one parameter value breaks, or null.</summary>
    internal ParameterViolation? CheckValue(int index, double value) => _rules[index](Parameters[index], value);

    /// <summary>The first rule that a complete parameter set breaks (each value in order, then the relation), or null.</summary>
    internal ParameterViolation? Check(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (CheckValue(i, values[i]) is { } violation)
            {
                return violation;
            }
        }

        return _relation?.Invoke(values);
    }

    /// <summary>The distribution with constant parameters, validated.</summary>
    /// <exception cref="ArgumentException">A parameter breaks a rule (the exception names it and carries the violation).</exception>
    internal Distribution Create(params ReadOnlySpan<double> values)
    {
        if (Check(values) is { } violation)
        {
            throw violation.ToException();
        }

        return _create(values.ToArray());
    }

    /// <summary>Draws one chunk with per-sample or shared parameters.</summary>
    internal void Sample(ref RandomStream source, ReadOnlySpan<Param> parameters, Span<double> destination, Span<double> scratch)
        => _sampler(ref source, parameters, destination, scratch);

    /// <inheritdoc />
    public override string ToString() => $"{Name}({string.Join(", ", Parameters)})";
}
