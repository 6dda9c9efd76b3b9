using System.Text.Json;
using ScalingScenarios.Claims;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

/// <summary>
/// Every row of the argument check pinned to a hand calculation. The interview scenario is made deterministic first
/// (every uncertain input set to a constant with WithVariables), so each expected value below is plain arithmetic.
/// </summary>
public class ArgumentCheckTests
{
    private const double Relative = 1e-9;

    private static readonly Lazy<ArgumentCheck> Constant = new(() => ArgumentCheck.Run(InterviewScenario.Default.WithSamples(2000).WithVariables(
    [
        Set("marketIfContinues", "4e12"), Set("marketIfStops", "4e11"), Set("pContinue", "0.65"), Set("appMargin", "0.55"),
        Set("inferenceShareOfAppRevenue", "0.3"), Set("modelMargin", "0.5"), Set("cloudMargin", "0.3"), Set("chipMargin", "0.75"),
        Set("frontierFirms", "4"), Set("inferenceShareOfModelCost", "0.4"), Set("inferenceSavings", "0.2"),
    ])));

    private static KeyValuePair<string, string> Set(string name, string formula) => KeyValuePair.Create(name, formula);

    private static ClaimCheck Row(string key) => Constant.Value.Checks.Single(c => c.Key == key);

    private static void ValueShouldBe(string key, double expected)
        => Row(key).Value!.Value.Should().BeApproximately(expected, Math.Abs(expected) * Relative, key);

    [Fact]
    public void C01_LastTenfoldStepCutsLessLossThanTheFirst()
    {
        // Hoffmann et al. eq. 10 with D = 20 N: L(N) = 1.69 + 406.4 / N^0.34 + 410.7 / (20 N)^0.28.
        static double L(double n) => 1.69 + (406.4 / Math.Pow(n, 0.34)) + (410.7 / Math.Pow(20 * n, 0.28));
        ValueShouldBe("c01-scaling-law", (L(1e10) - L(1e11)) / (L(1e8) - L(1e9)));
        Row("c01-scaling-law").Value.Should().BeLessThan(1);
    }

    [Fact]
    public void C02_TenTimesTheParametersIsAHundredTimesTheCompute()
    {
        // 6 (10 N)(20 * 10 N) / (6 N * 20 N) = 100.
        ValueShouldBe("c02-tier-compute", 100);
        Row("c02-tier-compute").Verdict.Should().Be(CheckVerdict.Follows);
    }

    [Fact]
    public void C02_TranslationCaveat_CostsAComputeOptimal1e11ParameterRun()
    {
        // 6 * 1e11 * 2e12 = 1.2e24 FLOPs; / (989.4e12 * 0.4) = 3.03214e9 s = 842,261 h; * $2 = $1,684,523.
        ValueShouldBe("c02-translation", 1.2e24 / (989.4e12 * 0.4) / 3600 * 2);
        Row("c02-translation").ValueText.Should().Be("1e+11 params cost $1.68M; $100B buys 2.44e+13 params");
    }

    [Fact]
    public void C03_MarketIsTheScenariosAssumption()
    {
        ValueShouldBe("c03-market", 4e12);
        Row("c03-market").Verdict.Should().Be(CheckVerdict.NotQuantifiable);
    }

    [Fact]
    public void C04_TenPercentOfTheContinuesMarket()
        => ValueShouldBe("c04-ten-percent", 0.1 * 4e12); // 10% of $4T = $400B a year

    [Fact]
    public void C05_LernerAtFourFirms()
    {
        ValueShouldBe("c05-lerner", 1.0 / 4); // 1 / (n |e|) = 1 / (4 * 1)
        Row("c05-lerner").ValueText.Should().Be("25% at n = 4, 25% at n = 4; 1% at n = 100"); // 1 / 100 with commoditizedFirms = 100
    }

    [Fact]
    public void C05_OnTheInterviewScenario_TakesFourAndFiveFromTheDiscreteDraws()
    {
        var row = ArgumentCheck.Run(InterviewScenario.Default.WithSamples(2000)).Checks.Single(c => c.Key == "c05-lerner");

        // frontierFirms = discrete([4, 5]): its smallest draw is 4 (1/4 = 25%), its largest 5 (1/5 = 20%).
        row.Value.Should().Be(0.25);
        row.ValueText.Should().StartWith("25% at n = 4, 20% at n = 5");
    }

    [Fact]
    public void C06_TenDoublingsAtTwentyPercent()
        => ValueShouldBe("c06-commodity", Math.Pow(0.8, 10)); // 0.8^10 = 0.107

