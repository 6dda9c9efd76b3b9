namespace ScalingScenarios.Cli.Tests;

/// <summary>Splits a documented command line into words as a shell would, for tests that run the docs' examples.</summary>
internal static class CommandLineWords
{
    /// <summary>The words of <paramref name="commandLine"/>: split at spaces, "double-quoted" words kept whole.</summary>
    public static IEnumerable<string> Split(string commandLine)
    {
        var word = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in commandLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
