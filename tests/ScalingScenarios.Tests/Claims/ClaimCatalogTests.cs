using System.Globalization;
using System.Reflection;
using System.Text;
using FluentAssertions.Execution;
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

    [Fact]
    public void Defaults_EqualTheReflectionScanOfCitesAttributes()
    {
        // The library keeps its cited defaults as a static list (CitedDefaultList) so that the tool compiles with Native
        // AOT; the [Cites] attributes remain the source of truth, read here by reflection. Both sides are printed as the
        // C# lines of CitedDefaultList.Entries, so a failure shows the lines to put into the list.
        var scanned = ScanCitedMembers().Select(m => EntryLine(m.Name, m.Value, m.Cites)).ToList();
        var listed = CitedDefaultList.Entries.Select(e => EntryLine(e.Name, e.Value, e.Cites)).ToList();

        using var scope = new AssertionScope();
        scanned.Should().HaveCountGreaterThan(100, "the library cites its defaults throughout Scaling, Economics, Uncertainty and Scenarios");
        listed.Except(scanned).Should().BeEmpty("these entries of CitedDefaultList match no cited member (remove or correct them)");
        scanned.Except(listed).Should().BeEmpty("these cited members are missing from CitedDefaultList or differ from it (put these lines there)");
        listed.Should().Equal(scanned, "CitedDefaultList.Entries is ordered by name, overloads by their line");
    }

    [Fact]
    public void Defaults_AreTheListResolvedToClaimsAndSources()
    {
        // One resolution of keys for the list and for the reflection scan: "C07" is a claim, every other key a source.
        var defaults = ClaimCatalog.Defaults;

        defaults.Select(d => d.Name).Should().Equal(CitedDefaultList.Entries.Select(e => e.Name));
        var hoffmann = defaults.Single(d => d.Name == "ChinchillaFit.Hoffmann2022");
        hoffmann.Claims.Should().Equal(ClaimId.C01);
        hoffmann.Sources.Select(s => s.Key).Should().Equal("Hoffmann2022");
        hoffmann.Sources[0].Locator.Should().NotBeNullOrEmpty();
    }

    private static IEnumerable<(string Name, string Value, IReadOnlyList<CitesAttribute> Cites)> ScanCitedMembers()
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<(string Name, string Value, IReadOnlyList<CitesAttribute> Cites)>();
        foreach (var type in typeof(ClaimCatalog).Assembly.GetExportedTypes())
        {
            foreach (var member in type.GetMembers(Flags))
            {
                var cites = member.GetCustomAttributes<CitesAttribute>().ToList();
                if (cites.Count > 0)
                {
                    found.Add(($"{type.Name}.{member.Name}", DescribeValue(member), cites));
                }
            }
        }

        return found
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => EntryLine(m.Name, m.Value, m.Cites), StringComparer.Ordinal);
    }

    // A member's value as the catalog shows it: constants and static values in invariant culture, lists in brackets,
    // other objects (fits, presets, accelerators) by their ToString, methods as "(formula)".
    private static string DescribeValue(MemberInfo member)
    {
        var value = member switch
        {
            FieldInfo { IsLiteral: true } f => f.GetRawConstantValue(),
            FieldInfo f => f.GetValue(null),
            PropertyInfo p when p.GetIndexParameters().Length == 0 => p.GetValue(null),
            _ => null,
        };
        return value switch
        {
            null => member is MethodInfo ? "(formula)" : "(none)",
            string s => s,
            System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
            _ => Describe(value),
        };
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string EntryLine(string name, string value, IEnumerable<CitesAttribute> cites)
    {
        var keys = cites.Select(c => c.Locator is null ? $"new({Literal(c.Key)})" : $"new({Literal(c.Key)}, {Literal(c.Locator)})");
        return $"({Literal(name)}, {Literal(value)}, [{string.Join(", ", keys)}]),";
    }

    private static string Literal(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }
}
