using System.CommandLine;
using System.Globalization;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary>
/// <c>eval EXPR</c>: one formula of the scenario language on the command line. A constant prints as a plain number; an
/// uncertain expression is sampled and summarized (mean, 5%, median, 95%).
/// </summary>
internal sealed class EvalCommand : CliCommand
{
    /// <summary>The name the expression gets inside the one-variable scenario it is evaluated in.</summary>
    private const string VariableName = "value";

    private readonly Argument<string> _expression = new("EXPR")
    {
        HelpName = "EXPR",
        Description = "The formula, quoted for the shell, e.g. \"0.95^10\" or \"0.1 * (1T to 10T)\"; 'functions' lists the functions it may call.",
    };

    private readonly ScenarioRunOptions _run = new();

    public EvalCommand()
        : base("eval", "Evaluates one formula: a constant prints as a plain number, an uncertain expression as a summary (mean, 5%, median, 95%).")
    {
        Arguments.Add(_expression);
        _run.AddTo(this);
        AddFormat();
        AddExamples("eval \"0.95^10\"", "eval \"chainSuccess(0.95, 10)\"", "eval \"0.1 * (1T to 10T)\"", "eval \"cournotLerner(4, 1.5)\" --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var expression = parse.GetValue(_expression)!;
        Scenario scenario;
        try
        {
            scenario = Scenario.FromFormulas("eval", [new(VariableName, expression)], [VariableName]);
        }
        catch (ScenarioException ex)
        {
            throw new CliInputException(DescribeErrors(expression, ex.Errors));
        }

        var options = _run.Apply(parse, scenario.Options);
        var result = ScenarioRunner.Run(console, scenario, options, context.CancellationToken);
        var summary = result.Outputs[0];
        var constant = summary.Min == summary.Max;
        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteString("expression", expression);
                w.WriteBoolean("constant", constant);
                if (constant)
                {
                    w.WriteDouble("value", summary.Min);
                }
                else
                {
                    w.WriteNumber("samples", result.Samples);
                    w.WriteNumber("seed", result.Seed);
                    w.WritePropertyName("summary");
                    ScenarioResult.WriteStatistics(w, summary);
                }

                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        if (constant)
        {
            var value = ValueFormat.Raw(summary.Min);
            switch (format)
            {
                case OutputFormat.Csv:
                    Output.Tables(console, format, new TextTable(string.Empty, ["expression", "value"], [[expression, value]]));
                    break;
                case OutputFormat.Markdown:
                    Output.Tables(console, format, new TextTable(string.Empty, ["Expression", "Value"], [[expression, value]]));
                    break;
                default:
                    console.Out.Write(value + "\n");
                    break;
            }

            return ExitCodes.Ok;
        }

        if (format == OutputFormat.Csv)
        {
            console.Out.Write(result.ToCsv().Replace(VariableName + ",", CsvField(expression) + ",", StringComparison.Ordinal));
            return ExitCodes.Ok;
        }

        var table = new TextTable(
            expression,
            ["Mean", "5%", "Median", "95%", "Std dev"],
            [[Display.Number(summary.Mean), Display.Number(summary.P5), Display.Number(summary.P50), Display.Number(summary.P95), Display.Number(summary.StdDev)]],
            [string.Create(CultureInfo.InvariantCulture, $"Uncertain: {result.Samples:N0} samples, seed {result.Seed}; 5% and 95% bound the middle 90% of outcomes.")]);
        Output.Tables(console, format, table);
        return ExitCodes.Ok;
    }

    /// <summary>The errors of the expression, each with the expression and a caret under the problem.</summary>
    private static string DescribeErrors(string expression, IReadOnlyList<ScenarioError> errors)
    {
        var lines = new List<string> { $"the expression has {errors.Count} {(errors.Count == 1 ? "error" : "errors")}" };
        foreach (var error in errors)
        {
            var message = error.Message;
            var marker = "character ";
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            lines.Add("  " + (at >= 0 ? message[at..] : message));
            if (error.Position is { } position)
            {
                lines.Add("    " + Printable.Quote(expression));
                lines.Add("    " + new string(' ', Math.Max(position - 1, 0)) + new string('^', Math.Max(error.Length, 1)));
            }
        }

        return string.Join('\n', lines);
    }

    private static string CsvField(string text)
        => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
