using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Reporting;

/// <summary>Every result type shows itself in any host: Markdown, escaped HTML, a short ToString, and rich display in .NET Interactive.</summary>
public class ResultDisplayTests
{
    private static readonly Scenario Demo = Scenario.FromFormulas(
        "Demo <&>",
        [new("a", "uniform(0, 1)"), new("b", "uniform(0, 1)"), new("y", "10 * a + b")],
        ["y", "a"]).WithSamples(2000);

    private static readonly TierAssumptions Assumptions = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.H100Sxm, Hardware.ReferenceH100UsdPerHour));

    public static TheoryData<string> ResultTypes => ["ScenarioResult", "Summary", "SensitivityResult", "TierLadder", "ScenarioComparison", "ArgumentCheck"];

    [Fact]
    public void ScenarioResult_Display_TableWithEveryOutputAndEscapedName()
    {
        var result = Demo.Run();

        result.ToMarkdown().Should().Be(result.ToTable().ToMarkdown());
        result.ToHtml().Should().Contain("<caption>Demo &lt;&amp;&gt;</caption>").And.Contain("<td>y</td>").And.Contain("<td>a</td>");
        result.ToString().Should().Be("Demo <&>: 2 outputs, 2,000 samples, seed 42");
    }

    [Fact]
    public void ScenarioComparison_ToString_OneLineNotTheTable()
    {
        var comparison = ScenarioComparison.Create([Demo.Run(), Demo.WithSeed(7).Run()]);

        comparison.ToString().Should().NotContain("\n").And.EndWith(": 2 shared outputs, 2,000 samples, seed 42").And.Contain(" vs ");
    }

    [Fact]
    public void ArgumentCheck_ToString_CountsTheVerdictsInOneLine()
    {
        var check = ArgumentCheck.Run(InterviewScenario.Default.WithSamples(2000));
        var follows = check.Checks.Count(c => c.Verdict == CheckVerdict.Follows);

        check.ToString().Should().NotContain("\n")
            .And.StartWith($"Argument check of The interview's value chain: {check.Checks.Count} rows (follows: {follows}, ")
            .And.Contain("does not follow: ");
    }

    [Fact]
    public void ScenarioSensitivity_ToString_OneLineWithTheLargestDriver()
        => ScenarioSensitivity.Analyze(Demo, "y").ToString().Should()
            .StartWith("Sensitivity of y: 2 inputs, largest swing a (").And.EndWith("); Demo <&>, 2,000 samples, seed 42");

    [Fact]
    public void Summary_Display_OneRowWithMeanAndPercentiles()
    {
        var summary = Demo.Run()["y"];

        var table = summary.ToTable();

        table.Columns.Should().Equal("Output", "Mean", "SD", "5%", "Median", "95%", "Min", "Max", "Samples");
        table.Rows.Should().ContainSingle().Which.Should().Equal("y", Display.Number(summary.Mean), Display.Number(summary.StdDev), Display.Number(summary.P5), Display.Number(summary.P50), Display.Number(summary.P95), Display.Number(summary.Min), Display.Number(summary.Max), "2,000");
        summary.ToHtml().Should().StartWith("<div class=\"scaling-table\">");
        summary.ToMarkdown().Should().StartWith("**y**");
    }

    [Fact]
    public void Summary_SamplesNotKept_TableWithoutPercentiles()
    {
        var summary = Demo.Run(Demo.Options.WithKeepSamples(false))["y"];

        summary.ToTable().Columns.Should().Equal("Output", "Mean", "SD", "Min", "Max", "Samples");
    }

    [Fact]
    public void SensitivityResult_Display_OneRowPerInputLargestSwingFirst()
    {
        var result = Sensitivity.Analyze(Demo.Variable("y").Node, Demo.Options);

        var table = result.ToTable();

        // y = 10a + b: a's swing (10 × 0.8 = 8) is larger than b's (0.8).
        table.Rows.Select(r => r[1]).Should().Equal("a", "b");
        result.ToHtml().Should().Contain("<caption>What drives y</caption>");
        result.ToString().Should().StartWith("Sensitivity of y: 2 inputs, largest swing a (");
    }

    [Fact]
    public void TierLadder_Display_FourTiersAndTheCaveat()
    {
        var ladder = TierLadder.Create(TierBasis.TrainingCostUsd, Assumptions);

        var table = ladder.ToTable();

        table.Rows.Should().HaveCount(4);
        table.Rows.Select(r => r[5]).Should().Equal("$100M", "$1B", "$10B", "$100B");
        table.Notes.Should().Contain(TierLadder.TranslationCaveat);
        ladder.ToMarkdown().Should().Contain("| Nobel-level researcher |");
        ladder.ToHtml().Should().Contain("dollar reading");
    }

    [Theory]
    [MemberData(nameof(ResultTypes))]
    public void TypeFormatterSource_ResultType_HostGetsHtmlMarkdownAndText(string typeName)
    {
        object value = typeName switch
        {
            "ScenarioResult" => Demo.Run(),
            "Summary" => Demo.Run()["y"],
            "SensitivityResult" => Sensitivity.Analyze(Demo.Variable("y").Node, Demo.Options),
            "ScenarioComparison" => ScenarioComparison.Create([Demo.Run(), Demo.WithSeed(7).Run()]),
            "ArgumentCheck" => ArgumentCheck.Run(InterviewScenario.Default.WithSamples(2000)),
            _ => TierLadder.Create(TierBasis.Parameters, Assumptions),
        };

        // What a .NET Interactive host does: find the attribute by name, create the source, call CreateTypeFormatters().
        var attribute = value.GetType().GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        ((string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!).Should().StartWith("text/html");
        var formatters = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(Activator.CreateInstance(sourceType), null)!).ToList();
        string Format(string mime)
        {
            var formatter = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mime);
            using var writer = new StringWriter();
            ((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!).Should().BeTrue();
            return writer.ToString();
        }

        var display = (IRichDisplay)value;
        Format("text/html").Should().Be(display.ToHtml());
        Format("text/markdown").Should().Be(display.ToMarkdown());
        Format("text/plain").Should().Be(value.ToString());
    }

    [Fact]
    public void DisplayFormatter_OtherType_ReturnsFalseAndWritesNothing()
    {
        var html = new DisplayFormatterSource().CreateTypeFormatters().Cast<DisplayFormatter>().First();
        using var writer = new StringWriter();

        html.Format("not a result", writer).Should().BeFalse();
        writer.ToString().Should().BeEmpty();
    }
}
