using System.Globalization;
using ScalingScenarios.Economics;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using ScottPlot;

namespace ScalingScenarios.Charts;

/// <summary>
/// Makes the charts of ScalingScenarios results: histogram, cumulative distribution, tornado, the tier ladder's two
/// readings, scenario comparison and value-chain profit pools. Each returns a <see cref="Chart"/> that renders as PNG or SVG.
/// </summary>
/// <remarks>
/// Values on axes and markers are written in the output's unit (<see cref="Display.WithUnit(double, string?)"/>: "USD" as
/// dollars with a scale word, "percent" as a percentage, other units after the number). Thread-safe: every call builds new plots.
/// </remarks>
public static class Charts
{
    /// <summary>The number of points drawn on a cumulative distribution curve: 201 (every half percentile).</summary>
    public const int CdfPoints = 201;

    /// <summary>The number of bins of the paired-difference histogram of <see cref="Comparison(string, ScenarioResult[])"/>: 40.</summary>
    public const int DifferenceBins = 40;

    /// <summary>The percentile where a histogram's axis stops when the right tail is long (max beyond 1.5 × the 99.5th percentile's distance from the min): 0.995.</summary>
    public const double TailCut = 0.995;

    /// <summary>A histogram of an output's samples, with its mean and its 5th, 50th and 95th percentiles marked.</summary>
    /// <param name="summary">The output's summary, with its samples kept or from a bounded-memory run (which has its histogram and exact percentiles). Its bins are <see cref="Summary.Histogram"/>, except for a long right tail with kept samples: then as many equal bins up to the <see cref="TailCut"/> percentile, where the axis stops, and one bin for the rest (without kept samples the axis stops at the upper edge of the bin that holds that percentile).</param>
    /// <param name="unit">The output's unit ("USD", "USD/yr", "percent", any text, or null).</param>
    /// <param name="title">The title; default "NAME: N samples".</param>
    /// <returns>The chart: one bar per bin (the bar counts add up to the sample count) and four vertical markers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept and the run was not in the bounded-memory mode (it has no histogram).</exception>
    public static Chart Histogram(Summary summary, string? unit = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        IReadOnlyList<HistogramBin> bins = summary.Histogram;
        title ??= string.Create(CultureInfo.InvariantCulture, $"{summary.Name}: {summary.Count:N0} samples");
        // A long right tail (log-normal markets) would squeeze the bulk into a few pixels: the axis then stops at the
        // 99.5th percentile and says so; the bars beyond are still there (their counts add up to the sample count).
        // Without kept samples (a bounded-memory run) the cut is the upper edge of the histogram bin that holds the
        // 99.5th percentile: exact enough for where an axis stops, and the bars are the run's exact histogram.
        var cut = summary.HasSamples ? summary.Quantile(TailCut) : UpperEdgeAt(bins, summary.Count, TailCut);
        var cutAxis = summary.Max > cut + ((cut - summary.Min) * 0.5);
        var xLabel = ChartStyle.AxisLabel(summary.Name, unit) + (cutAxis ? $", axis cut at {(summary.HasSamples ? "the 99.5th percentile" : "the bin holding the 99.5th percentile")} ({ChartStyle.Format(cut, unit)}; max {ChartStyle.Format(summary.Max, unit)})" : string.Empty);
        var plot = ChartStyle.NewPlot(title, xLabel, "Samples per bin");
        if (cutAxis && summary.HasSamples)
        {
            bins = CutBins(summary, bins.Count, cut);
        }

        var span = summary.Max - summary.Min;
        var fallbackWidth = span > 0 ? span : Math.Max(Math.Abs(summary.Mean) * 0.02, 1e-9);
        var bars = bins.Select(b => new Bar
        {
            Position = (b.Lower + b.Upper) / 2,
            Size = b.Upper > b.Lower ? b.Upper - b.Lower : fallbackWidth,
            Value = b.Count,
            FillColor = ChartStyle.Primary.WithAlpha(0.55),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        AddMarkers(plot, summary, unit);
        plot.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.Margins(bottom: 0);
        if (cutAxis)
        {
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(summary.Min - ((cut - summary.Min) * 0.02), cut);
        }

        plot.ShowLegend(Alignment.UpperRight);
        ChartStyle.Finish(plot);
        return new Chart(title, plot);
    }

    /// <summary>The cumulative distribution of an output: for each value, the share of samples at or below it.</summary>
    /// <param name="summary">The output's summary; its samples must have been kept.</param>
    /// <param name="unit">The output's unit ("USD", "USD/yr", "percent", any text, or null).</param>
    /// <param name="title">The title; default "NAME: cumulative distribution".</param>
    /// <returns>The chart: the type-7 quantile curve at <see cref="CdfPoints"/> probabilities from 0 to 1, with the mean and the 5th, 50th and 95th percentiles marked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public static Chart Cdf(Summary summary, string? unit = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        title ??= $"{summary.Name}: cumulative distribution";
        var ps = Enumerable.Range(0, CdfPoints).Select(i => (double)i / (CdfPoints - 1)).ToArray();
        var xs = ps.Select(summary.Quantile).ToArray();
        var plot = ChartStyle.NewPlot(title, ChartStyle.AxisLabel(summary.Name, unit), "Share of samples at or below (%)");
        var line = plot.Add.ScatterLine(xs, ps.Select(p => p * 100).ToArray(), ChartStyle.Primary);
        line.LineWidth = 2;
        line.LegendText = "P(X ≤ x)";
        AddMarkers(plot, summary, unit);
        plot.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Display.Number(v) + "%" };
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(Alignment.LowerRight);
        ChartStyle.Finish(plot);
        return new Chart(title, plot);
    }

