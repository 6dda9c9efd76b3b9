namespace ScalingScenarios.Formulas;

/// <summary>
/// One variable as written in a scenario: its name and either a formula or a plain number, plus where its
/// value starts in the file (for messages).
/// </summary>
internal sealed record VariableDefinition(string Name, string? Formula, double? Number, int? Line = null, int? Column = null)
{
    /// <summary>A variable defined by a formula.</summary>
    public static VariableDefinition FromFormula(string name, string formula, int? line = null, int? column = null) => new(name, formula, null, line, column);

    /// <summary>A variable defined by a number.</summary>
    public static VariableDefinition FromNumber(string name, double number, int? line = null, int? column = null) => new(name, null, number, line, column);

    /// <summary>The formula text, or the number written as a formula.</summary>
    public string Text => Formula ?? Token.FormatNumber(Number ?? 0);
}
