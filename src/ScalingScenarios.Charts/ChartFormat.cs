namespace ScalingScenarios.Charts;

/// <summary>The image formats a chart file can have.</summary>
internal enum ChartFormat
{
    /// <summary>A PNG raster image.</summary>
    Png,

    /// <summary>An SVG vector image.</summary>
    Svg,
}
