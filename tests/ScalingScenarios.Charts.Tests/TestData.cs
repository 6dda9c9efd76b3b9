using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using SkiaSharp;

namespace ScalingScenarios.Charts.Tests;

/// <summary>Runs shared by the chart tests and helpers to read rendered images.</summary>
internal static class TestData
{
    /// <summary>The samples per run: small enough to be quick, large enough for smooth charts.</summary>
    internal const int Samples = 5000;

    /// <summary>The interview scenario (samples/scenarios/interview.json) at <see cref="Samples"/> samples.</summary>
    internal static Scenario Interview { get; } = Scenario.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "interview.json"))).WithSamples(Samples);

    /// <summary>The interview scenario's run (seed 42 from the file).</summary>
    internal static ScenarioResult InterviewResult { get; } = Interview.Run();

    /// <summary>A model with three inputs of known, different influence: y = 10·a + 3·b − c, with a, b, c uniform on [0, 1].</summary>
    /// <remarks>Swings (mean at p90 − mean at p10 of each input) are 10·0.8 = 8, 3·0.8 = 2.4 and −0.8: the order a, b, c.</remarks>
    internal static SensitivityResult ThreeInputSensitivity()
    {
        var scenario = Scenario.FromFormulas(
            "three inputs",
            [new("c", "uniform(0, 1)"), new("a", "uniform(0, 1)"), new("b", "uniform(0, 1)"), new("y", "10 * a + 3 * b - c")],
            ["y"]).WithSamples(Samples);
        return Sensitivity.Analyze(scenario.Variable("y").Node, scenario.Options);
    }

    /// <summary>Decodes a PNG.</summary>
    internal static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a PNG.");

    /// <summary>Counts the pixels in a rectangle that are clearly darker than the white background, skipping rows that are mostly ink (axis or frame lines), so that what is left is text.</summary>
    internal static int TextPixels(SKBitmap bitmap, int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            var row = 0;
            for (var x = left; x < right; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if ((c.Red + c.Green + c.Blue) / 3 < 160)
                {
                    row++;
                }
            }

            if (row < (right - left) / 2)
            {
                count += row;
            }
        }

        return count;
    }
}
