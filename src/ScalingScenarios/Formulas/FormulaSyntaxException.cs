namespace ScalingScenarios.Formulas;

/// <summary>A syntax error inside one formula, with a 0-based offset; the caller turns it into a <see cref="ScenarioError"/>.</summary>
internal sealed class FormulaSyntaxException : Exception
{
    public FormulaSyntaxException(int offset, int length, string expected, string found, string? hint)
        : base($"expected {expected}; found {found}.")
    {
        Offset = offset;
        Length = Math.Max(1, length);
        Expected = expected;
        Found = found;
        Hint = hint;
    }

    public FormulaSyntaxException()
        : this(0, 1, "a formula", "nothing", null)
    {
    }

    public FormulaSyntaxException(string message)
        : this(0, 1, "a formula", message, null)
    {
    }

    public FormulaSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Expected = "a formula";
        Found = message;
        Length = 1;
    }

    public int Offset { get; }

    public int Length { get; }

    public string Expected { get; }

    public string Found { get; }

    public string? Hint { get; }
}
