using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// N scenario results side by side on the outputs they share: each one's summary, its difference and ratio to the first
/// (the baseline), and — when all ran with the same samples and seed — the distribution of the paired difference.
/// </summary>
/// <remarks>
/// Runs with the same seed give a variable with the same name and formula the same draws (common random numbers), so
/// sample i of one run and sample i of another differ only through what the scenarios change. The paired difference
/// therefore shows how much of the spread the change itself causes (its mean equals the difference of the means; its
/// 90% interval and P(difference &gt; 0) are what the difference of means cannot tell). Immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(DisplayFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class ScenarioComparison : IRichDisplay
{
    private readonly ScenarioResult[] _results;
    private readonly string[] _labels;
    private readonly ComparedOutput[] _outputs;
    private readonly string[][] _unshared;

    private ScenarioComparison(ScenarioResult[] results, string[] labels)
    {
        _results = results;
        _labels = labels;
        IsPaired = results.All(r => r.Samples == results[0].Samples && r.Seed == results[0].Seed && r.Outputs.All(o => o.HasSamples));
        var shared = results[0].Scenario.Outputs.Select(o => o.Name)
            .Where(name => results.All(r => r.Scenario.Outputs.Any(o => o.Name == name)))
            .ToList();
        _outputs = [.. shared.Select(Compare)];
        _unshared = [.. results.Select(r => r.Scenario.Outputs.Select(o => o.Name).Except(shared).ToArray())];
    }

    /// <summary>The results, baseline first.</summary>
    public IReadOnlyList<ScenarioResult> Results => Array.AsReadOnly(_results);

    /// <summary>One label per result (unique; the scenario's name unless given).</summary>
    public IReadOnlyList<string> Labels => Array.AsReadOnly(_labels);

    /// <summary>The outputs every result has, in the baseline's order.</summary>
    public IReadOnlyList<ComparedOutput> Outputs => Array.AsReadOnly(_outputs);

    /// <summary>True when every result ran with the same samples and seed and kept its samples, so paired differences exist.</summary>
    public bool IsPaired { get; }

    /// <summary>The outputs of one result that not every other result has.</summary>
    /// <param name="index">The result's index. Range: [0, <see cref="Results"/>.Count).</param>
    /// <returns>The names, possibly none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the results.</exception>
    public IReadOnlyList<string> UnsharedOutputs(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _results.Length);
        return _unshared[index];
    }

    /// <summary>Compares results that were already run.</summary>
    /// <param name="results">At least two results; the first is the baseline.</param>
    /// <param name="labels">One label per result (e.g. file or preset names), or null for the scenarios' names. Repeated labels get " (2)", " (3)" added.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two results; a label count that differs from the results; or no output shared by all (the message lists each one's outputs).</exception>
    public static ScenarioComparison Create(IEnumerable<ScenarioResult> results, IEnumerable<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ScenarioResult[] r = [.. results];
        if (r.Length < 2)
        {
            throw new ArgumentException($"Expected at least two results to compare; got {r.Length}.", nameof(results));
        }

        for (var i = 0; i < r.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(r[i], $"{nameof(results)}[{i}]");
        }

        string[] l = labels is null ? [.. r.Select(x => x.Scenario.Name)] : [.. labels];
        if (l.Length != r.Length)
        {
            throw new ArgumentException($"Expected one label per result ({r.Length}); got {l.Length}.", nameof(labels));
        }

        l = Unique(l);
        if (!r[0].Scenario.Outputs.Any(o => r.All(x => x.Scenario.Outputs.Any(p => p.Name == o.Name))))
        {
            throw new ArgumentException("Expected scenarios that share at least one output; got "
                + string.Join("; ", r.Select((x, i) => $"'{l[i]}' with {string.Join(", ", x.Scenario.Outputs.Select(o => o.Name))}")) + ".", nameof(results));
        }

        return new ScenarioComparison(r, l);
    }

    /// <summary>Runs every scenario with the same samples and seed (common random numbers) and compares them.</summary>
    /// <param name="scenarios">At least two scenarios; the first is the baseline.</param>
    /// <param name="options">The simulation options for every run; null uses the first scenario's. Samples are always kept (the paired differences need them).</param>
    /// <param name="labels">One label per scenario, or null for their names.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenarios"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two scenarios, or no shared output.</exception>
    /// <exception cref="SimulationException">A run produced NaN or ±∞ at some sample.</exception>
    /// <exception cref="ScenarioException">A scenario's branch probabilities do not sum to 1 at some sample.</exception>
    /// <exception cref="OperationCanceledException">The runs were cancelled.</exception>
    public static ScenarioComparison Run(IEnumerable<Scenario> scenarios, SimulationOptions? options = null, IEnumerable<string>? labels = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        Scenario[] s = [.. scenarios];
        if (s.Length < 2)
        {
            throw new ArgumentException($"Expected at least two scenarios to compare; got {s.Length}.", nameof(scenarios));
        }

        for (var i = 0; i < s.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(s[i], $"{nameof(scenarios)}[{i}]");
        }

        var chosen = (options ?? s[0].Options).WithKeepSamples(true);
        return Create(s.Select(x => x.Run(chosen, null, cancellationToken)), labels);
    }

    /// <summary>The comparison for people: per output, one row per result with its mean and 90% interval, its difference and ratio to the baseline, and the paired difference's 90% interval and P(Δ &gt; 0).</summary>
    /// <returns>The table; its notes say what the baseline is and how the runs were paired.</returns>
    public TextTable ToTable()
    {
        var rows = new List<string[]>();
        foreach (var o in _outputs)
        {
            for (var i = 0; i < _results.Length; i++)
            {
                var s = o.Summaries[i];
                var d = i == 0 ? null : o.Differences[i - 1];
                rows.Add([
                    i == 0 ? o.Name : string.Empty,
                    _labels[i],
                    Display.WithUnit(s.Mean, o.Unit),
                    s.HasSamples ? $"{Display.WithUnit(s.P5, o.Unit)} to {Display.WithUnit(s.P95, o.Unit)}" : "-",
                    d is null ? "baseline" : Display.WithUnit(d.MeanDifference, o.Unit),
                    d?.Ratio is { } ratio ? Display.Number(ratio) + "x" : "-",
                    d?.Paired is { } p ? $"{Display.WithUnit(p.P5, o.Unit)} to {Display.WithUnit(p.P95, o.Unit)}" : "-",
                    d?.ProbabilityPositive is { } pp ? Display.Percent(pp) : "-",
                ]);
            }
        }

        var notes = new List<string>
        {
            $"Baseline: {_labels[0]}. Δ = result - baseline; ratio = result mean / baseline mean.",
            IsPaired
                ? string.Create(CultureInfo.InvariantCulture, $"All ran with {_results[0].Samples:N0} samples and seed {_results[0].Seed}: shared variables drew the same numbers, so 'Paired Δ' is the 5%-95% range of the per-sample difference and P(Δ>0) how often the result beats the baseline in the same draw.")
                : "The runs used different samples or seeds: no paired differences.",
        };
        for (var i = 0; i < _results.Length; i++)
        {
            if (_unshared[i].Length > 0)
            {
                notes.Add($"Only in {_labels[i]}: {string.Join(", ", _unshared[i])}.");
            }
        }

        return new TextTable(string.Join(" vs ", _labels), ["Output", "Scenario", "Mean", "5%-95%", "Δ mean", "Ratio", "Paired Δ 5%-95%", "P(Δ>0)"], rows, notes);
    }

    /// <summary>The comparison as Markdown (the table of <see cref="ToTable"/>).</summary>
    /// <returns>GitHub-flavoured Markdown ending with a newline.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The table (<see cref="ToTable"/>) as an HTML fragment, every text escaped; .NET Interactive notebooks show it.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => ToTable().ToHtml();

    /// <summary>The comparison as one CSV table of raw numbers (shortest round-trip, invariant culture) with a unit column: one row per output and result.</summary>
    /// <returns>RFC 4180 CSV with the header output, unit, scenario, mean, stdDev, p5, p50, p95, meanDifference, ratio, pairedMean, pairedP5, pairedP95, probabilityPositive.</returns>
    public string ToCsv()
    {
        var rows = _outputs.SelectMany(o => _results.Select((_, i) =>
        {
            var s = o.Summaries[i];
            var d = i == 0 ? null : o.Differences[i - 1];
            return new[]
            {
                o.Name, o.Unit ?? string.Empty, _labels[i], RawNumber.Format(s.Mean), RawNumber.Format(s.StdDev),
                RawNumber.Format(s.HasSamples ? s.P5 : null), RawNumber.Format(s.HasSamples ? s.P50 : null), RawNumber.Format(s.HasSamples ? s.P95 : null),
                RawNumber.Format(d?.MeanDifference), RawNumber.Format(d?.Ratio), RawNumber.Format(d?.Paired?.Mean), RawNumber.Format(d?.Paired?.P5),
                RawNumber.Format(d?.Paired?.P95), RawNumber.Format(d?.ProbabilityPositive),
            };
        }));
        return new TextTable(string.Empty, ["output", "unit", "scenario", "mean", "stdDev", "p5", "p50", "p95", "meanDifference", "ratio", "pairedMean", "pairedP5", "pairedP95", "probabilityPositive"], rows).ToCsv();
    }

    /// <summary>The comparison as one JSON object: baseline, samples, seed, paired, scenarios, and per output each result's statistics and each difference from the baseline.</summary>
    /// <returns>Indented JSON (the library's JSON contract, <see cref="JsonOutput"/>).</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <summary>Writes the comparison as one JSON object (see <see cref="ToJson"/>).</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("baseline", _labels[0]);
        writer.WriteNumber("samples", _results[0].Samples);
        writer.WriteNumber("seed", _results[0].Seed);
        writer.WriteBoolean("paired", IsPaired);
        writer.WriteStartArray("scenarios");
        for (var i = 0; i < _results.Length; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("label", _labels[i]);
            writer.WriteString("scenario", _results[i].Scenario.Name);
            writer.WriteNumber("samples", _results[i].Samples);
            writer.WriteNumber("seed", _results[i].Seed);
            writer.WriteStartArray("onlyHere");
            foreach (var name in _unshared[i])
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("outputs");
        foreach (var o in _outputs)
        {
            writer.WriteStartObject(o.Name);
            Json.Text(writer, "unit", o.Unit);
            writer.WriteStartObject("results");
            for (var i = 0; i < _results.Length; i++)
            {
                SummaryJson.Write(writer, _labels[i], o.Summaries[i]);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("differences");
            foreach (var d in o.Differences)
            {
                writer.WriteStartObject(d.Label);
                Json.Number(writer, "meanDifference", d.MeanDifference);
                Json.Number(writer, "ratio", d.Ratio);
                if (d.Paired is { } p)
                {
                    writer.WriteStartObject("paired");
                    Json.Number(writer, "mean", p.Mean);
                    Json.Number(writer, "p5", p.P5);
                    Json.Number(writer, "p50", p.P50);
                    Json.Number(writer, "p95", p.P95);
                    Json.Number(writer, "probabilityPositive", d.ProbabilityPositive);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull("paired");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>One line for a debugger or a log: the scenarios and how many outputs they share (the table is <see cref="ToMarkdown"/>).</summary>
    /// <returns>E.g. "interview.json vs later-odds.json: 7 shared outputs, 100,000 samples, seed 42".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{string.Join(" vs ", _labels)}: {Display.Count(_outputs.Length, "shared output")}, {_results[0].Samples:N0} samples, seed {_results[0].Seed}");

    private static string[] Unique(string[] labels)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(labels[i], nameof(labels));
            var count = seen[labels[i]] = seen.GetValueOrDefault(labels[i]) + 1;
            result[i] = count == 1 ? labels[i] : string.Create(CultureInfo.InvariantCulture, $"{labels[i]} ({count})");
        }

        return result;
    }

    private ComparedOutput Compare(string name)
    {
        var variables = _results.Select(r => r.Scenario.Outputs.First(o => o.Name == name)).ToArray();
        Summary[] summaries = [.. _results.Select(r => r[name])];
        var baseline = summaries[0];
        var differences = summaries.Skip(1).Select((s, k) =>
        {
            Summary? paired = null;
            if (IsPaired)
            {
                var values = new double[s.Samples.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = s.Samples[i] - baseline.Samples[i];
                }

                paired = SampleStatistics.Summarize(name, values, SimulationOptions.DefaultHistogramBins);
            }

            return new OutputDifference(_labels[k + 1], s.Mean - baseline.Mean, baseline.Mean == 0 ? null : s.Mean / baseline.Mean, paired);
        }).ToArray();
        return new ComparedOutput(name, variables.Select(v => v.Unit).FirstOrDefault(u => u is not null),
            variables.Select(v => v.Description).FirstOrDefault(d => d is not null), summaries, differences);
    }
}
