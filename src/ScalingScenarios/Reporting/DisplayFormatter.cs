namespace ScalingScenarios.Reporting;

/// <summary>One MIME type's formatter in the shape .NET Interactive expects from a formatter source (matched by member names).</summary>
internal sealed class DisplayFormatter
{
    private readonly Func<object, string?> _render;

    internal DisplayFormatter(string mimeType, Func<object, string?> render)
    {
        MimeType = mimeType;
        _render = render;
    }

    /// <summary>Gets the MIME type this formatter writes.</summary>
    public string MimeType { get; }

    /// <summary>Writes <paramref name="value"/> in <see cref="MimeType"/> when it is a type this formatter knows.</summary>
    /// <param name="value">The value to display.</param>
    /// <param name="writer">Where the formatted text goes.</param>
    /// <returns>True when the value was written, false when this formatter does not handle it.</returns>
    public bool Format(object value, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value is null ? null : _render(value);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}
