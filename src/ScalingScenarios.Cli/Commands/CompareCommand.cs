using System.ComponentModel;
using System.Globalization;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>compare A B</c>: runs two scenario files with the same samples and seed and shows the outputs they share side by side.</summary>
internal sealed class CompareCommand(CliConsole console) : Command<CompareCommand.Settings>
{
    internal sealed class Settings : ScenarioSettings
    {
        [CommandArgument(0, "<A>")]
        [Description("The first scenario file (the baseline).")]
        public string A { get; init; } = string.Empty;

        [CommandArgument(1, "<B>")]
        [Description("The second scenario file; differences are B - A.")]
        public string B { get; init; } = string.Empty;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var a = ScenarioLoader.Load(settings.A);
        var b = ScenarioLoader.Load(settings.B);
        var shared = a.Outputs.Select(o => o.Name).Where(name => b.Outputs.Any(o => o.Name == name)).ToList();
        if (shared.Count == 0)
        {
            throw new CliInputException(
                $"the two scenarios share no output: '{settings.A}' has {string.Join(", ", a.Outputs.Select(o => o.Name))}; '{settings.B}' has {string.Join(", ", b.Outputs.Select(o => o.Name))}.");
        }

        // Both files run with the same samples and seed (A's, unless overridden), so that variables with the same
        // name and formula draw the same numbers and the differences are not blurred by sampling noise.
        var options = ScenarioLoader.Options(a, settings);
        var resultA = ScenarioRunner.Run(console, a, options, settings.Format, cancellationToken);
        var resultB = ScenarioRunner.Run(console, b, options, settings.Format, cancellationToken);
        var onlyA = a.Outputs.Select(o => o.Name).Except(shared).ToList();
        var onlyB = b.Outputs.Select(o => o.Name).Except(shared).ToList();

        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new
            {
                a = new { scenario = a.Name, file = settings.A },
                b = new { scenario = b.Name, file = settings.B },
                samples = options.Samples,
                seed = options.Seed,
                outputs = shared.ToDictionary(name => name, name => (object)new
                {
                    a = RunCommand.Statistics(resultA[name]),
                    b = RunCommand.Statistics(resultB[name]),
                    difference = new { mean = resultB[name].Mean - resultA[name].Mean, p50 = resultB[name].P50 - resultA[name].P50 },
                    ratio = resultA[name].Mean == 0 ? (double?)null : resultB[name].Mean / resultA[name].Mean,
                }),
                onlyInA = onlyA,
                onlyInB = onlyB,
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
        Output.Tables(console, settings.Format, table);
        return ExitCodes.Ok;
    }
}
