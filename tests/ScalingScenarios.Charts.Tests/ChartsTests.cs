using ScalingScenarios.Economics;
using ScalingScenarios.Scaling;
using ScalingScenarios.Scenarios;
using ScottPlot;
using ScottPlot.Plottables;

namespace ScalingScenarios.Charts.Tests;

public sealed class ChartsTests
{
    public sealed class Histogram
    {
        [Fact]
        public void Histogram_InterviewMarket_BarCountsSumToTheSampleCount()
        {
            var chart = TestData.InterviewResult.Histogram("market");

            var bars = chart.Panels[0].GetPlottables<BarPlot>().Single().Bars;
            bars.Sum(b => b.Value).Should().Be(TestData.Samples);
        }

        [Fact]
        public void Histogram_LongRightTail_AxisStopsAtThe995thPercentileAndTheLastBarHoldsTheTail()
        {
            var summary = TestData.InterviewResult["market"];
            var cut = summary.Quantile(Charts.TailCut);

            var plot = Charts.Histogram(summary, "USD").Panels[0];
            var bars = plot.GetPlottables<BarPlot>().Single().Bars;

            // market is log-normal on each branch: its max is far beyond the 99.5th percentile.
            summary.Max.Should().BeGreaterThan(cut * 1.5);
            bars.Should().HaveCount(summary.Histogram.Count + 1);
            bars[^1].Value.Should().Be(summary.Samples.Count(x => x >= cut));
            plot.Axes.GetLimits().Right.Should().Be(cut);
            plot.Axes.Bottom.Label.Text.Should().Contain("axis cut at the 99.5th percentile");
        }

        [Fact]
        public void Histogram_NoLongTail_BarsAreTheSummaryBins()
        {
            var scenario = Scenario.FromFormulas("uniform", [new("x", "uniform(0, 1)")], ["x"]).WithSamples(1000);
            var summary = scenario.Run()["x"];

            var bars = Charts.Histogram(summary).Panels[0].GetPlottables<BarPlot>().Single().Bars;

            bars.Select(b => (long)b.Value).Should().Equal(summary.Histogram.Select(b => b.Count));
        }

        [Fact]
        public void Histogram_InterviewMarket_MarksMeanAndThe5th50th95thPercentiles()
        {
            var summary = TestData.InterviewResult["market"];

            var lines = Charts.Histogram(summary, "USD").Panels[0].GetPlottables<VerticalLine>().Select(l => l.X);

            lines.Should().Equal(summary.Mean, summary.P5, summary.P50, summary.P95);
        }

        [Fact]
        public void Histogram_UnitUsd_LegendAndAxisSpeakDollars()
        {
            var summary = TestData.InterviewResult["market"];

            var plot = Charts.Histogram(summary, "USD").Panels[0];

            plot.GetPlottables<VerticalLine>().First().LegendText.Should().Be("mean " + Reporting.Display.Usd(summary.Mean));
            plot.Axes.Bottom.Label.Text.Should().StartWith("market ($)");
        }

        [Fact]
        public void Histogram_SamplesNotKept_ThrowsInvalidOperation()
        {
            var scenario = Scenario.FromFormulas("no samples", [new("x", "normal(0, 1)")], ["x"]).WithSamples(100);
            var result = scenario.Run(scenario.Options.WithKeepSamples(false));

            var act = () => result.Histogram("x");

            act.Should().Throw<InvalidOperationException>().WithMessage("*were not kept*");
        }

        [Fact]
        public void Histogram_BoundedMemoryRun_DrawsItsExactHistogramAndCutsAtTheBinOfThe995thPercentile()
        {
            // Over the memory budget no samples are kept, but the bounded mode computes the histogram and p5 … p95 exactly;
            // the chart used to throw for the 99.5th percentile (and the CLI's run --chart and report crashed with it).
            var scenario = Scenario.FromFormulas("tail", [new("x", "1 to 1000")], ["x"]).WithSamples(200_000);
            var summary = scenario.Run(scenario.Options.WithMaxMemory(1 << 20))["x"];
            summary.HasSamples.Should().BeFalse("200,000 samples need 1.5 MiB, over the 1 MiB budget");

            var plot = Charts.Histogram(summary).Panels[0];

            var bars = plot.GetPlottables<BarPlot>().Single().Bars;
            bars.Select(b => (long)b.Value).Should().Equal(summary.Histogram.Select(b => b.Count));
            plot.GetPlottables<VerticalLine>().Select(l => l.X).Should().Equal(summary.Mean, summary.P5, summary.P50, summary.P95);
            var right = plot.Axes.GetLimits().Right;
            var bin = summary.Histogram.First(b => b.Upper == right);
            summary.Histogram.TakeWhile(b => b != bin).Sum(b => b.Count).Should().BeLessThan((long)(0.995 * summary.Count));
            summary.Histogram.TakeWhile(b => b != bin).Sum(b => b.Count).Should().BeGreaterThanOrEqualTo((long)(0.995 * summary.Count) - bin.Count);
            plot.Axes.Bottom.Label.Text.Should().Contain("axis cut at the bin holding the 99.5th percentile");
        }

