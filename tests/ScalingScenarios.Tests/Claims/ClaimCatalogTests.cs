using ScalingScenarios.Claims;

namespace ScalingScenarios.Tests.Claims;

public class ClaimCatalogTests
{
    [Fact]
    public void All_HasFourteenClaimsInIdOrder()
    {
        ClaimCatalog.All.Select(c => c.Id).Should().Equal(Enum.GetValues<ClaimId>());
        ClaimCatalog.All.Should().HaveCount(14);
    }

    [Fact]
    public void All_EveryClaimHasTopicParaphraseAndParameters()
    {
        ClaimCatalog.All.Should().AllSatisfy(c =>
        {
            c.Topic.Should().NotBeNullOrWhiteSpace();
            c.Paraphrase.Should().NotBeNullOrWhiteSpace();
            c.Parameters.Should().NotBeEmpty();
        });
    }

    [Theory]
    // Talking-point numbers of the write-up's summary list (CLAIMS.md restates them per claim).
    [InlineData(ClaimId.C04, 3)]
    [InlineData(ClaimId.C05, 4)]
    [InlineData(ClaimId.C07, 5)]
    [InlineData(ClaimId.C11, 7)]
    [InlineData(ClaimId.C13, 8)]
    public void Get_ClaimsWithTalkingPoints_CarryTheirNumber(ClaimId id, int point)
        => ClaimCatalog.Get(id).TalkingPoint.Should().Be(point);

    [Fact]
    public void Get_UnknownId_Throws()
    {
        var act = () => ClaimCatalog.Get((ClaimId)15);

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the claims C01 to C14; got '15'.");
    }

    [Theory]
    [InlineData("C07", true, ClaimId.C07)]
    [InlineData("c7", true, ClaimId.C07)]
    [InlineData("13", true, ClaimId.C13)]
    [InlineData(" C01 ", true, ClaimId.C01)]
    [InlineData("C15", false, default(ClaimId))]
    [InlineData("C-1", false, default(ClaimId))]
    [InlineData("", false, default(ClaimId))]
    [InlineData(null, false, default(ClaimId))]
    public void TryParseId_ParsesTheUsualSpellings(string? text, bool ok, ClaimId expected)
    {
        ClaimCatalog.TryParseId(text, out var id).Should().Be(ok);
        id.Should().Be(expected);
    }

    [Fact]
    public void Defaults_EveryCitationResolves()
    {
        // Scanning throws KeyNotFoundException if a [Cites] key names no claim and no source.
        var defaults = ClaimCatalog.Defaults;

        foreach (var d in defaults)
        {
            (d.Claims.Count + d.Sources.Count).Should().BePositive(d.Name);
        }

        defaults.Select(d => d.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Defaults_IncludeCitedEconomicsConstants()
    {
        // UnitEconomics cites C07 for the interview's 10/20/30% inference gains.
        var c07 = ClaimCatalog.DefaultsCiting(ClaimId.C07);

        c07.Should().Contain(d => d.Name == "UnitEconomics.InferenceGainMid" && d.Value == "0.2");
        ClaimCatalog.Defaults.Should().NotContain(d => d.Value.StartsWith("System.", StringComparison.Ordinal));
    }
}
