// Renders a chart to a PNG and prints how many font families the system offers, for the charts' no-system-fonts test.
// Usage: FontProbe OUT.png charts|scottplot
//   charts    — a ScalingScenarios histogram (text in the embedded Inter font)
//   scottplot — a bare ScottPlot plot with its default font (shows that hiding the system fonts really removes text)
using ScalingScenarios.Charts;
using ScalingScenarios.Scenarios;
using SkiaSharp;

if (args.Length != 2 || args[1] is not ("charts" or "scottplot"))
{
    Console.Error.WriteLine("Usage: FontProbe OUT.png charts|scottplot");
    return 2;
}

var families = SKFontManager.Default.GetFontFamilies().Where(f => !string.IsNullOrEmpty(f)).ToArray();
Console.WriteLine($"system font families: {families.Length} [{string.Join(", ", families)}]");
if (args[1] == "charts")
{
    var scenario = Scenario.FromFormulas("probe", [new("x", "normal(10, 2)")], ["x"]).WithSamples(2000);
    File.WriteAllBytes(args[0], scenario.Run().Histogram("x").ToPng(600, 400));
}
else
{
    var plot = new ScottPlot.Plot();
    plot.Add.Signal(new double[] { 1, 3, 2, 4 });
    plot.Title("A title in the default font");
    File.WriteAllBytes(args[0], plot.GetImageBytes(600, 400, ScottPlot.ImageFormat.Png));
}

return 0;
