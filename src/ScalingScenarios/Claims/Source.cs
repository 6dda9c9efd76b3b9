namespace ScalingScenarios.Claims;

/// <summary>A public source that a default value or a formula cites: a paper, a filing, a datasheet or an analysis.</summary>
/// <remarks>Immutable and thread-safe. The well-known sources are listed by <see cref="Sources"/>.</remarks>
public sealed class Source
{
    /// <summary>Creates a citation.</summary>
    /// <param name="key">A short stable key, e.g. "Hoffmann2022". Must not be empty.</param>
    /// <param name="title">The title of the work.</param>
    /// <param name="authors">The authors or the publishing organization.</param>
    /// <param name="year">The year of publication. Range: [1900, 2100].</param>
    /// <param name="locator">Where in the work the cited figure is (table, equation, page), or null.</param>
    /// <param name="url">A public address of the work, or null.</param>
    /// <exception cref="ArgumentException">A text argument is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900, 2100].</exception>
    public Source(string key, string title, string authors, int year, string? locator = null, string? url = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(authors);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        Key = key;
        Title = title;
        Authors = authors;
        Year = year;
        Locator = locator;
        Url = url;
    }

    /// <summary>A short stable key, e.g. "Hoffmann2022"; <see cref="CitesAttribute"/> refers to sources by it.</summary>
    public string Key { get; }

    /// <summary>The title of the work.</summary>
    public string Title { get; }

    /// <summary>The authors or the publishing organization.</summary>
    public string Authors { get; }

    /// <summary>The year of publication.</summary>
    public int Year { get; }

    /// <summary>Where in the work the cited figures are (table, equation, page), or null.</summary>
    public string? Locator { get; }

    /// <summary>A public address of the work, or null.</summary>
    public string? Url { get; }

    /// <summary>Returns a copy that points at a particular place in the work.</summary>
    /// <param name="locator">Table, equation or page, e.g. "eq. 10".</param>
    /// <returns>A new source with the same work and the given locator.</returns>
    /// <exception cref="ArgumentException"><paramref name="locator"/> is null, empty or white space.</exception>
    public Source At(string locator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locator);
        return new Source(Key, Title, Authors, Year, locator, Url);
    }

    /// <summary>A one-line citation: authors (year), title, locator.</summary>
    /// <returns>The citation text.</returns>
    public override string ToString()
        => Locator is null ? $"{Authors} ({Year}), {Title}" : $"{Authors} ({Year}), {Title}, {Locator}";
}
