using ScottPlot;

namespace ScalingScenarios.Charts.Tests;

public sealed class ChartFontsTests
{
    [Theory]
    [InlineData("Inter-Regular.ttf")]
    [InlineData("Inter-Bold.ttf")]
    public void ReadFontFile_EmbeddedFace_IsTrueTypeFont(string file)
    {
        var bytes = ChartFonts.ReadFontFile(file);

        // A TrueType file starts with the sfnt version 0x00010000 (OpenType spec, table directory).
        bytes.Length.Should().BeGreaterThan(100_000);
        bytes.Take(4).Should().Equal(0, 1, 0, 0);
    }

    [Fact]
    public void Faces_RegularAndBold_AreInterAtWeights400And700()
    {
        ChartFonts.Regular.FamilyName.Should().Be("Inter");
        ChartFonts.Regular.FontWeight.Should().Be(400);
        ChartFonts.Bold.FamilyName.Should().Be("Inter");
        ChartFonts.Bold.FontWeight.Should().Be(700);
    }

    [Fact]
    public void FontsGetTypeface_AfterRegistration_ResolvesInterToTheEmbeddedFaces()
    {
        ChartFonts.EnsureRegistered();

        Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false).Should().BeSameAs(ChartFonts.Regular);
        Fonts.GetTypeface(ChartFonts.Family, bold: true, italic: false).Should().BeSameAs(ChartFonts.Bold);
        Fonts.GetTypeface(ChartFonts.Family, FontWeight.Bold, FontSlant.Upright, FontSpacing.Normal).Should().BeSameAs(ChartFonts.Bold);
    }

    [Fact]
    public void CreateTypeface_OtherFamily_ReturnsNullSoTheNextResolverAnswers()
    {
        var resolver = new EmbeddedFontResolver(ChartFonts.Regular, ChartFonts.Bold);

        resolver.CreateTypeface("DejaVu Sans", bold: false, italic: false).Should().BeNull();
        resolver.CreateTypeface("inter", bold: true, italic: false).Should().BeSameAs(ChartFonts.Bold);
    }

    [Fact]
    public void Glyphs_TextOfChartLabels_AreAllInTheEmbeddedFace()
    {
        // Every character the charts write: digits, $, %, ×, →, −, ≤, …, and letters.
        const string text = "0123456789 $%×→−≤… abcxyz ABCXYZ (),.:-";

        ChartFonts.Regular.ContainsGlyphs(text).Should().BeTrue();
        ChartFonts.Bold.ContainsGlyphs(text).Should().BeTrue();
    }

    [Fact]
    public void Notices_EmbeddedFont_CarryItsCopyrightAndTheOpenFontLicence()
    {
        using var stream = typeof(Chart).Assembly.GetManifestResourceStream("ScalingScenarios.Charts.THIRD-PARTY-NOTICES.txt")!;
        var notices = new StreamReader(stream).ReadToEnd();
        var copyright = NameRecord(ChartFonts.ReadFontFile("Inter-Regular.ttf"), nameId: 0);

        // The copyright string is read from the font's own 'name' table (OpenType spec, name ID 0), so the notice cannot drift from the file.
        copyright.Should().StartWith("Copyright");
        notices.Should().Contain(copyright).And.Contain("SIL OPEN FONT LICENSE Version 1.1");
    }

    private static string NameRecord(byte[] font, int nameId)
    {
        static int U16(byte[] b, int i) => (b[i] << 8) | b[i + 1];
        static int U32(byte[] b, int i) => (U16(b, i) << 16) | U16(b, i + 2);
        var tables = U16(font, 4);
        for (var t = 0; t < tables; t++)
        {
            var entry = 12 + (16 * t);
            if (System.Text.Encoding.ASCII.GetString(font, entry, 4) != "name")
            {
                continue;
            }

            var offset = U32(font, entry + 8);
            var count = U16(font, offset + 2);
            var strings = offset + U16(font, offset + 4);
            for (var r = 0; r < count; r++)
            {
                var record = offset + 6 + (12 * r);
                if (U16(font, record) == 3 && U16(font, record + 6) == nameId)
                {
                    return System.Text.Encoding.BigEndianUnicode.GetString(font, strings + U16(font, record + 10), U16(font, record + 8));
                }
            }
        }

        throw new InvalidOperationException($"No Windows name record {nameId}.");
    }
}
