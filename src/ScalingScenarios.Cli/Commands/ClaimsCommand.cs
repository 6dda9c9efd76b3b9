using System.ComponentModel;
using ScalingScenarios.Claims;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>claims</c>: the claim catalog, one claim in detail, or the cited defaults.</summary>
internal sealed class ClaimsCommand(CliConsole console) : Command<ClaimsCommand.Settings>
{
    internal sealed class Settings : FormatSettings
    {
        [CommandOption("--claim <ID>")]
        [Description("Show one claim in full with every default that cites it, e.g. [green]C07[/].")]
        public string? Claim { get; init; }

        [CommandOption("--defaults")]
        [Description("List every documented default of the library with the claims and sources it cites.")]
        public bool Defaults { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Claim is not null)
        {
            if (!ClaimCatalog.TryParseId(settings.Claim, out var id))
            {
                throw new CliInputException($"--claim: expected a claim ID from C01 to C14; got '{settings.Claim}'.");
            }

            return ShowOne(ClaimCatalog.Get(id), settings.Format);
        }

        if (settings.Defaults)
        {
            return ShowDefaults(ClaimCatalog.Defaults, settings.Format, "Library defaults and what they cite");
        }

        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new { claims = ClaimCatalog.All.Select(ToJson) });
            return ExitCodes.Ok;
        }

        var table = new TextTable(
            "The interview's claims",
            ["ID", "Topic", "Talking point", "Parameters", "Checkable arithmetic"],
            ClaimCatalog.All.Select(c => new[]
            {
                c.Id.ToString(), c.Topic, c.TalkingPoint?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                string.Join("; ", c.Parameters), c.Arithmetic ?? "-",
            }),
            [
                "Source: the 2024 Econ 102 interview of Dario Amodei, paraphrased; 'talking point' is the number in the write-up's summary list.",
                "Caveat (C02, C05): the write-up states the tiers in parameters, English summaries in training dollars. See 'tiers --basis'.",
                "Run 'claims --claim C07' for one claim in full, 'claims --defaults' for every default and its source.",
            ]);
        Output.Tables(console, settings.Format, table);
        return ExitCodes.Ok;
    }

    private int ShowOne(Claim claim, OutputFormat format)
    {
        var defaults = ClaimCatalog.DefaultsCiting(claim.Id);
        if (format == OutputFormat.Json)
        {
            Output.Json(console, new { claim = ToJson(claim), defaults = defaults.Select(DefaultToJson) });
            return ExitCodes.Ok;
        }

        var table = new TextTable(
            $"{claim.Id}: {claim.Topic}",
            ["Field", "Value"],
            [
                ["Claim", claim.Paraphrase],
                ["Talking point", claim.TalkingPoint?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"],
                ["Parameters", string.Join("; ", claim.Parameters)],
                ["Arithmetic", claim.Arithmetic ?? "-"],
            ]);
        Output.Tables(console, format, table, DefaultsTable(defaults, $"Defaults citing {claim.Id}"));
        return ExitCodes.Ok;
    }

    private int ShowDefaults(IReadOnlyList<CitedDefault> defaults, OutputFormat format, string title)
    {
        if (format == OutputFormat.Json)
        {
            Output.Json(console, new { defaults = defaults.Select(DefaultToJson) });
            return ExitCodes.Ok;
        }

        Output.Tables(console, format, DefaultsTable(defaults, title));
        return ExitCodes.Ok;
    }

    private static TextTable DefaultsTable(IReadOnlyList<CitedDefault> defaults, string title)
        => new(
            title,
            ["Default", "Value", "Claims", "Sources"],
            defaults.Select(d => new[]
            {
                d.Name, d.Value, d.Claims.Count == 0 ? "-" : string.Join(", ", d.Claims),
                d.Sources.Count == 0 ? "-" : string.Join("; ", d.Sources.Select(s => s.ToString())),
            }),
            defaults.Count == 0 ? ["No default cites this yet."] : null);

    private static object ToJson(Claim c) => new
    {
        id = c.Id.ToString(),
        topic = c.Topic,
        paraphrase = c.Paraphrase,
        talkingPoint = c.TalkingPoint,
        parameters = c.Parameters,
        arithmetic = c.Arithmetic,
    };

    private static object DefaultToJson(CitedDefault d) => new
    {
        name = d.Name,
        value = d.Value,
        claims = d.Claims.Select(c => c.ToString()),
        sources = d.Sources.Select(s => new { key = s.Key, citation = s.ToString(), url = s.Url }),
    };
}
