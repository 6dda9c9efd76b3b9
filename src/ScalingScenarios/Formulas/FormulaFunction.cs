namespace ScalingScenarios.Formulas;

/// <summary>One function of the formula language: its name, parameters, meaning and source.</summary>
/// <remarks>The catalog is <see cref="FormulaFunctions.All"/>; instances are created only there. Immutable and thread-safe.</remarks>
public sealed class FormulaFunction
{
    private readonly string[] _parameters;
    private readonly ParameterKind[] _kinds;

    internal FormulaFunction(
        string name,
        FormulaFunctionCategory category,
        string[] parameters,
        string description,
        string source,
        string example,
        ParameterKind[]? kinds = null,
        bool variadic = false,
        Func<ReadOnlySpan<double>, double>? compute = null)
    {
        Compute = compute;
        Name = name;
        Category = category;
        _parameters = parameters;
        _kinds = kinds ?? [.. parameters.Select(_ => ParameterKind.Number)];
        Description = description;
        Source = source;
        Example = example;
        IsVariadic = variadic;
    }

    /// <summary>The name used in formulas, e.g. "uniform".</summary>
    public string Name { get; }

    /// <summary>The group the function belongs to.</summary>
    public FormulaFunctionCategory Category { get; }

    /// <summary>The parameter names, in order, e.g. ["min", "max"].</summary>
    public IReadOnlyList<string> Parameters => Array.AsReadOnly(_parameters);

    /// <summary>True when the last parameter may be repeated (e.g. <c>max(a, b, c)</c>).</summary>
    public bool IsVariadic { get; }

    /// <summary>What the function computes, with units and domains.</summary>
    public string Description { get; }

    /// <summary>Where the formula comes from (paper and equation, claim ID, or "definition").</summary>
    public string Source { get; }

    /// <summary>A short example of a call.</summary>
    public string Example { get; }

    /// <summary>The call as it is written, e.g. "uniform(min, max)", "discrete([values], [weights])" or "max(a, b, ...)".</summary>
    public string Signature
    {
        get
        {
            var names = _parameters.Select((p, i) => _kinds[i] == ParameterKind.Number ? p : $"[{p}]");
            return $"{Name}({string.Join(", ", names)}{(IsVariadic ? ", ..." : string.Empty)})";
        }
    }

    /// <summary>The scalar function for numeric functions (math and calculators): folds constant calls and is lifted with <c>Uncertain.Map</c>; null for distributions.</summary>
    internal Func<ReadOnlySpan<double>, double>? Compute { get; }

    /// <summary>The kind of each parameter.</summary>
    internal IReadOnlyList<ParameterKind> Kinds => _kinds;

    /// <summary>Whether a call with <paramref name="count"/> arguments has the right arity.</summary>
    internal bool Accepts(int count) => IsVariadic ? count >= _parameters.Length : count == _parameters.Length;

    /// <summary>The kind of the argument at <paramref name="index"/> (variadic functions repeat the last kind).</summary>
    internal ParameterKind KindAt(int index) => _kinds[Math.Min(index, _kinds.Length - 1)];

    /// <summary>The name of the parameter at <paramref name="index"/> (variadic functions repeat the last name).</summary>
    internal string ParameterAt(int index) => _parameters[Math.Min(index, _parameters.Length - 1)];

    /// <summary>The expected arity, for messages: "2 arguments (min, max)" or "at least 2 arguments (a, b, ...)".</summary>
    internal string DescribeArity()
    {
        var count = _parameters.Length;
        var noun = count == 1 ? "argument" : "arguments";
        var list = string.Join(", ", _parameters) + (IsVariadic ? ", ..." : string.Empty);
        return IsVariadic ? $"at least {count} {noun} ({list})" : count == 0 ? "no arguments" : $"{count} {noun} ({list})";
    }

    /// <inheritdoc />
    public override string ToString() => Signature;
}
