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
                    Render(console, table);
                    break;
            }
        }
    }

    private static void Render(CliConsole console, TextTable table)
    {
        var ansi = console.Ansi;
        var safe = Sanitized(table);
        if (safe.Title.Length > 0)
        {
            foreach (var line in TableLayout.Wrap(safe.Title, console.Width))
            {
                ansi.MarkupLine($"[bold]{Markup.Escape(line)}[/]");
            }
        }

        var parts = TableLayout.Fit(safe, console.Width);
        // More than two fragments of a table read worse than one record per row.
        var asRecords = parts.Count > 2 || parts.Any(p => !p.Fits);
        if (asRecords)
        {
            RenderRecords(ansi, safe, console.Width);
        }

        for (var p = 0; p < parts.Count && !asRecords; p++)
        {
            var part = parts[p];
            if (p > 0)
            {
                ansi.MarkupLine($"[bold]{Markup.Escape($"{(safe.Title.Length > 0 ? safe.Title + ", c" : "C")}ontinued ({p + 1} of {parts.Count})")}[/]");
            }

            var view = new Table().Border(TableBorder.Rounded);
            view.Expand = false;
            for (var i = 0; i < part.Columns.Count; i++)
            {
                var c = part.Columns[i];
                var column = new TableColumn(Markup.Escape(string.Join('\n', TableLayout.Wrap(safe.Columns[c], part.Widths[i]))))
                    .Width(part.Widths[i])
                    .NoWrap();
                if (safe.IsNumeric(c))
                {
                    column.RightAligned();
                }

                view.AddColumn(column);
            }

            foreach (var row in safe.Rows)
            {
                view.AddRow([.. part.Columns.Select((c, i) => new Markup(Markup.Escape(string.Join('\n', TableLayout.Wrap(row[c], part.Widths[i])))))]);
            }

            ansi.Write(view);
        }

        foreach (var note in safe.Notes)
        {
            foreach (var line in TableLayout.Wrap(note, console.Width))
            {
                ansi.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
            }
        }

        ansi.WriteLine();
    }

    /// <summary>
    /// The narrowest layout: each row as a record, its first cell as a heading and each other cell as an indented
    /// <c>Column: value</c> line wrapped at spaces.
    /// </summary>
    private static void RenderRecords(IAnsiConsole ansi, TextTable table, int width)
    {
        var label = table.Columns.Skip(1).Select(c => c.Length).DefaultIfEmpty(0).Max() + 2;
        var indent = label + 2 <= width / 2 ? label + 2 : 4;
        foreach (var row in table.Rows)
        {
            ansi.MarkupLine($"[bold]{Markup.Escape(row[0])}[/]");
            for (var c = 1; c < table.Columns.Count; c++)
            {
                var head = indent == 4 ? $"  {table.Columns[c]}:" : $"  {(table.Columns[c] + ":").PadRight(label)}";
                var lines = TableLayout.Wrap(row[c], Math.Max(width - indent, 10));
                if (indent == 4)
                {
                    ansi.WriteLine(head);
                    foreach (var line in lines)
                    {
                        ansi.WriteLine(new string(' ', indent) + line);
                    }
                }
                else
                {
                    ansi.WriteLine(head + lines[0]);
                    foreach (var line in lines.Skip(1))
                    {
                        ansi.WriteLine(new string(' ', indent) + line);
                    }
                }
            }
        }
    }

    private static TextTable Sanitized(TextTable table)
        => new(
            Printable.Sanitize(table.Title),
            table.Columns.Select(Printable.Sanitize),
            table.Rows.Select(r => r.Select(Printable.Sanitize)),
            table.Notes.Select(Printable.Sanitize));
}
