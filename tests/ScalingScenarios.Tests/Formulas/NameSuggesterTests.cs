using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

public class NameSuggesterTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("unifrom", "uniform", 1)] // one adjacent swap
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_KnownPairs_MatchHandCount(string a, string b, int expected)
        => NameSuggester.Distance(a, b).Should().Be(expected);

    [Fact]
    public void Suggest_FarName_GivesNothing()
        => NameSuggester.Suggest("revenue", ["share", "market"]).Should().BeNull();

    [Fact]
    public void Suggest_SeveralCandidates_PicksTheClosest()
        => NameSuggester.Suggest("marke", ["market", "marker2"]).Should().Be("market");
}
