namespace ScalingScenarios.Formulas;

/// <summary>A variable after parsing and static checks: its syntax tree (null for a plain number) and the variables it references.</summary>
internal sealed class CheckedVariable(VariableDefinition definition, SyntaxNode? tree, IReadOnlyList<NameNode> references, bool failed)
{
    public VariableDefinition Definition { get; } = definition;

    public string Name => Definition.Name;

    /// <summary>The syntax tree; null for a plain number or when the formula did not parse.</summary>
    public SyntaxNode? Tree { get; } = tree;

    /// <summary>Every reference to another (known) variable, in formula order.</summary>
    public IReadOnlyList<NameNode> References { get; } = references;

    /// <summary>True when the variable has an error of its own or is part of a cycle; it is not bound.</summary>
    public bool Failed { get; set; } = failed;
}
