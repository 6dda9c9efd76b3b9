using System.Text.RegularExpressions;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Charts.Tests;

public sealed partial class ReportTests
{
    private static readonly string InterviewText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "interview.json"));

    private static readonly Lazy<string> InterviewHtml = new(() => Report.Create(TestData.InterviewResult, InterviewText).ToHtml());

    [Fact]
    public void ToHtml_Interview_OneHistogramPerOutputAndATornado()
    {
        var html = InterviewHtml.Value;

        var charts = ChartDiv().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        charts.Where(c => c.Item1 == "histogram").Select(c => c.Item2).Should().Equal(TestData.Interview.Outputs.Select(o => o.Name));
        charts.Where(c => c.Item1 == "tornado").Select(c => c.Item2).Should().Equal("market");
        Regex.Count(html, "<svg ").Should().Be(TestData.Interview.Outputs.Count + 2, "a histogram per output, the tornado and the argument check");
    }

    [Fact]
    public void ToHtml_Interview_ArgumentCheckWithItsChartAndTable()
    {
        var html = InterviewHtml.Value;
        var check = Scenarios.ArgumentCheck.Run(TestData.Interview);

        html.Should().Contain("<section id=\"check\">").And.Contain("data-chart=\"check\"").And.Contain(check.ToHtml());
    }

    [Fact]
    public void ToHtml_Interview_NoExternalReferences()
    {
        var html = InterviewHtml.Value;

        // Namespaces (xmlns="http://www.w3.org/2000/svg") are names, not requests; nothing may be loaded from anywhere.
        Regex.Matches(html, "(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)", RegexOptions.IgnoreCase).Should().BeEmpty();
        Regex.Matches(html, "url\\(\\s*[^#\\s]", RegexOptions.IgnoreCase).Should().BeEmpty("only references to elements of the page itself (url(#id))");
        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("<img").And.NotContain("@import");
        html.Should().Contain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    }

    [Fact]
    public void ToHtml_Interview_ResultsTableSeedSamplesAndVersion()
    {
        var html = InterviewHtml.Value;

        html.Should().Contain(TestData.InterviewResult.ToHtml());
        html.Should().Contain($"5,000 samples · seed 42 · ScalingScenarios {Report.LibraryVersion}");
        Report.LibraryVersion.Should().StartWith("0.");
    }

    [Fact]
    public void ToHtml_Interview_AssumptionsWithTheFileCommentsAsSources()
    {
        var html = InterviewHtml.Value;

        // interview.json, the comment above "pContinue": "C11: his odds that scaling continues are "60-40 or 70-30" (talking point 7)."
        html.Should().Contain("<td>pContinue</td><td><code>uniform(0.6, 0.7)</code></td><td>percent</td>");
        html.Should().Contain("C11: his odds that scaling continues are &quot;60-40 or 70-30&quot; (talking point 7).");
        html.Should().Contain("<strong>C11</strong>").And.Contain("<strong>Sequoia600B</strong>");
    }

    [Fact]
    public void ToHtml_MarkupInScenario_IsEscaped()
    {
        var scenario = Scenario.FromFormulas("<script>alert('x')</script>", [new("x", "normal(1, 1)")], ["x"]).WithSamples(500);

        var html = Report.Create(scenario.Run(), options: ReportOptions.Default.WithSensitivity(false).WithArgumentCheck(false)).ToHtml();

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    [Fact]
    public void VariableComments_ScenarioText_CommentBlockAboveEachKey()
    {
        const string text = "{\n  \"name\": \"n\", // not a variable\n  \"variables\": {\n    // first line\n    // second line\n    \"a\": \"1\",\n\n    \"b\": \"a\",\n    // c's note\n    \"c\": 2\n  },\n  // after\n  \"outputs\": [\"c\"]\n}";

        var comments = Report.VariableComments(text);

        comments.Should().BeEquivalentTo(new Dictionary<string, string> { ["a"] = "first line second line", ["c"] = "c's note" });
    }

    [Fact]
    public void Save_Report_WritesTheHtmlAtomically()
    {
        var folder = Directory.CreateTempSubdirectory("report-").FullName;
        try
        {
            var path = Path.Combine(folder, "report.html");
            var scenario = Scenario.FromFormulas("small", [new("x", "normal(1, 1)")], ["x"]).WithSamples(500);

            Report.Create(scenario.Run(), options: ReportOptions.Default.WithArgumentCheck(false)).Save(path);

            File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>");
            Directory.GetFiles(folder).Should().Equal(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Create_SamplesNotKept_ThrowsInvalidOperation()
    {
        var scenario = Scenario.FromFormulas("no samples", [new("x", "normal(1, 1)")], ["x"]).WithSamples(100);

        var act = () => Report.Create(scenario.Run(scenario.Options.WithKeepSamples(false)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*kept its samples*");
    }

    [Fact]
    public void Create_BoundedMemoryRun_DrawsTheHistogramsAndSaysWhyThereIsNoSensitivity()
    {
        var scenario = Scenario.FromFormulas("big", [new("a", "1 to 10"), new("x", "a * normal(5, 1)")], ["x"]).WithSamples(200_000);
        var result = scenario.Run(scenario.Options.WithMaxMemory(1 << 20));
        result.BoundedMemory.Should().BeTrue();

        var html = Report.Create(result).ToHtml();

        ChartDiv().Matches(html).Select(m => m.Groups[1].Value).Should().Equal("histogram");
        html.Should().Contain("id=\"sensitivity-skipped\"").And.Contain("bounded-memory mode");
    }

    [GeneratedRegex("<div class=\"chart\" data-chart=\"(\\w+)\" data-output=\"([^\"]+)\">")]
    private static partial Regex ChartDiv();
}
