using ScalingScenarios.Reporting;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ScalingScenarios.Charts;

/// <summary>The shared look of every chart: the embedded font, colours, and axis ticks in the user's units.</summary>
internal static class ChartStyle
{
    internal static readonly Color Primary = Color.FromHex("#1f77b4");
    internal static readonly Color Secondary = Color.FromHex("#ff7f0e");
    internal static readonly Color MeanColor = Color.FromHex("#d62728");
    internal static readonly Color QuantileColor = Color.FromHex("#444444");

    /// <summary>A new plot with a title and axis labels, drawn in the embedded font.</summary>
    internal static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Title(title, 15);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        return plot;
    }

    /// <summary>Sets every text of the plot (title, axes, ticks, legend, text plottables) to the embedded font; call last.</summary>
    internal static void Finish(Plot plot)
    {
        plot.Font.Set(ChartFonts.Family);
        plot.Axes.Title.Label.FontName = ChartFonts.Family;
        plot.Axes.Title.Label.Bold = true;
        plot.Legend.FontName = ChartFonts.Family;
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>())
        {
            text.LabelFontName = ChartFonts.Family;
        }
    }

    /// <summary>Formats a tick or marker value in a unit: "$1.2T", "59.9%", "3.4 years" or a plain number.</summary>
    internal static string Format(double value, string? unit) => Display.WithUnit(value, unit);

    /// <summary>An axis label with the unit in brackets when there is one ("market ($/yr)").</summary>
    internal static string AxisLabel(string name, string? unit)
    {
        var u = unit?.Trim();
        if (string.IsNullOrEmpty(u))
        {
            return name;
        }

        if (u.StartsWith("usd", StringComparison.OrdinalIgnoreCase))
        {
            u = "$" + u[3..];
        }
        else if (u.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            u = "%";
        }

        return $"{name} ({u})";
    }

    /// <summary>Ticks labelled in the unit on a linear axis.</summary>
    internal static NumericAutomatic UnitTicks(string? unit) => new() { LabelFormatter = v => Format(v, unit) };

    /// <summary>Manual ticks at every power of ten between <paramref name="minLog10"/> and <paramref name="maxLog10"/> for an axis that plots log10 of the values.</summary>
    internal static NumericManual DecadeTicks(double minLog10, double maxLog10, Func<double, string> label)
    {
        var ticks = new NumericManual();
        for (var e = (int)Math.Floor(minLog10); e <= (int)Math.Ceiling(maxLog10); e++)
        {
            ticks.AddMajor(e, label(Math.Pow(10, e)));
            for (var m = 2; m < 10; m++)
            {
                ticks.AddMinor(e + Math.Log10(m));
            }
        }

        return ticks;
    }

    /// <summary>A plain number as a power of ten: 1e24 → "1e24".</summary>
    internal static string PowerOfTen(double value) => "1e" + Math.Round(Math.Log10(value)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
