using ScalingScenarios.Economics;
using ScalingScenarios.Formulas;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioCalculatorTests
{
    private static string File(string variables, string outputs)
        => $$"""{ "name": "calc", "samples": 20000, "variables": { {{variables}} }, "outputs": [{{outputs}}] }""";

    [Fact]
    public void ConstantArguments_FoldToTheCalculatorsValue()
    {
        var result = Scenario.Parse(File("\"c\": \"chainSuccess(0.95, 10)\", \"l\": \"cournotLerner(4, 1.5)\"", "\"c\", \"l\"")).Run();

        // Hand calculation: 0.95^10 = 0.5987...; the Cournot Lerner index with 4 firms and |elasticity| 1.5 is 1 / 6.
        // The mean of a constant accumulates rounding over the samples: 1e-12 is far above it and far below any real difference.
        result["c"].Mean.Should().BeApproximately(Reliability.ChainSuccess(0.95, 10), 1e-12);
        result["l"].Mean.Should().BeApproximately(1.0 / 6, 1e-12);
    }

    [Fact]
    public void UncertainArguments_AreLiftedSampleBySample()
    {
        var result = Scenario.Parse(File("\"n\": \"discrete([4, 5], [1, 1])\", \"l\": \"cournotLerner(n, 2)\", \"check\": \"l - 1 / (2 * n)\"", "\"l\", \"check\"")).Run();

        // Per sample l = 1 / (2 n), so the difference is 0 up to rounding in every sample.
        result["check"].Max.Should().BeApproximately(0, 1e-15);
        result["check"].Min.Should().BeApproximately(0, 1e-15);
        result["l"].Mean.Should().BeApproximately((0.125 + 0.1) / 2, 0.005);
    }

    [Fact]
    public void InvalidConstantArgument_PointsAtTheArgument()
    {
        var error = Scenario.Validate(File("\"x\": \"chainSuccess(1.5, 10)\"", "\"x\"")).Should().ContainSingle().Which;

        error.Kind.Should().Be(ScenarioErrorKind.InvalidParameter);
        error.Position.Should().Be(14);
        error.Expected.Should().EndWith("for stepReliability in chainSuccess(stepReliability, steps)");
    }

    [Fact]
    public void ChinchillaLoss_AtChinchillasOwnSize_MatchesTheFit()
    {
        var result = Scenario.Parse(File("\"n\": \"70B\", \"x\": \"chinchillaLoss(n, chinchillaTokens(n))\", \"c\": \"trainingFlops(n, 1.4T)\"", "\"x\", \"c\"")).Run();

        // Hand calculation with eq. 10: 1.69 + 406.4 / (7e10)^0.34 + 410.7 / (1.4e12)^0.28 = 1.69 + 0.0835 + 0.1632 = 1.9366.
        result["x"].Mean.Should().BeApproximately(1.9366, 0.0001);
        // 6 N D = 6 * 7e10 * 1.4e12 = 5.88e23 (Kaplan et al. 2020, section 2.1).
        result["c"].Mean.Should().BeApproximately(5.88e23, 1e12);
    }

    [Fact]
    public void Variadic_Hhi_TakesAnyNumberOfShares()
        => Scenario.Parse(File("\"h\": \"hhi(0.4, 0.3, 0.2, 0.1)\"", "\"h\"")).Run()["h"].Mean
            .Should().BeApproximately((0.16 + 0.09 + 0.04 + 0.01), 1e-12);

    [Fact]
    public void EveryCalculatorFunction_BindsItsExample()
    {
        foreach (var f in FormulaFunctions.All.Where(f => f.Category is FormulaFunctionCategory.Economics or FormulaFunctionCategory.Scaling))
        {
            var errors = Scenario.Validate(File($"\"x\": \"{f.Example}\"", "\"x\""));

            errors.Should().BeEmpty(f.Example);
        }
    }
}