    [Fact]
    public void C07_MarginUpliftAtThirtyPercent()
    {
        // m' = 1 - (1 - 0.5)(1 - 0.3 * 0.4) = 1 - 0.5 * 0.88 = 0.56: +6 points.
        ValueShouldBe("c07-inference-savings", 0.06);
        Row("c07-inference-savings").ValueText.Should().Be("margin 50% -> 52% / 54% / 56%"); // s = 0.1: 1 - 0.5 * 0.96; s = 0.2: 1 - 0.5 * 0.92
    }

    [Fact]
    public void C08_DifferentiatedLerner()
        => ValueShouldBe("c08-differentiation", (80 * 0.5 / 1.5) / (20 + (80 * 0.5 / 1.5))); // margin (100 - 20)(1 - g)/(2 - g) = 26.67 over price 46.67 = 4/7

    [Fact]
    public void C09_SwarmCost()
        => ValueShouldBe("c09-swarm", (1 + (20.0 / 60)) / 21); // (1 + k/r)/(k + 1) = 0.0635

    [Fact]
    public void C10_ChainedReliability()
    {
        ValueShouldBe("c10-reliability", Math.Pow(0.95, 10)); // 0.599
        // With detection: a wrong step is noticed with probability q = 0.05 * 0.8 = 0.04 and retried up to twice, so a step ends
        // right with 0.95 (1 + 0.04 + 0.04^2) = 0.98952 (an unnoticed error stays wrong); 0.98952^10 = 0.90001.
        Row("c10-reliability").ValueText.Should().Be("59.9% without, 90% with detection");
    }

    [Fact]
    public void C11_ExpectedValueAtSixtyForty()
    {
        // totalProfit = market (0.55 + 0.3 * 0.5 + 0.3 * 0.5 * 0.3 + 0.3 * 0.5 * 0.5 * 0.75) = 0.80125 market:
        // V(continues) = 3.205e12, V(stops) = 3.205e11; EV = 0.6 * 3.205e12 + 0.4 * 3.205e11 = 2.0512e12.
        ValueShouldBe("c11-expected-value", (0.6 * 3.205e12) + (0.4 * 3.205e11));
        Row("c11-expected-value").ValueText.Should().Be("$2.05T at 60-40, $2.34T at 70-30"); // 0.7 * 3.205e12 + 0.3 * 3.205e11 = 2.3396e12
    }

    [Fact]
    public void C12_BranchProbabilitiesSumToOne()
        => ValueShouldBe("c12-branches", 0.65 + 0.35);

    [Fact]
    public void C13_Crispr()
    {
        ValueShouldBe("c13-crispr", 30.0 / 10); // 3 years; 30 / 100 = 0.3
        Row("c13-crispr").ValueText.Should().Be("3 years at 10x, 0.3 at 100x");
    }

    [Fact]
    public void C13_CenturyNeedsTenToTwentyTimes()
    {
        ValueShouldBe("c13-century", 100.0 / 5); // 100 / 10 = 10x to 100 / 5 = 20x
        Row("c13-century").Verdict.Should().Be(CheckVerdict.Follows);
    }

    [Fact]
    public void C14_IsNotQuantifiable()
        => Row("c14-nationalization").Should().Match<ClaimCheck>(c => c.Value == null && c.Verdict == CheckVerdict.NotQuantifiable);

    [Fact]
    public void C02C05_SuttonBoundOnEachReading()
    {
        // S = 4e12 * 0.3 = 1.2e12 a year: sqrt(1.2e12 / 1e11) = 3.46 firms on dollars; sqrt(1.2e12 / 1,684,523) = 844 on parameters.
        ValueShouldBe("c02-c05-firm-count", Math.Sqrt(12));
        Row("c02-c05-firm-count").ValueText.Should().Be("3.46 firms on dollars, 844 on parameters");
        Row("c02-c05-firm-count").Verdict.Should().Be(CheckVerdict.FollowsUnderAssumptions);
    }