        [Fact]
        public void Histogram_UnknownOutput_ThrowsKeyNotFound()
        {
            var act = () => TestData.InterviewResult.Histogram("markt");

            act.Should().Throw<KeyNotFoundException>().WithMessage("*market*");
        }
    }

    public sealed class Cdf
    {
        [Fact]
        public void Cdf_ModelProfit_CurveIsTheQuantileFunctionFrom0To100Percent()
        {
            var summary = TestData.InterviewResult["modelProfit"];

            var line = TestData.InterviewResult.Cdf("modelProfit").Panels[0].GetPlottables<Scatter>().Single();
            var points = line.Data.GetScatterPoints();

            points.Should().HaveCount(Charts.CdfPoints);
            points[0].X.Should().Be(summary.Min);
            points[^1].X.Should().Be(summary.Max);
            points[100].Should().Be(new Coordinates(summary.P50, 50));
            points.Select(p => p.X).Should().BeInAscendingOrder();
        }
    }

    public sealed class Tornado
    {
        [Fact]
        public void Tornado_ThreeInputs_OneBarPerInputInSwingOrderFromTheTop()
        {
            var sensitivity = TestData.ThreeInputSensitivity();

            var chart = sensitivity.Tornado();
            _ = chart.ToPng(); // tick labels are generated when the chart is laid out
            var plot = chart.Panels[0];
            var bars = plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).OrderByDescending(b => b.Position).ToList();
            var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).OrderByDescending(t => t.Position).Select(t => t.Label);

