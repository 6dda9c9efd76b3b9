using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Formulas;
using ScalingScenarios.Reporting;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>functions</c>: every function of the formula language with its signature, meaning and source.</summary>
internal sealed class FunctionsCommand(CliConsole console) : Command<FormatSettings>
{
    public override int Execute(CommandContext context, FormatSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new
            {
                functions = FormulaFunctions.All.Select(f => new
                {
                    name = f.Name,
                    category = f.Category,
                    signature = f.Signature,
                    parameters = f.Parameters,
                    variadic = f.IsVariadic,
                    description = f.Description,
                    source = f.Source,
                    example = f.Example,
                }),
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
        Output.Tables(console, settings.Format, table);
        return ExitCodes.Ok;
    }
}
