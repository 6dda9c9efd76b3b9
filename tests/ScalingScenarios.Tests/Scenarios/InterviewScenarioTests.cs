using ScalingScenarios.Claims;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class InterviewScenarioTests
{
    private static string SampleFile() => System.IO.File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "interview.json"));

    [Fact]
    public void Json_IsTheSampleFileByteForByte()
        => InterviewScenario.Json.Should().Be(SampleFile(), "the library embeds samples/scenarios/interview.json itself: one copy");

    [Fact]
    public void Default_IsTheSameScenarioAsTheSampleFile()
    {
        var file = Scenario.Parse(SampleFile());
        var preset = InterviewScenario.Default;

        (preset.Name, preset.Samples, preset.Seed).Should().Be((file.Name, file.Samples, file.Seed));
        preset.Variables.Select(v => (v.Name, v.Formula, v.Unit, v.Description)).Should().Equal(file.Variables.Select(v => (v.Name, v.Formula, v.Unit, v.Description)));
        preset.Outputs.Select(v => v.Name).Should().Equal(file.Outputs.Select(v => v.Name));
        preset.Branches.Select(b => (b.Name, b.Probability)).Should().Equal(file.Branches.Select(b => (b.Name, b.Probability)));
        var options = preset.Options.WithSamples(2000);
        preset.Run(options).Outputs.Select(s => s.Mean).Should().Equal(file.Run(options).Outputs.Select(s => s.Mean), "same scenario, same seed, same numbers");
    }

    [Fact]
    public void Default_HasTheInterviewsTwoBranches()
        => InterviewScenario.Default.Branches.Select(b => (b.Name, b.Probability)).Should().Equal(("continues", "pContinue"), ("stops", "1 - pContinue"));

    [Fact]
    public void Presets_EveryPresetAppliesToTheInterviewScenarioAndCitesAClaim()
    {
        foreach (var preset in InterviewScenario.Presets)
        {
            preset.Claims.Should().NotBeEmpty(preset.Name);
            preset.Scenario.Name.Should().Be($"{InterviewScenario.Default.Name} ({preset.Name})");
            foreach (var (name, formula) in preset.Assignments)
            {
                preset.Scenario.Variable(name).Formula.Should().Be(formula);
            }
        }

        InterviewScenario.Presets.Select(p => p.Name).Should().OnlyHaveUniqueItems().And.Contain(
            ["odds-60-40", "odds-70-30", "inference-savings-10", "inference-savings-20", "inference-savings-30", "tiers-parameters", "tiers-dollars", "oligopoly", "commoditized"]);
    }

    [Fact]
    public void Presets_AreListedAsCitedDefaults()
        => ClaimCatalog.DefaultsCiting(ClaimId.C11).Select(d => d.Name).Should().Contain(["InterviewScenario.Odds6040", "InterviewScenario.Odds7030"]);

    [Fact]
    public void Preset_Odds6040_SetsTheBranchProbabilities()
    {
        var result = InterviewScenario.Preset("odds-60-40").Scenario.WithSamples(1000).Run();

        result.Branches!.Outcomes.Select(o => o.Probability.Mean).Should().Equal([0.6, 0.4], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Preset_TiersInParameters_CostsWhatAComputeOptimal1e11ParameterRunCosts()
    {
        // Hand calculation: C = 6 N (20 N) = 120 * 1e22 = 1.2e24 FLOPs; at 989.4e12 * 0.4 FLOP/s that is 3.03214e9 s = 842,261 h;
        // at $2 an hour, $1,684,523.
        var cost = InterviewScenario.TiersInParameters.Scenario.WithOutputs(["frontierRunUsd"]).WithSamples(10).Run()["frontierRunUsd"].Mean;

        cost.Should().BeApproximately(1.2e24 / (989.4e12 * 0.4) / 3600 * 2, 1e-6).And.BeApproximately(1_684_523, 1);
    }

    [Fact]
    public void Preset_UnknownName_SuggestsTheNearest()
    {
        var act = () => InterviewScenario.Preset("odds-60-41");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().StartWith("Expected one of the presets interview, odds-60-40,")
            .And.EndWith("got 'odds-60-41'. Did you mean 'odds-60-40'?");
    }

    [Fact]
    public void Preset_NameIsCaseInsensitive()
        => InterviewScenario.Preset("Odds-70-30").Should().BeSameAs(InterviewScenario.Odds7030);
}
