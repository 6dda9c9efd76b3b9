namespace ScalingScenarios.Reporting;

/// <summary>One column of a raw-sample export: a variable's name and, when it has one, its unit.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SampleColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="name">The variable's name; the column header. Must not be empty or white space.</param>
    /// <param name="unit">The unit of the values (for example "USD"), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public SampleColumn(string name, string? unit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit;
    }

    /// <summary>Gets the variable's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit of the values, or null.</summary>
    public string? Unit { get; }

    /// <inheritdoc />
    public override string ToString() => Unit is null ? Name : $"{Name} [{Unit}]";
}
