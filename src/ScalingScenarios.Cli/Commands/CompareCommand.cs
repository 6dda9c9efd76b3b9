using System.CommandLine;
using System.Globalization;
using ScalingScenarios.Charts;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>compare A B</c>: runs two scenario files with the same samples and seed and shows the outputs they share side by side.</summary>
internal sealed class CompareCommand : CliCommand
{
    private readonly Argument<string> _a = new("A") { HelpName = "A", Description = "The first scenario file (the baseline)." };
    private readonly Argument<string> _b = new("B") { HelpName = "B", Description = "The second scenario file; differences are B - A." };
    private readonly Option<string?> _output = new("--output")
    {
        HelpName = "NAME",
        Description = "The shared output that --chart draws (default: the first shared output): middle 90% per scenario and the paired difference B - A.",
        CustomParser = ValueParsers.Text,
    };

    private readonly ScenarioRunOptions _run = new();
    private readonly ChartOption _chart = new();

    public CompareCommand()
        : base("compare", "Runs two scenario files with the same samples and seed and shows their shared outputs side by side, with differences.")
    {
        Arguments.Add(_a);
        Arguments.Add(_b);
        _run.AddTo(this);
        Options.Add(_output);
        _chart.AddTo(this);
        AddFormat();
        AddExamples("compare baseline.json later-odds.json", "compare baseline.json later-odds.json --chart market.png --output market", "compare baseline.json later-odds.json --samples 1e5 --format json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var settings = (A: parse.GetValue(_a)!, B: parse.GetValue(_b)!);
        var a = ScenarioLoader.Load(settings.A);
        var b = ScenarioLoader.Load(settings.B);
        var shared = a.Outputs.Select(o => o.Name).Where(name => b.Outputs.Any(o => o.Name == name)).ToList();
        if (shared.Count == 0)
        {
            throw new CliInputException(
                $"the two scenarios share no output: '{settings.A}' has {string.Join(", ", a.Outputs.Select(o => o.Name))}; '{settings.B}' has {string.Join(", ", b.Outputs.Select(o => o.Name))}.");
        }

        var charted = parse.GetValue(_output);
        if (charted is not null && !_chart.IsSet(parse))
        {
            throw new CliInputException("--output: names the output that --chart draws; give --chart PATH.png|.svg as well.");
        }

        if (charted is not null && !shared.Contains(charted))
        {
            throw new CliInputException($"--output: expected one of the shared outputs {string.Join(", ", shared)}; got '{Printable.Quote(charted)}'.");
        }

        // Both files run with the same samples and seed (A's, unless overridden), so that variables with the same
        // name and formula draw the same numbers and the differences are not blurred by sampling noise.
        var options = _run.Apply(parse, a.Options);
        var resultA = ScenarioRunner.Run(console, a, options, context.CancellationToken);
        var resultB = ScenarioRunner.Run(console, b, options, context.CancellationToken);
        _chart.Write(parse, () => Charts.Charts.Comparison(charted ?? shared[0], resultA, resultB), 1200, Chart.DefaultHeight);
        var onlyA = a.Outputs.Select(o => o.Name).Except(shared).ToList();
        var onlyB = b.Outputs.Select(o => o.Name).Except(shared).ToList();

        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("a");
                w.WriteString("scenario", a.Name);
                w.WriteString("file", settings.A);
                w.WriteEndObject();
                w.WriteStartObject("b");
                w.WriteString("scenario", b.Name);
                w.WriteString("file", settings.B);
                w.WriteEndObject();
                w.WriteNumber("samples", options.Samples);
                w.WriteNumber("seed", options.Seed);
                w.WriteStartObject("outputs");
                foreach (var name in shared)
                {
                    var (sa, sb) = (resultA[name], resultB[name]);
                    w.WriteStartObject(name);
                    w.WritePropertyName("a");
                    RunCommand.WriteStatistics(w, sa);
                    w.WritePropertyName("b");
                    RunCommand.WriteStatistics(w, sb);
                    w.WriteStartObject("difference");
                    w.WriteDouble("mean", sb.Mean - sa.Mean);
                    w.WriteDouble("p50", sb.P50 - sa.P50);
                    w.WriteEndObject();
                    w.WriteOptional("ratio", sa.Mean == 0 ? null : sb.Mean / sa.Mean);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStrings("onlyInA", onlyA);
                w.WriteStrings("onlyInB", onlyB);
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var notes = new List<string>
        {
            $"A = {settings.A} ('{a.Name}'); B = {settings.B} ('{b.Name}'). B - A and B / A compare the means.",
            string.Create(CultureInfo.InvariantCulture, $"Both ran with {options.Samples:N0} samples and seed {options.Seed}; the ranges are the 5th to 95th percentiles."),
        };
        if (onlyA.Count > 0)
        {
            notes.Add($"Only in A: {string.Join(", ", onlyA)}.");
        }

        if (onlyB.Count > 0)
        {
            notes.Add($"Only in B: {string.Join(", ", onlyB)}.");
        }

        var table = new TextTable(
            $"{a.Name} vs {b.Name}",
            ["Output", "A mean", "B mean", "B - A", "B / A", "A 5%-95%", "B 5%-95%"],
            shared.Select(name =>
            {
                var unit = a.Variable(name).Unit ?? b.Variable(name).Unit;
                var (sa, sb) = (resultA[name], resultB[name]);
                return new[]
                {
                    name,
                    Display.WithUnit(sa.Mean, unit),
                    Display.WithUnit(sb.Mean, unit),
                    Display.WithUnit(sb.Mean - sa.Mean, unit),
                    sa.Mean == 0 ? "-" : Display.Number(sb.Mean / sa.Mean) + "x",
                    $"{Display.WithUnit(sa.P5, unit)} to {Display.WithUnit(sa.P95, unit)}",
                    $"{Display.WithUnit(sb.P5, unit)} to {Display.WithUnit(sb.P95, unit)}",
                };
            }),
            notes);
        Output.Tables(console, format, table);
        return ExitCodes.Ok;
    }
}
