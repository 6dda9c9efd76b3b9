using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>The options of every command that runs a scenario: <c>--samples</c>, <c>--seed</c>, <c>--threads</c> and <c>--format</c>.</summary>
internal class ScenarioSettings : FormatSettings
{
    [CommandOption("--samples <N>")]
    [Description("Monte Carlo samples (default: the file's [green]samples[/], else 100000). Accepts 1000000, 1e6 or 1M.")]
    public string? Samples { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Random seed, a whole number (default: the file's [green]seed[/], else 42). The same seed gives identical numbers for any thread count; across CPUs only the last digits of exp/log results may differ (see docs/engine.md).")]
    public long? Seed { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores). Never changes the results, only the time.")]
    public int? Threads { get; init; }

    /// <summary>The parsed <c>--samples</c>, or null when not given.</summary>
    public int? SampleCount => Samples is null ? null : ParseCount(Samples);

    public override ValidationResult Validate()
        => Samples is not null && ParseCount(Samples) is null
            ? ValidationResult.Error($"--samples: expected a whole number such as 100000, 1e6 or 1M; got '{Samples}'.")
            : ValidationResult.Success();

    /// <summary>Parses "100000", "1e6", "2.5M", "1k"; null when the text is not a whole number in the range of an int.</summary>
    internal static int? ParseCount(string text)
    {
        var t = text.Trim();
        var factor = 1.0;
        if (t.Length > 1 && t[^1] is 'k' or 'K' or 'M' or 'm')
        {
            factor = t[^1] is 'k' or 'K' ? 1e3 : 1e6;
            t = t[..^1];
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value *= factor;
        return double.IsFinite(value) && Math.Floor(value) == value && Math.Abs(value) <= int.MaxValue ? (int)value : null;
    }
}