    /// <summary>A tornado chart: for each input, the output's mean with the input held at its 10th and at its 90th percentile, largest swing on top.</summary>
    /// <param name="sensitivity">The sensitivity analysis (its entries are already in swing order).</param>
    /// <param name="unit">The output's unit ("USD", "USD/yr", "percent", any text, or null).</param>
    /// <param name="title">The title; default "What moves the mean of NAME".</param>
    /// <returns>The chart: one horizontal bar per input from the lower to the higher mean, blue when the output rises with the input and orange when it falls, and a line at the baseline mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sensitivity"/> is null.</exception>
    /// <remarks>The swing is <see cref="SensitivityEntry.Swing"/>, computed with common random numbers (<see cref="Sensitivity"/>).</remarks>
    public static Chart Tornado(SensitivityResult sensitivity, string? unit = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var output = sensitivity.Output;
        title ??= $"What moves the mean of {output.Name}";
        var plot = ChartStyle.NewPlot(title, ChartStyle.AxisLabel($"Mean of {output.Name}, input at its 10th → 90th percentile", unit), string.Empty);
        var entries = sensitivity.Entries;
        var n = entries.Count;
        var rising = new List<Bar>();
        var falling = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            var position = n - 1 - i;
            var bar = new Bar
            {
                Position = position,
                ValueBase = Math.Min(e.MeanAtLow, e.MeanAtHigh),
                Value = Math.Max(e.MeanAtLow, e.MeanAtHigh),
                Size = 0.7,
                FillColor = e.Swing >= 0 ? ChartStyle.Primary : ChartStyle.Secondary,
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
            };
            (e.Swing >= 0 ? rising : falling).Add(bar);
            ticks.AddMajor(position, e.LeafName);
        }

