namespace ScalingScenarios.Charts;

/// <summary>
/// Names the class that makes rich-display formatters for the type it is put on. .NET Interactive hosts (Polyglot
/// Notebooks, dotnet-repl) find this attribute by its name, so the package needs no reference to them.
/// </summary>
/// <remarks>The host creates <see cref="FormatterSourceType"/> and calls its public <c>CreateTypeFormatters()</c>.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="formatterSourceType">The class with a public parameterless constructor and a public <c>CreateTypeFormatters()</c>.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>Gets the formatter source class.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>Gets the MIME types the host should prefer, best first.</summary>
    public string[] PreferredMimeTypes { get; init; } = [];
}
