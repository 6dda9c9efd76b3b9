using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Formulas;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>functions</c>: every function of the formula language with its signature, meaning and source.</summary>
internal sealed class FunctionsCommand : CliCommand
{
    public FunctionsCommand()
        : base("functions", "Lists every function of the formula language with its signature, meaning and source.")
    {
        AddFormat();
        AddExamples("functions", "functions --format markdown");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var format = FormatOf(parse);
        if (format == OutputFormat.Json)
        {
            Output.Json(context.Console, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("functions");
                foreach (var f in FormulaFunctions.All)
                {
                    w.WriteStartObject();
                    w.WriteString("name", f.Name);
                    w.WriteString("category", f.Category.ToString().ToLowerInvariant());
                    w.WriteString("signature", f.Signature);
                    w.WriteStrings("parameters", f.Parameters);
                    w.WriteBoolean("variadic", f.IsVariadic);
                    w.WriteString("description", f.Description);
                    w.WriteString("source", f.Source);
                    w.WriteString("example", f.Example);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var table = new TextTable(
            "Formula functions",
            ["Function", "Kind", "Meaning", "Source", "Example"],
            FormulaFunctions.All.Select(f => new[] { f.Signature, f.Category.ToString().ToLowerInvariant(), f.Description, f.Source, f.Example }),
            [
                "Operators, loosest first: c ? a : b;  < <= > >= == != (1 or 0);  a to b (log-normal, 90% between a and b);  + -;  * /;  unary -;  ^.",
                "Numbers: 1e9, 0.25, 5% (0.05), 3k, 2.5M, 100B, 1.5T. Lists [x, y, ...] only as arguments of discrete and mixture.",
                "Each distribution call is an independent input; a variable is drawn once per sample and reused wherever it is named.",
            ]);
        Output.Tables(context.Console, format, table);
        return ExitCodes.Ok;
    }
}