    [Fact]
    public void C11C02_ValueOfInformationAndBreakEvenOdds()
    {
        // Per builder: 1.2e12 * 0.5 / 4 = 1.5e11 (continues), 1.5e10 (stops); a $1e11 run: +5e10 or -8.5e10.
        // E[invest] = 0.65 * 5e10 - 0.35 * 8.5e10 = 2.75e9; E[max] = 0.65 * 5e10 = 3.25e10; EVPI = 2.975e10.
        // Break-even: 8.5e10 / (5e10 + 8.5e10) = 0.63, inside 60-70%.
        ValueShouldBe("c11-c02-value-of-information", 3.25e10 - 2.75e9);
        Row("c11-c02-value-of-information").ValueText.Should().Be("EVPI $29.8B per builder; break-even odds 63%"); // 2.975e10 exactly (constant inputs summarize exactly) prints as $29.8B
        Row("c11-c02-value-of-information").Verdict.Should().Be(CheckVerdict.FollowsUnderAssumptions);
    }

    [Fact]
    public void C07C05_BuildersCoveringARun()
    {
        // Gross profit 1.2e12 * 0.5 = 6e11 covers floor(6) runs of $1e11; at 30% savings 1.2e12 * 0.56 = 6.72e11, still 6.
        ValueShouldBe("c07-c05-builders", 0);
        Row("c07-c05-builders").ValueText.Should().Be("6 -> 6 / 6 / 6 builders");
        Row("c07-c05-builders").Verdict.Should().Be(CheckVerdict.DoesNotFollow);
    }

    [Fact]
    public void Checks_CoverEveryClaim()
        => Constant.Value.Checks.SelectMany(c => c.Claims).Distinct().Should().BeEquivalentTo(Enum.GetValues<ClaimId>());

    [Fact]
    public void Inputs_ComeFromTheScenario()
    {
        var row = ArgumentCheck.Run(InterviewScenario.Default.WithSamples(1000).WithVariable("stepReliability", "0.9")).Checks.Single(c => c.Key == "c10-reliability");

        row.Value!.Value.Should().BeApproximately(Math.Pow(0.9, 10), 1e-12); // 0.349
        row.Inputs[0].Source.Should().Be("scenario: stepReliability = 0.9");
    }

    [Fact]
    public void Inputs_MissingFromTheScenario_FallBackToLibraryDefaults()
    {
        var check = ArgumentCheck.Run(Scenario.Parse("""{ "name": "tiny", "samples": 100, "variables": { "x": 1 }, "outputs": ["x"] }"""));

        var c10 = check.Checks.Single(c => c.Key == "c10-reliability");
        c10.Value!.Value.Should().BeApproximately(Math.Pow(0.95, 10), 1e-12);
        c10.Inputs[0].Source.Should().Be("library: Reliability.DefaultStepReliability (C10)");
        check.Checks.Single(c => c.Key == "c11-expected-value").Verdict.Should().Be(CheckVerdict.NotQuantifiable);
    }

    [Fact]
    public void For_OneClaim_KeepsEveryRowThatChecksIt()
        => Constant.Value.For(ClaimId.C13).Checks.Select(c => c.Key).Should().Equal("c13-crispr", "c13-century");

    [Fact]
    public void ToJson_HasAClaimsArrayWithIdVerdictValueInputsAndReasoning()
    {
        using var json = JsonDocument.Parse(Constant.Value.ToJson());

        var claims = json.RootElement.GetProperty("claims");
        claims.GetArrayLength().Should().Be(Constant.Value.Checks.Count);
        var c07 = claims.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "c07-inference-savings");
        c07.GetProperty("id").GetString().Should().Be("C07");
        c07.GetProperty("verdict").GetString().Should().Be("followsUnderAssumptions");
        c07.GetProperty("value").GetDouble().Should().BeApproximately(0.06, 1e-12);
        c07.GetProperty("inputs")[0].GetProperty("name").GetString().Should().Be("modelMargin");
        c07.GetProperty("reasoning").GetString().Should().StartWith("m' = 1 - (1 - m)(1 - s k)");
        claims.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "c14-nationalization").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void ToMarkdown_IsAReportWithOneSectionPerCheck()
    {
        var markdown = Constant.Value.ToMarkdown();

        markdown.Should().StartWith("# The argument check: ").And.Contain("## C07: 10/20/30% cheaper inference lifts the margin")
            .And.Contain("**Stated conclusion.**").And.Contain("| modelMargin | 50% | scenario: modelMargin = 0.5 |");
    }

    [Fact]
    public void ToCsv_HasRawValues()
        => Constant.Value.ToCsv().Split('\n')[0].Should().Be("id,key,title,verdict,value,unit,valueText,conclusion,reasoning");

    [Fact]
    public void Describe_EveryVerdictHasWords()
        => Enum.GetValues<CheckVerdict>().Select(ArgumentCheck.Describe).Should().Equal("follows", "follows only under stated assumptions", "does not follow", "not quantifiable");
}
