using System.Text.Json;
using ScalingScenarios.Reporting;
using Spectre.Console;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Writes a command's result in the chosen format.</summary>
internal static class Output
{
    /// <summary>Writes one JSON document (through <see cref="JsonOutput"/>) and a newline.</summary>
    public static void Json(CliConsole console, Action<Utf8JsonWriter> write)
    {
        console.Out.Write(JsonOutput.Write(write));
        console.Out.Write('\n');
    }

    /// <summary>
    /// Writes a typed result in the chosen format: its tables (on the terminal, or as Markdown), its own CSV (one table,
    /// raw numbers, a unit column) or its JSON.
    /// </summary>
    public static void Result(CliConsole console, OutputFormat format, IReadOnlyList<TextTable> tables, Func<string> csv, Action<Utf8JsonWriter> json)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json(console, json);
                break;
            case OutputFormat.Csv:
                console.Out.Write(Printable.Sanitize(csv()));
                break;
            default:
                Tables(console, format, [.. tables]);
                break;
        }
    }

    /// <summary>Writes tables as a terminal table, Markdown or CSV (JSON is written by the command itself).</summary>
    public static void Tables(CliConsole console, OutputFormat format, params TextTable[] tables)
    {
        for (var i = 0; i < tables.Length; i++)
        {
            var table = tables[i];
            switch (format)
            {
                case OutputFormat.Markdown:
                    if (i > 0)
                    {
                        console.Out.Write('\n');
                    }

                    console.Out.Write(Printable.Sanitize(table.ToMarkdown()));
                    break;
                case OutputFormat.Csv:
                    if (i > 0)
                    {
                        console.Out.Write('\n');
                    }

                    console.Out.Write(Printable.Sanitize(table.ToCsv()));
                    break;
                default:
                    Render(console.Ansi, table);
                    break;
            }
        }
    }

    private static void Render(IAnsiConsole ansi, TextTable table)
    {
        var view = new Table().Border(TableBorder.Rounded);
        if (table.Title.Length > 0)
        {
            view.Title($"[bold]{Markup.Escape(Printable.Sanitize(table.Title))}[/]");
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = new TableColumn(Markup.Escape(Printable.Sanitize(table.Columns[c])));
            if (table.IsNumeric(c))
            {
                column.RightAligned();
            }

            view.AddColumn(column);
        }

        foreach (var row in table.Rows)
        {
            view.AddRow([.. row.Select(cell => new Markup(Markup.Escape(Printable.Sanitize(cell))))]);
        }

        ansi.Write(view);
        foreach (var note in table.Notes)
        {
            ansi.MarkupLine($"[grey]{Markup.Escape(Printable.Sanitize(note))}[/]");
        }

        ansi.WriteLine();
    }
}
