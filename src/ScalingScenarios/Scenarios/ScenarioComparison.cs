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

    private ScenarioComparison(ScenarioResult[] results, string[] labels, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        _results = results;
        _labels = labels;
        var sameRuns = results.All(r => r.Samples == results[0].Samples && r.Seed == results[0].Seed);
        var shared = SharedOutputs(results);

        // Kept samples give the paired differences directly; runs that used the bounded-memory mode get them from one joint
        // run of every scenario with the differences as derived outputs (when the options of the runs are known).
        var joint = sameRuns && options is not null && !results.All(r => r.Outputs.All(o => o.HasSamples))
            ? PairedByJointRun(results, shared, options, cancellationToken)
            : null;
        IsPaired = sameRuns && (joint is not null || results.All(r => r.Outputs.All(o => o.HasSamples)));
        _outputs = [.. shared.Select((name, o) => Compare(name, joint?[o]))];
        _unshared = [.. results.Select(r => r.Scenario.Outputs.Select(o => o.Name).Except(shared).ToArray())];
    }

    /// <summary>The results, baseline first.</summary>
    public IReadOnlyList<ScenarioResult> Results => Array.AsReadOnly(_results);

    /// <summary>One label per result (unique; the scenario's name unless given).</summary>
    public IReadOnlyList<string> Labels => Array.AsReadOnly(_labels);

    /// <summary>The outputs every result has, in the baseline's order.</summary>
    public IReadOnlyList<ComparedOutput> Outputs => Array.AsReadOnly(_outputs);

    /// <summary>
    /// True when every result ran with the same samples and seed and either kept its samples or was run by
    /// <see cref="Run"/> or <see cref="CreatePaired"/> (runs in the bounded-memory mode are paired by one more joint run), so paired differences exist.
    /// </summary>
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
        return new ScenarioComparison(r, CheckResults(r, labels));
    }

    /// <summary>
    /// Compares results that were already run, pairing even those that used the bounded-memory mode (and so kept no
    /// samples): when every result has the same samples and seed, one joint run of their scenarios with
    /// <paramref name="options"/>' threads and memory budget re-simulates the same samples and gives the paired differences,
    /// equal to those of kept samples.
    /// </summary>
    /// <param name="results">At least two results; the first is the baseline.</param>
    /// <param name="labels">One label per result, or null for the scenarios' names.</param>
    /// <param name="options">The threads and memory budget of the joint run, if one is needed (its samples and seed are the results').</param>
    /// <param name="cancellationToken">Stops the joint run.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/>, one of them or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two results; a label count that differs from the results; or no output shared by all.</exception>
    /// <exception cref="OperationCanceledException">The joint run was cancelled.</exception>
    public static ScenarioComparison CreatePaired(IEnumerable<ScenarioResult> results, IEnumerable<string>? labels, SimulationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        ScenarioResult[] r = [.. results];
        return new ScenarioComparison(r, CheckResults(r, labels), options, cancellationToken);
    }

    private static string[] CheckResults(ScenarioResult[] results, IEnumerable<string>? labels)
    {
        if (results.Length < 2)
        {
            throw new ArgumentException($"Expected at least two results to compare; got {results.Length}.", nameof(results));
        }

        for (var i = 0; i < results.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(results[i], $"{nameof(results)}[{i}]");
        }

        string[] l = labels is null ? [.. results.Select(x => x.Scenario.Name)] : [.. labels];
        if (l.Length != results.Length)
        {
            throw new ArgumentException($"Expected one label per result ({results.Length}); got {l.Length}.", nameof(labels));
        }

        l = Unique(l);
        if (SharedOutputs(results).Count == 0)
        {
            throw new ArgumentException("Expected scenarios that share at least one output; got "
                + string.Join("; ", results.Select((x, i) => $"'{l[i]}' with {string.Join(", ", x.Scenario.Outputs.Select(o => o.Name))}")) + ".", nameof(results));
        }

        return l;
    }

    private static List<string> SharedOutputs(ScenarioResult[] results)
        => [.. results[0].Scenario.Outputs.Select(o => o.Name).Where(name => results.All(r => r.Scenario.Outputs.Any(o => o.Name == name)))];

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
        ScenarioResult[] results = [.. s.Select(x => x.Run(chosen, null, cancellationToken))];
        var checkedLabels = CheckResults(results, labels);
        return new ScenarioComparison(results, checkedLabels, chosen, cancellationToken);
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
                    s.HasPercentiles ? $"{Display.WithUnit(s.P5, o.Unit)} to {Display.WithUnit(s.P95, o.Unit)}" : "-",
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
                : BoundedNote() ?? "The runs used different samples or seeds: no paired differences.",
        };
        if (IsPaired && _results.Any(r => r.BoundedMemory))
        {
            notes.Add("Bounded-memory mode: the samples did not fit the memory budget, so none were kept; the exact percentiles and the paired differences come from extra passes that re-simulate the same samples.");
        }

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
                RawNumber.Format(s.HasPercentiles ? s.P5 : null), RawNumber.Format(s.HasPercentiles ? s.P50 : null), RawNumber.Format(s.HasPercentiles ? s.P95 : null),
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
        if (_results.Any(r => r.BoundedMemory))
        {
            writer.WriteBoolean("boundedMemory", true); // only when true, so the contract of ordinary comparisons is unchanged
            if (BoundedNote() is { } because)
            {
                writer.WriteString("unpairedBecause", because);
            }
        }

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

    /// <summary>
    /// Why a comparison of bounded-memory runs has no paired differences, with what keeping the samples needs; null when no
    /// run used the bounded-memory mode or the runs are paired anyway.
    /// </summary>
    private string? BoundedNote()
    {
        if (IsPaired || !_results.Any(r => r.BoundedMemory) || _results.Any(r => r.Samples != _results[0].Samples || r.Seed != _results[0].Seed))
        {
            return null;
        }

        var needed = _results.Max(r => (long)r.Outputs.Count * r.Samples * sizeof(double));
        return string.Create(CultureInfo.InvariantCulture, $"The runs used the bounded-memory mode, so their samples were not kept and there are no paired differences (they need every run's samples: up to {Simulation.Bytes(needed)} per run for {_results[0].Samples:N0} samples). Raise the memory budget to at least that (--max-memory; SimulationOptions.WithMaxMemory) or run fewer samples.");
    }

    /// <summary>
    /// The paired differences of bounded-memory runs: one joint run (<see cref="Simulation.RunJoint"/>) of every result's
    /// scenario, each compiled on its own as its run was (so shared variables draw the same numbers), with result k's output
    /// minus the baseline's as derived outputs; their means and standard deviations are folded in sample order
    /// (<see cref="SampleOrderMoments"/>), so every number equals what kept samples give. Indexed [shared output][result − 1].
    /// </summary>
    private static (Summary Paired, double Positive)[][] PairedByJointRun(ScenarioResult[] results, List<string> shared, SimulationOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<Uncertain>[] graphs = [.. results.Select(r => (IReadOnlyList<Uncertain>)[.. r.Scenario.Outputs.Select(o => o.Node)])];
        Uncertain Node(int result, string name) => results[result].Scenario.Outputs.First(o => o.Name == name).Node;
        var derived = new List<Uncertain>();
        foreach (var name in shared)
        {
            for (var k = 1; k < results.Length; k++)
            {
                derived.Add(Uncertain.MapChunk(name, Difference, Node(k, name), Node(0, name)));
            }
        }

        var first = graphs.Sum(g => g.Count);
        var moments = new SampleOrderMoments([.. Enumerable.Range(first, derived.Count)], results[0].Samples);
        var run = Simulation.RunJoint(
            options.WithSamples(results[0].Samples).WithSeed(results[0].Seed).WithKeepSamples(true).WithHistogramBins(SimulationOptions.DefaultHistogramBins),
            graphs, derived, [moments.Means, moments.Squares], null, cancellationToken);
        return [.. shared.Select((_, o) => Enumerable.Range(1, results.Length - 1).Select(k =>
        {
            var d = (o * (results.Length - 1)) + (k - 1);
            return (run.Outputs[first + d].WithMoments(moments.Mean(d), moments.StdDev(d)), moments.FractionPositive(d));
        }).ToArray())];
    }

    /// <summary>The per-sample difference of a derived node's two inputs, result minus baseline.</summary>
    private static void Difference(long start, double[][] inputs, Span<double> destination)
    {
        for (var j = 0; j < destination.Length; j++)
        {
            destination[j] = inputs[0][j] - inputs[1][j];
        }
    }

    private ComparedOutput Compare(string name, (Summary Paired, double Positive)[]? joint)
    {
        var variables = _results.Select(r => r.Scenario.Outputs.First(o => o.Name == name)).ToArray();
        Summary[] summaries = [.. _results.Select(r => r[name])];
        var baseline = summaries[0];
        var differences = summaries.Skip(1).Select((s, k) =>
        {
            Summary? paired = null;
            double? positive = null;
            if (joint is not null)
            {
                (paired, positive) = joint[k];
            }
            else if (IsPaired)
            {
                var values = new double[s.Samples.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = s.Samples[i] - baseline.Samples[i];
                }

                paired = SampleStatistics.Summarize(name, values, SimulationOptions.DefaultHistogramBins);
                positive = paired.ProbabilityAbove(0);
            }

            return new OutputDifference(_labels[k + 1], s.Mean - baseline.Mean, baseline.Mean == 0 ? null : s.Mean / baseline.Mean, paired, positive);
        }).ToArray();
        return new ComparedOutput(name, variables.Select(v => v.Unit).FirstOrDefault(u => u is not null),
            variables.Select(v => v.Description).FirstOrDefault(d => d is not null), summaries, differences);
    }
}
