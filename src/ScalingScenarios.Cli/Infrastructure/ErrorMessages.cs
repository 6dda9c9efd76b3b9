using System.Text.RegularExpressions;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// Turns library and parser messages into the words of the command line: the library names its C# parameter
/// ("Parameter 'modelFlopsUtilization'"), the user typed an option (<c>--mfu</c>).
/// </summary>
internal static partial class ErrorMessages
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

    /// <summary>The message of an input error, led by the option that carried the bad value when there is one.</summary>
    public static string ForInputError(Exception ex)
    {
        if (ex is ArgumentException { ParamName: { } name } && OptionOfParameter.TryGetValue(name, out var option))
        {
            var suffix = $" (Parameter '{name}')";
            var text = ex.Message.EndsWith(suffix, StringComparison.Ordinal) ? ex.Message[..^suffix.Length] : ex.Message;
            return $"{option}: {text}";
        }

        return ex.Message;
    }

    /// <summary>A usage error's message; Spectre's "Failed to convert 'x' to Nullable`1" becomes the option and what it expects.</summary>
    public static string ForUsageError(string message, IReadOnlyList<string> args)
    {
        var match = ConversionFailure().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var index = args.ToList().IndexOf(value);
        var option = index > 0 && args[index - 1].StartsWith('-') ? args[index - 1] : "an option";
        return $"{option}: expected a number (e.g. 42, 0.4, 1e9); got '{value}'.";
    }

    [GeneratedRegex("^Failed to convert '(?<value>.*)' to ")]
    private static partial Regex ConversionFailure();
}