        AddTornadoBars(plot, rising, "rises with the input");
        AddTornadoBars(plot, falling, "falls as the input rises");
        var baseline = plot.Add.VerticalLine(output.Mean, 1.5f, ChartStyle.QuantileColor, LinePattern.Dashed);
        baseline.LegendText = "baseline mean " + ChartStyle.Format(output.Mean, unit);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.SetLimitsY(-0.7, Math.Max(n, 1) - 0.3);
        plot.ShowLegend(Alignment.LowerRight);
        ChartStyle.Finish(plot);
        return new Chart(title, plot);
    }

    /// <summary>The tier ladder of claim C02 on both readings side by side, on log axes: training compute in FLOPs (left) and training cost in dollars (right) per tier.</summary>
    /// <param name="assumptions">The fit, allocation and hardware assumptions that turn each tier into a training run.</param>
    /// <returns>The chart with the parameter reading and the dollar reading as two series in each panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assumptions"/> is null.</exception>
    /// <remarks>Claims C02 and C05; see <see cref="Scaling.TierLadder.TranslationCaveat"/>.</remarks>
    public static Chart TierLadder(TierAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        return TierLadder(
            Scaling.TierLadder.Create(TierBasis.Parameters, assumptions),
            Scaling.TierLadder.Create(TierBasis.TrainingCostUsd, assumptions));
    }

    /// <summary>Tier ladders side by side on log axes: training compute in FLOPs (left) and training cost in dollars (right) per tier, one series per ladder.</summary>
    /// <param name="ladders">At least one ladder, typically the parameter reading and the dollar reading; all with the same number of tiers.</param>
    /// <returns>The chart; the tiers are labelled with the first ladder's capability labels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ladders"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">No ladder, or ladders with different numbers of tiers.</exception>
    /// <remarks>Claims C02 and C05.</remarks>
    public static Chart TierLadder(params TierLadder[] ladders)
    {
        ArgumentNullException.ThrowIfNull(ladders);
        if (ladders.Length == 0)
        {
            throw new ArgumentException("Expected at least one tier ladder; got none.", nameof(ladders));
        }

        foreach (var ladder in ladders)
        {
            ArgumentNullException.ThrowIfNull(ladder, nameof(ladders));
            if (ladder.Tiers.Count != ladders[0].Tiers.Count)
            {
                throw new ArgumentException($"Expected ladders with the same number of tiers ({ladders[0].Tiers.Count}); got one with {ladder.Tiers.Count}.", nameof(ladders));
            }
        }

        var compute = TierPanel(ladders, "Training compute per tier (log scale)", "Training compute (FLOPs)", t => t.TrainingFlops, ChartStyle.PowerOfTen);
        var cost = TierPanel(ladders, "Training cost per tier (log scale)", "Training cost ($)", t => t.TrainingCostUsd, v => Display.Usd(v));
        return new Chart("Tier ladder (C02): " + string.Join(" vs ", ladders.Select(ReadingName)), compute, cost);
    }

    /// <summary>One output of several scenario runs compared: the middle 90% interval, median and mean per scenario and, for two runs, the distribution of their paired difference.</summary>
    /// <param name="output">The output's variable name, present in every run.</param>
    /// <param name="results">At least one run. With exactly two runs of the same sample count, a second panel shows second − first sample by sample (paired by sample index, so runs with the same seed share their common inputs' draws).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="results"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">No runs.</exception>
    /// <exception cref="KeyNotFoundException">A run has no output of that name.</exception>
    /// <exception cref="InvalidOperationException">The samples of a run were not kept.</exception>
    public static Chart Comparison(string output, params ScenarioResult[] results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Length == 0)
        {
            throw new ArgumentException("Expected at least one scenario result; got none.", nameof(results));
        }

        foreach (var r in results)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(results));
        }

        var summaries = results.Select(r => r[output]).ToArray();
        var unit = results[0].Scenario.Variable(output).Unit;
        return Comparison(output, unit, UniqueLabels([.. results.Select(r => r.Scenario.Name)]), summaries);
    }

    private static Chart Comparison(string output, string? unit, string[] labels, Summary[] summaries)
    {
        var intervals = IntervalPanel($"{output}: middle 90% per scenario", ChartStyle.AxisLabel(output, unit), labels, summaries, unit);
        var title = $"{output}: " + string.Join(" vs ", labels);
        if (summaries.Length == 2 && summaries[0].Count == summaries[1].Count && summaries[0].HasSamples && summaries[1].HasSamples)
        {
            return new Chart(title, intervals, DifferencePanel(output, labels[0], labels[1], summaries[0], summaries[1], unit));
        }

        return new Chart(title, intervals);
    }

    /// <summary>One output of a <see cref="ScenarioComparison"/>: the middle 90% interval, median and mean per scenario (labelled as the comparison labels them) and, for two scenarios, the paired difference.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">The shared output to draw, or null for the first shared output.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The scenarios do not share an output of that name.</exception>
    /// <exception cref="InvalidOperationException">The samples of a run were not kept, or the scenarios share no output.</exception>
    public static Chart Comparison(ScenarioComparison comparison, string? output)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var compared = output is null
            ? comparison.Outputs.Count > 0 ? comparison.Outputs[0] : throw new InvalidOperationException("Expected scenarios that share an output; they share none.")
            : comparison.Outputs.FirstOrDefault(o => o.Name == output)
                ?? throw new KeyNotFoundException($"Expected one of the shared outputs {string.Join(", ", comparison.Outputs.Select(o => o.Name))}; got '{output}'.");
        return Comparison(compared.Name, compared.Unit, UniqueLabels([.. comparison.Labels]), [.. compared.Summaries]);
    }

    /// <summary>The argument check at a glance: one row per check, coloured by its verdict (follows, follows under assumptions, does not follow, not quantifiable).</summary>
    /// <param name="check">The argument check.</param>
    /// <returns>The chart; each row is labelled with the claim IDs and the check's title, and carries its computed value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    public static Chart ArgumentCheck(ArgumentCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var title = string.Create(CultureInfo.InvariantCulture, $"The argument check: {check.Checks.Count} checks, {check.Checks.Count(c => c.Verdict == CheckVerdict.Follows)} follow");
        var plot = ChartStyle.NewPlot(title, string.Empty, string.Empty);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var n = check.Checks.Count;
        (CheckVerdict Verdict, Color Color)[] verdicts =
        [
            (CheckVerdict.Follows, Color.FromHex("#2ca02c")),
            (CheckVerdict.FollowsUnderAssumptions, Color.FromHex("#bcbd22")),
            (CheckVerdict.DoesNotFollow, Color.FromHex("#d62728")),
            (CheckVerdict.NotQuantifiable, Color.FromHex("#7f7f7f")),
        ];
        foreach (var (verdict, color) in verdicts)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < n; i++)
            {
                var c = check.Checks[i];
                if (c.Verdict == verdict)
                {
                    bars.Add(new Bar { Position = n - 1 - i, Value = 1, Size = 0.8, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal, Label = c.ValueText, CenterLabel = true });
                }
            }

            if (bars.Count > 0)
            {
                var barPlot = plot.Add.Bars(bars);
                barPlot.Horizontal = true;
                barPlot.Color = color;
                barPlot.LegendText = Scenarios.ArgumentCheck.Describe(verdict);
                barPlot.ValueLabelStyle.FontName = ChartFonts.Family;
                barPlot.ValueLabelStyle.ForeColor = Colors.White;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var c = check.Checks[i];
            ticks.AddMajor(n - 1 - i, $"{c.Id} {c.Title}");
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.SetLimits(0, 1, -0.6, Math.Max(n, 1) - 0.4);
        plot.HideGrid();
        plot.ShowLegend(Edge.Bottom);
        ChartStyle.Finish(plot);
        return new Chart(title, plot);
    }

    /// <summary>Value-chain profit pools for a market size: one bar per layer with its pool and share.</summary>
    /// <param name="chain">The value chain (layer shares of the pool).</param>
    /// <param name="market">The pool the shares divide, in <paramref name="unit"/>. Range: [0, ∞).</param>
    /// <param name="unit">The unit of the market; default "USD/yr".</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="market"/> is NaN, ±∞ or negative.</exception>
    /// <remarks>Claim C04; <see cref="ValueChain.Pools(double)"/>.</remarks>
    public static Chart ProfitPools(ValueChain chain, double market, string? unit = "USD/yr")
    {
        ArgumentNullException.ThrowIfNull(chain);
        var pools = chain.Pools(market);
        var title = $"Profit pools of a {ChartStyle.Format(market, unit)} market (C04)";
        var plot = ChartStyle.NewPlot(title, "Layer", ChartStyle.AxisLabel("Profit pool", unit));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var bars = new List<Bar>();
        for (var i = 0; i < pools.Count; i++)
        {
            var (layer, pool) = pools[i];
            bars.Add(new Bar
            {
                Position = i,
                Value = pool,
                FillColor = ChartStyle.Primary,
                LineWidth = 0,
                Label = $"{ChartStyle.Format(pool, unit)} ({Display.Percent(chain.Layers[i].Share)})",
            });
            ticks.AddMajor(i, layer);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = ChartFonts.Family;
        barPlot.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        ChartStyle.Finish(plot);
        return new Chart(title, plot);
    }

    /// <summary>Uncertain profit pools from a scenario run: one bar per output at its mean, with a whisker over its middle 90% (5th to 95th percentile).</summary>
    /// <param name="result">The run.</param>
    /// <param name="outputs">At least one output name, e.g. "appProfit", "modelProfit", "cloudProfit", "chipProfit" in the interview scenario.</param>
    /// <returns>The chart, in the first output's unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="outputs"/> is null.</exception>
    /// <exception cref="ArgumentException">No output names.</exception>
    /// <exception cref="KeyNotFoundException">The run has no output of one of the names.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public static Chart ProfitPools(ScenarioResult result, params string[] outputs)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Length == 0)
        {
            throw new ArgumentException("Expected at least one output name; got none.", nameof(outputs));
        }

        var summaries = outputs.Select(o => result[o]).ToArray();
        var unit = result.Scenario.Variable(outputs[0]).Unit;
        var title = $"{result.Scenario.Name}: profit pools (mean, middle 90%)";
        var plot = ChartStyle.NewPlot(title, "Output", ChartStyle.AxisLabel("Mean", unit));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var bars = new List<Bar>();
        for (var i = 0; i < summaries.Length; i++)
        {
            var s = summaries[i];
            bars.Add(new Bar { Position = i, Value = s.Mean, FillColor = ChartStyle.Primary.WithAlpha(0.8), LineWidth = 0, Label = ChartStyle.Format(s.Mean, unit) });
            var whisker = plot.Add.Line(i, s.P5, i, s.P95);
            whisker.Color = ChartStyle.QuantileColor;
            whisker.LineWidth = 2;
            ticks.AddMajor(i, outputs[i]);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = ChartFonts.Family;
        plot.MoveToBack(barPlot);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        ChartStyle.Finish(plot);
        return new Chart(title, plot);
    }

    /// <summary>The upper edge of the first bin at which the cumulative count reaches the fraction <paramref name="p"/> of <paramref name="total"/>.</summary>
    private static double UpperEdgeAt(IReadOnlyList<HistogramBin> bins, long total, double p)
    {
        long cumulative = 0;
        foreach (var bin in bins)
        {
            cumulative += bin.Count;
            if (cumulative >= p * total)
            {
                return bin.Upper;
            }
        }

        return bins[^1].Upper;
    }

    /// <summary>Equal-width bins from the min to <paramref name="cut"/>, and one more from the cut to the max that holds the tail.</summary>
    private static HistogramBin[] CutBins(Summary summary, int count, double cut)
    {
        var counts = new long[count + 1];
        var width = (cut - summary.Min) / count;
        foreach (var x in summary.Samples)
        {
            counts[x >= cut ? count : Math.Clamp((int)((x - summary.Min) / width), 0, count - 1)]++;
        }

        var bins = new HistogramBin[count + 1];
        for (var i = 0; i < count; i++)
        {
            bins[i] = new HistogramBin(summary.Min + (i * width), i == count - 1 ? cut : summary.Min + ((i + 1) * width), counts[i]);
        }

        bins[count] = new HistogramBin(cut, summary.Max, counts[count]);
        return bins;
    }

    private static void AddMarkers(Plot plot, Summary summary, string? unit)
    {
        var mean = plot.Add.VerticalLine(summary.Mean, 2, ChartStyle.MeanColor);
        mean.LegendText = "mean " + ChartStyle.Format(summary.Mean, unit);
        (double P, string Name, LinePattern Pattern)[] markers =
        [
            (0.05, "5%", LinePattern.Dotted),
            (0.50, "median", LinePattern.Dashed),
            (0.95, "95%", LinePattern.Dotted),
        ];
        foreach (var (p, name, pattern) in markers)
        {
            var value = summary.Quantile(p);
            var line = plot.Add.VerticalLine(value, 1.5f, ChartStyle.QuantileColor, pattern);
            line.LegendText = $"{name} {ChartStyle.Format(value, unit)}";
        }
    }

    private static void AddTornadoBars(Plot plot, List<Bar> bars, string legend)
    {
        if (bars.Count == 0)
        {
            return;
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.LegendText = legend;
        barPlot.Color = bars[0].FillColor;
    }

    private static Plot TierPanel(TierLadder[] ladders, string title, string yLabel, Func<Tier, double> value, Func<double, string> format)
    {
        var plot = ChartStyle.NewPlot(title, string.Empty, yLabel);
        var logs = new List<double>();
        Color[] colors = [ChartStyle.Primary, ChartStyle.Secondary, ChartStyle.MeanColor, ChartStyle.QuantileColor];
        for (var k = 0; k < ladders.Length; k++)
        {
            var tiers = ladders[k].Tiers;
            var xs = Enumerable.Range(1, tiers.Count).Select(i => (double)i).ToArray();
            var ys = tiers.Select(t => Math.Log10(value(t))).ToArray();
            logs.AddRange(ys);
            var series = plot.Add.Scatter(xs, ys, colors[k % colors.Length]);
            series.LineWidth = 2;
            series.MarkerSize = 9;
            series.LegendText = ReadingName(ladders[k]);
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var labels = ladders[0].Tiers;
        for (var i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(i + 1, $"Tier {i + 1}\n{Wrap(labels[i].Label, 14)}");
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        var min = Math.Floor(logs.Min());
        var max = Math.Ceiling(logs.Max());
        plot.Axes.Left.TickGenerator = ChartStyle.DecadeTicks(min, max, format);
        plot.Axes.SetLimitsY(min - 0.2, max + 0.2);
        plot.Axes.SetLimitsX(0.6, labels.Count + 0.6);
        plot.ShowLegend(Alignment.UpperLeft);
        ChartStyle.Finish(plot);
        return plot;
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join("\n", lines);
    }

    private static string ReadingName(TierLadder ladder) => ladder.Basis switch
    {
        TierBasis.Parameters => "parameter reading (1e8…1e11 params)",
        _ => "dollar reading ($100M…$100B)",
    };

    private static Plot IntervalPanel(string title, string xLabel, string[] labels, Summary[] summaries, string? unit)
    {
        var plot = ChartStyle.NewPlot(title, xLabel, string.Empty);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var n = summaries.Length;
        for (var i = 0; i < n; i++)
        {
            var s = summaries[i];
            var y = n - 1 - i;
            var interval = plot.Add.Line(s.P5, y, s.P95, y);
            interval.LineWidth = 6;
            interval.Color = ChartStyle.Primary.WithAlpha(0.6);
            var median = plot.Add.Marker(s.P50, y, MarkerShape.FilledDiamond, 12, ChartStyle.QuantileColor);
            var mean = plot.Add.Marker(s.Mean, y, MarkerShape.FilledCircle, 10, ChartStyle.MeanColor);
            if (i == 0)
            {
                interval.LegendText = "5% to 95%";
                median.LegendText = "median";
                mean.LegendText = "mean";
            }

            ticks.AddMajor(y, labels[i]);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.ShowLegend(Alignment.UpperRight);
        ChartStyle.Finish(plot);
        return plot;
    }

    private static Plot DifferencePanel(string output, string first, string second, Summary a, Summary b, string? unit)
    {
        var x = a.Samples;
        var y = b.Samples;
        var d = new double[x.Count];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = y[i] - x[i];
        }

        Array.Sort(d);
        var above = d.Length - UpperBound(d, 0);
        var pAbove = (double)above / d.Length;
        var title = $"{second} − {first}, paired: P(> 0) = {Display.Percent(pAbove)}";
        var plot = ChartStyle.NewPlot(title, ChartStyle.AxisLabel($"Difference in {output}", unit), "Samples per bin");
        var (lo, hi) = (d[0], d[^1]);
        var width = hi > lo ? (hi - lo) / DifferenceBins : Math.Max(Math.Abs(lo) * 0.02, 1e-9);
        var counts = new long[hi > lo ? DifferenceBins : 1];
        foreach (var v in d)
        {
            counts[Math.Clamp((int)((v - lo) / width), 0, counts.Length - 1)]++;
        }

        plot.Add.Bars(counts.Select((c, i) => new Bar
        {
            Position = lo + ((i + 0.5) * width),
            Size = width,
            Value = c,
            FillColor = ChartStyle.Secondary.WithAlpha(0.55),
            LineWidth = 0,
        }).ToList());
        var mean = d.Average();
        var meanLine = plot.Add.VerticalLine(mean, 2, ChartStyle.MeanColor);
        meanLine.LegendText = "mean difference " + ChartStyle.Format(mean, unit);
        var zero = plot.Add.VerticalLine(0, 1.5f, ChartStyle.QuantileColor, LinePattern.Dashed);
        zero.LegendText = "no difference";
        plot.Axes.Bottom.TickGenerator = ChartStyle.UnitTicks(unit);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        ChartStyle.Finish(plot);
        return plot;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string[] UniqueLabels(string[] names)
    {
        var labels = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var duplicate = names.Count(n => n == names[i]) > 1;
            labels[i] = duplicate ? $"{names[i]} #{i + 1}" : names[i];
        }

        return labels;
    }
}
