using System.CommandLine;
using System.Text.Json;
using ScalingScenarios.Claims;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>claims</c>: the claim catalog, one claim in detail, or the cited defaults.</summary>
internal sealed class ClaimsCommand : CliCommand
{
    private readonly Option<string?> _claim = new("--claim")
    {
        HelpName = "ID",
        Description = "Show one claim in full with every default that cites it, e.g. C07.",
        CustomParser = ValueParsers.Text,
    };

    private readonly Option<bool> _defaults = new("--defaults")
    {
        Description = "List every documented default of the library with the claims and sources it cites.",
        Arity = ArgumentArity.Zero,
    };

    public ClaimsCommand()
        : base("claims", "The interview's claims C01-C14 with the parameters they drive, and the defaults that cite them.")
    {
        Options.Add(_claim);
        Options.Add(_defaults);
        AddFormat();
        AddExamples("claims", "claims --claim C07", "claims --defaults --format markdown");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        if (parse.GetValue(_claim) is { } claim)
        {
            if (!ClaimCatalog.TryParseId(claim, out var id))
            {
                throw new CliInputException($"--claim: expected a claim ID from C01 to C14; got '{Printable.Quote(claim)}'.");
            }

            return ShowOne(console, ClaimCatalog.Get(id), format);
        }

        if (parse.GetValue(_defaults))
        {
            return ShowDefaults(console, ClaimCatalog.Defaults, format, "Library defaults and what they cite");
        }

        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("claims");
                foreach (var c in ClaimCatalog.All)
                {
                    WriteClaim(w, c);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
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
        Output.Tables(console, format, table);
        return ExitCodes.Ok;
    }

    private static int ShowOne(CliConsole console, Claim claim, OutputFormat format)
    {
        var defaults = ClaimCatalog.DefaultsCiting(claim.Id);
        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("claim");
                WriteClaim(w, claim);
                WriteDefaults(w, defaults);
                w.WriteEndObject();
            });
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

    private static int ShowDefaults(CliConsole console, IReadOnlyList<CitedDefault> defaults, OutputFormat format, string title)
    {
        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                WriteDefaults(w, defaults);
                w.WriteEndObject();
            });
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

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id.ToString());
        w.WriteString("topic", c.Topic);
        w.WriteString("paraphrase", c.Paraphrase);
        w.WriteOptional("talkingPoint", c.TalkingPoint);
        w.WriteStrings("parameters", c.Parameters);
        w.WriteOptional("arithmetic", c.Arithmetic);
        w.WriteEndObject();
    }

    private static void WriteDefaults(Utf8JsonWriter w, IReadOnlyList<CitedDefault> defaults)
    {
        w.WriteStartArray("defaults");
        foreach (var d in defaults)
        {
            w.WriteStartObject();
            w.WriteString("name", d.Name);
            w.WriteString("value", d.Value);
            w.WriteStrings("claims", d.Claims.Select(c => c.ToString()));
            w.WriteStartArray("sources");
            foreach (var s in d.Sources)
            {
                w.WriteStartObject();
                w.WriteString("key", s.Key);
                w.WriteString("citation", s.ToString());
                w.WriteOptional("url", s.Url);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