            // y = 10a + 3b − c: swings 8, 2.4 and −0.8 (see TestData), so a on top, then b, then c.
            bars.Should().HaveCount(3);
            ticks.Should().Equal("a", "b", "c");
            bars.Select(b => b.Value - b.ValueBase).Should().BeInDescendingOrder();
            bars.Zip(sensitivity.Entries).Should().OnlyContain(p => p.First.ValueBase == Math.Min(p.Second.MeanAtLow, p.Second.MeanAtHigh) && p.First.Value == Math.Max(p.Second.MeanAtLow, p.Second.MeanAtHigh));
        }

        [Fact]
        public void Tornado_FallingInput_DrawnInItsOwnSeries()
        {
            var plot = TestData.ThreeInputSensitivity().Tornado().Panels[0];

            var series = plot.GetPlottables<BarPlot>().ToDictionary(b => b.LegendText, b => b.Bars.Count);

            series.Should().BeEquivalentTo(new Dictionary<string, int> { ["rises with the input"] = 2, ["falls as the input rises"] = 1 });
        }

        [Fact]
        public void Tornado_InterviewModelProfit_OneBarPerRandomLeaf()
        {
            var scenario = TestData.Interview;
            var sensitivity = Uncertainty.Sensitivity.Analyze(scenario.Variable("modelProfit").Node, scenario.Options);

            var bars = Charts.Tornado(sensitivity, "USD").Panels[0].GetPlottables<BarPlot>().Sum(b => b.Bars.Count);

            bars.Should().Be(sensitivity.Entries.Count).And.BeGreaterThan(3);
        }
    }

    public sealed class TierLadderChart
    {
        private static readonly TierAssumptions Assumptions = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.H100Sxm, Hardware.ReferenceH100UsdPerHour));

        [Fact]
        public void TierLadder_BothReadings_TwoLogPanelsWithOneSeriesPerReading()
        {
            var chart = Charts.TierLadder(Assumptions);
            var parameters = TierLadder.Create(TierBasis.Parameters, Assumptions);
            var dollars = TierLadder.Create(TierBasis.TrainingCostUsd, Assumptions);

            chart.PanelCount.Should().Be(2);
            var compute = chart.Panels[0].GetPlottables<Scatter>().ToList();
            var cost = chart.Panels[1].GetPlottables<Scatter>().ToList();
            compute.Select(s => s.Data.GetScatterPoints().Select(p => p.Y)).Should().BeEquivalentTo(
                [parameters.Tiers.Select(t => Math.Log10(t.TrainingFlops)), dollars.Tiers.Select(t => Math.Log10(t.TrainingFlops))], o => o.WithStrictOrdering());
            cost[1].Data.GetScatterPoints().Select(p => p.Y).Should().Equal(8, 9, 10, 11);
        }

        [Fact]
        public void TierLadder_CostPanel_DecadeTicksInDollars()
        {
            var chart = Charts.TierLadder(Assumptions);
            _ = chart.ToPng(); // tick labels are generated when the chart is laid out

            var ticks = chart.Panels[1].Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label);

            ticks.Should().Contain(["$100M", "$1B", "$100B"]);
        }

        [Fact]
        public void TierLadder_DifferentTierCounts_ThrowsArgumentException()
        {
            var four = TierLadder.Create(TierBasis.Parameters, Assumptions);
            var two = TierLadder.Create(TierBasis.Parameters, [1e8, 1e9], ["a", "b"], Assumptions);

            var act = () => four.Chart(two);

            act.Should().Throw<ArgumentException>().WithParameterName("ladders").WithMessage("*same number of tiers (4); got one with 2*");
        }
    }

    public sealed class Comparison
    {
        [Fact]
        public void Comparison_TwoRuns_IntervalsAndAPairedDifferenceSummingToTheSamples()
        {
            var baseline = TestData.InterviewResult;
            var other = TestData.Interview.WithSeed(7).Run();

            var chart = baseline.ComparisonChart("market", other);

            chart.PanelCount.Should().Be(2);
            var intervals = chart.Panels[0].GetPlottables<LinePlot>().ToList();
            intervals.Should().HaveCount(2);
            intervals[0].Start.X.Should().Be(baseline["market"].P5);
            intervals[0].End.X.Should().Be(baseline["market"].P95);
            chart.Panels[1].GetPlottables<BarPlot>().Single().Bars.Sum(b => b.Value).Should().Be(TestData.Samples);
        }

        [Fact]
        public void Comparison_SameRunTwice_DifferenceIsZeroEverywhere()
        {
            var run = TestData.InterviewResult;

            var plot = Charts.Comparison("market", run, run).Panels[1];

            // Each sample minus itself is 0: one bin holds all samples and the mean difference is 0.
            plot.GetPlottables<BarPlot>().Single().Bars.Should().ContainSingle().Which.Value.Should().Be(TestData.Samples);
            plot.GetPlottables<VerticalLine>().First().X.Should().Be(0);
            plot.Axes.Title.Label.Text.Should().EndWith("P(> 0) = 0%");
        }

        [Fact]
        public void Comparison_NoRuns_ThrowsArgumentException()
        {
            var act = () => Charts.Comparison("market");

            act.Should().Throw<ArgumentException>().WithParameterName("results");
        }
    }

    public sealed class ComparisonOfScenarioComparison
    {
        [Fact]
        public void Comparison_ScenarioComparison_LabelsAreTheComparisonsAndTheDifferenceIsPaired()
        {
            var comparison = ScenarioComparison.Create([TestData.InterviewResult, TestData.Interview.WithSeed(7).Run()], ["baseline", "seed 7"]);

            var chart = comparison.Chart("market");
            _ = chart.ToPng();

            chart.PanelCount.Should().Be(2);
            chart.Panels[0].Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).Should().BeEquivalentTo(["baseline", "seed 7"]);
            chart.Panels[1].GetPlottables<BarPlot>().Single().Bars.Sum(b => b.Value).Should().Be(TestData.Samples);
        }

        [Fact]
        public void Comparison_UnknownOutput_ThrowsKeyNotFound()
        {
            var comparison = ScenarioComparison.Create([TestData.InterviewResult, TestData.InterviewResult]);

            var act = () => comparison.Chart("markt");

            act.Should().Throw<KeyNotFoundException>().WithMessage("*market*got 'markt'*");
        }
    }

    public sealed class ArgumentCheckChart
    {
        [Fact]
        public void ArgumentCheck_Interview_OneRowPerCheckColouredByVerdict()
        {
            var check = ArgumentCheck.Run(TestData.Interview);

            var plot = Charts.ArgumentCheck(check).Panels[0];
            var series = plot.GetPlottables<BarPlot>().ToList();

            series.Sum(s => s.Bars.Count).Should().Be(check.Checks.Count);
            foreach (var s in series)
            {
                var verdict = Enum.GetValues<CheckVerdict>().Single(v => ArgumentCheck.Describe(v) == s.LegendText);
                s.Bars.Select(b => b.Label).Should().BeEquivalentTo(check.Checks.Where(c => c.Verdict == verdict).Select(c => c.ValueText));
            }
        }
    }

    public sealed class ProfitPools
    {
        [Fact]
        public void ProfitPools_DefaultChainAtOneTrillion_BarsArePoolsInLayerOrder()
        {
            var chain = ValueChain.DefaultMargins;

            var bars = chain.ProfitPools(1e12).Panels[0].GetPlottables<BarPlot>().Single().Bars;

            bars.Select(b => b.Value).Should().Equal(chain.Pools(1e12).Select(p => p.Pool));
            bars.Sum(b => b.Value).Should().BeApproximately(1e12, 1e12 * ValueChain.ShareTolerance);
        }

        [Fact]
        public void ProfitPools_InterviewRun_BarsAtMeansWithMiddle90PercentWhiskers()
        {
            string[] outputs = ["appProfit", "modelProfit", "cloudProfit", "chipProfit"];
            var result = TestData.InterviewResult;

            var plot = result.ProfitPools(outputs).Panels[0];

            plot.GetPlottables<BarPlot>().Single().Bars.Select(b => b.Value).Should().Equal(outputs.Select(o => result[o].Mean));
            plot.GetPlottables<LinePlot>().Select(l => (l.Start.Y, l.End.Y)).Should().Equal(outputs.Select(o => (result[o].P5, result[o].P95)));
        }

        [Fact]
        public void ProfitPools_NegativeMarket_ThrowsOutOfRange()
        {
            var act = () => Charts.ProfitPools(ValueChain.DefaultMargins, -1);

            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("market");
        }
    }
}
