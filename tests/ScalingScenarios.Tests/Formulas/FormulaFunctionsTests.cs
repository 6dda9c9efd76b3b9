using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

public class FormulaFunctionsTests
{
    [Fact]
    public void All_EveryFunction_HasMeaningSourceAndAParsableExample()
    {
        foreach (var f in FormulaFunctions.All)
        {
            f.Description.Should().NotBeNullOrWhiteSpace(f.Name);
            f.Source.Should().NotBeNullOrWhiteSpace(f.Name);
            var example = (CallNode)Parser.Parse(f.Example);
            example.Name.Should().Be(f.Name);
        }
    }

    [Fact]
    public void All_NamesTheGrammarsFunctions()
        => FormulaFunctions.All.Select(f => f.Name).Should().Contain(
            ["uniform", "normal", "lognormal", "triangular", "pert", "beta", "betaMeanSd", "bernoulli", "discrete", "mixture",
             "exp", "log", "log10", "sqrt", "abs", "min", "max", "pow", "clamp"]);

    [Theory]
    [InlineData("uniform", "uniform(min, max)")]
    [InlineData("discrete", "discrete([values], [weights])")]
    [InlineData("max", "max(a, b, ...)")]
    public void Signature_ShowsListsAndRepetition(string name, string signature)
        => FormulaFunctions.Find(name)!.Signature.Should().Be(signature);

    [Fact]
    public void Find_UnknownOrWrongCase_ReturnsNull()
    {
        FormulaFunctions.Find("Uniform").Should().BeNull();
        FormulaFunctions.Find(null).Should().BeNull();
    }
}

public class FormulaFunctionsSourceTests
{
    [Fact]
    public void CalculatorSources_NameKnownClaimsOrSources()
    {
        foreach (var f in FormulaFunctions.All.Where(f => f.Category is FormulaFunctionCategory.Scaling or FormulaFunctionCategory.Economics))
        {
            foreach (var part in f.Source.Split(';', StringSplitOptions.TrimEntries))
            {
                var key = part.Split(' ', '(')[0];
                var known = ScalingScenarios.Claims.ClaimCatalog.TryParseId(key, out _) || ScalingScenarios.Claims.Sources.TryGet(key) is not null;
                known.Should().BeTrue($"'{key}' in the source of {f.Name} must be a claim ID or a key of Sources");
            }
        }
    }
}
