using System.Runtime.CompilerServices;

namespace ScalingScenarios;

/// <summary>
/// The one convention for finding a built-in item by its key (a loss fit, an accelerator, a source, a value-chain layer):
/// keys match ordinally and case-insensitively after trimming; a null, empty or blank key is an
/// <see cref="ArgumentException"/> (<see cref="ArgumentNullException"/> for null); an unknown key is a
/// <see cref="KeyNotFoundException"/> whose message lists the known keys: <c>Expected one of the loss fits a, b; got 'c'.</c>
/// </summary>
internal static class KeyLookup
{
    /// <summary>The item whose key matches, or null (also for a null or blank key).</summary>
    internal static T? TryFind<T>(IEnumerable<T> items, Func<T, string> keyOf, string? key)
        where T : class
        => string.IsNullOrWhiteSpace(key) ? null : items.FirstOrDefault(item => string.Equals(keyOf(item), key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The item whose key matches.</summary>
    /// <param name="items">The items.</param>
    /// <param name="keyOf">An item's key.</param>
    /// <param name="key">The key wanted.</param>
    /// <param name="what">What the items are, plural, for the message: "loss fits".</param>
    /// <param name="paramName">The caller's parameter.</param>
    internal static T Find<T>(IEnumerable<T> items, Func<T, string> keyOf, string? key, string what, [CallerArgumentExpression(nameof(key))] string? paramName = null)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key, paramName);
        return TryFind(items, keyOf, key) ?? throw NotFound(items.Select(keyOf), key, what);
    }

    /// <summary>The exception for an unknown key.</summary>
    internal static KeyNotFoundException NotFound(IEnumerable<string> known, string key, string what)
        => new($"Expected one of the {what} {string.Join(", ", known)}; got '{key}'.");
}
