namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>"Did you mean …?" for command-line words: the closest known name by edit distance.</summary>
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
            var distance = Distance(word.ToUpperInvariant(), candidate.ToUpperInvariant());
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

    /// <summary>The optimal-string-alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
