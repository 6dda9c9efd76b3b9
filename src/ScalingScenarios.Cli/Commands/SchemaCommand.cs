using System.CommandLine;
using System.Text.Json;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>schema</c>: the JSON Schema of scenario files, for editors (json), or its top-level fields as a table.</summary>
internal sealed class SchemaCommand : CliCommand
{
    public SchemaCommand()
        : base("schema", "Prints the JSON Schema of scenario files (point your editor's \"$schema\" at it); --format table, markdown or csv lists its fields.")
    {
        AddFormat(OutputFormat.Json, OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Csv);
        AddExamples("schema > scenario.schema.json", "schema --format table");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var format = FormatOf(parse);
        if (format == OutputFormat.Json)
        {
            context.Console.Out.Write(ScenarioSchema.Text);
            return ExitCodes.Ok;
        }

        using var schema = JsonDocument.Parse(ScenarioSchema.Text);
        var root = schema.RootElement;
        var required = root.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal);
        var rows = root.GetProperty("properties").EnumerateObject().Select(p => new[]
        {
            p.Name,
            p.Value.TryGetProperty("type", out var type) ? type.ToString() : "-",
            required.Contains(p.Name) ? "yes" : "no",
            p.Value.TryGetProperty("description", out var description) ? description.GetString() ?? string.Empty : string.Empty,
        });
        var table = new TextTable(
            "Scenario file fields",
            format == OutputFormat.Csv ? ["field", "type", "required", "description"] : ["Field", "Type", "Required", "Description"],
            rows,
            ["Unknown fields are errors (with a suggestion). 'schema' without --format prints the full JSON Schema (draft 2020-12)."]);
        Output.Tables(context.Console, format, table);
        return ExitCodes.Ok;
    }
}
