using ScalingScenarios.Formulas;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>"Did you mean …?" for command-line words: the closest known name by the formula checker's edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate, or null when none is close.</summary>
    /// <remarks>
    /// Case-insensitive optimal-string-alignment distance (Levenshtein plus adjacent swaps), at most 1 for words of up to
    /// 4 characters, 2 up to 8 and 3 beyond (leading dashes not counted); a candidate that starts with the word also counts
    /// (<c>--accel</c> → <c>--accelerator</c>).
    /// </remarks>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var bare = word.TrimStart('-');
        var limit = bare.Length <= 4 ? 1 : bare.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = NameSuggester.Distance(word.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance > limit && bare.Length >= 3 && candidate.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase))
            {
                distance = limit;
            }

            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
