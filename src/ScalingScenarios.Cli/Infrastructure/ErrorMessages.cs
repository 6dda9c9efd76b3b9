namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// Turns library messages into the words of the command line: the library names its C# parameter
/// ("Parameter 'modelFlopsUtilization'"), the user typed an option (<c>--mfu</c>).
/// </summary>
internal static class ErrorMessages
{
    /// <summary>The library parameters that CLI options feed, by parameter name.</summary>
    private static readonly Dictionary<string, string> OptionOfParameter = new(StringComparer.Ordinal)
    {
        ["modelFlopsUtilization"] = "--mfu",
        ["usdPerAcceleratorHour"] = "--usd-per-hour",
        ["acceleratorCount"] = "--accelerators",
        ["budgetUsd"] = "--budget-usd",
        ["trainingFlops"] = "--flops",
        ["parameters"] = "--parameters",
        ["tokens"] = "--tokens",
        ["tokensPerParameter"] = "--tokens-per-parameter",
        ["samples"] = "--samples",
        ["seed"] = "--seed",
        ["threads"] = "--threads",
    };

    /// <summary>
    /// The message of an input error. A library message about a parameter that an option the user typed feeds is led by
    /// that option (<c>--mfu: Expected a number in (0, 1]; got 2.</c>); the C# parameter name never shows.
    /// </summary>
    /// <param name="ex">The exception.</param>
    /// <param name="typedOptions">The options on the command line, as typed.</param>
    public static string ForInputError(Exception ex, IReadOnlySet<string> typedOptions)
    {
        if (ex is ArgumentException { ParamName: { } name } argument)
        {
            // The library's exceptions carry their parts as data (never parse the message): "Expected <what>; got <value>."
            var text = argument.Data["ScalingScenarios.Expected"] is string expected && argument.Data["ScalingScenarios.Got"] is string got
                ? $"Expected {expected}; got {got}."
                : argument.Message;
            if (!OptionOfParameter.TryGetValue(name, out var option))
            {
                return text;
            }

            if (typedOptions.Contains(option))
            {
                return $"{option}: {text}";
            }

            // A value the tool derived (e.g. tokens = 20 x --parameters): blame what the user typed, not an option they did not use.
            var given = typedOptions.Where(o => o != "--format").Order(StringComparer.Ordinal).ToList();
            var lowered = text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
            return given.Count == 0
                ? $"the {Words(name)} computed from the defaults: {lowered}"
                : $"{string.Join(", ", given)}: the {Words(name)} computed from {(given.Count == 1 ? "it" : "them")}: {lowered}";
        }

        return ex.Message;
    }

    /// <summary>"tokensPerParameter" → "tokens per parameter".</summary>
    private static string Words(string camelCase)
        => string.Concat(camelCase.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
