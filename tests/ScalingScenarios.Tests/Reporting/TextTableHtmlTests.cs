using ScalingScenarios.Reporting;

namespace ScalingScenarios.Tests.Reporting;

public class TextTableHtmlTests
{
    [Fact]
    public void ToHtml_TitleRowsNotes_CaptionRightAlignedNumbersAndNoteList()
    {
        var table = new TextTable("Tiers", ["Tier", "Params"], [["one", "1e+08"], ["two", "$1.5T"]], ["note"]);

        table.ToHtml().Should().Be(
            "<div class=\"scaling-table\">\n<table>\n<caption>Tiers</caption>\n"
            + "<thead><tr><th>Tier</th><th style=\"text-align:right\">Params</th></tr></thead>\n<tbody>\n"
            + "<tr><td>one</td><td style=\"text-align:right\">1e+08</td></tr>\n"
            + "<tr><td>two</td><td style=\"text-align:right\">$1.5T</td></tr>\n"
            + "</tbody>\n</table>\n<ul class=\"notes\">\n<li>note</li>\n</ul>\n</div>\n");
    }

    [Fact]
    public void ToHtml_MarkupInCells_IsEscaped()
    {
        var table = new TextTable("<script>alert(1)</script>", ["a & b"], [["<b>\"x\" 'y'</b>"]], ["1 < 2"]);

        var html = table.ToHtml();

        html.Should().NotContain("<script>").And.NotContain("<b>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("a &amp; b").And.Contain("&lt;b&gt;&quot;x&quot; &#39;y&#39;&lt;/b&gt;").And.Contain("<li>1 &lt; 2</li>");
    }

    [Fact]
    public void ToHtml_NoTitleNoNotes_NoCaptionNoList()
    {
        var html = new TextTable("", ["a"], [["1"]]).ToHtml();

        html.Should().NotContain("<caption>").And.NotContain("<ul");
    }
}
