namespace ScalingScenarios.Charts;

/// <summary>What a <see cref="Report"/> includes: how many output histograms, whether the tornado of the first output, and the chart size.</summary>
/// <remarks>Immutable and thread-safe; change it with the <c>With…</c> methods.</remarks>
public sealed class ReportOptions
{
    /// <summary>The default number of output histograms: 12.</summary>
    public const int DefaultMaxHistograms = 12;

    private ReportOptions(int maxHistograms, bool sensitivity, int chartWidth, int chartHeight, bool argumentCheck = true)
    {
        ArgumentCheck = argumentCheck;
        MaxHistograms = maxHistograms;
        Sensitivity = sensitivity;
        ChartWidth = chartWidth;
        ChartHeight = chartHeight;
    }

    /// <summary>Gets the defaults: up to 12 histograms, the tornado of the first output, the argument check, charts of 760 × 420 pixels.</summary>
    public static ReportOptions Default { get; } = new(DefaultMaxHistograms, sensitivity: true, 760, 420);

    /// <summary>Gets the number of outputs, in the scenario's order, that get a histogram.</summary>
    public int MaxHistograms { get; }

    /// <summary>Gets a value indicating whether the report runs and shows the sensitivity analysis (tornado) of the first output.</summary>
    public bool Sensitivity { get; }

    /// <summary>Gets a value indicating whether the report runs and shows the argument check (<see cref="Scenarios.ArgumentCheck"/>) on the scenario's inputs.</summary>
    public bool ArgumentCheck { get; }

    /// <summary>Gets the width of each chart in pixels.</summary>
    public int ChartWidth { get; }

    /// <summary>Gets the height of each chart in pixels.</summary>
    public int ChartHeight { get; }

    /// <summary>Returns a copy that charts at most <paramref name="maxHistograms"/> outputs.</summary>
    /// <param name="maxHistograms">The number of histograms. Range: [0, 1000].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHistograms"/> is outside [0, 1000].</exception>
    public ReportOptions WithMaxHistograms(int maxHistograms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHistograms);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHistograms, 1000);
        return new(maxHistograms, Sensitivity, ChartWidth, ChartHeight, ArgumentCheck);
    }

    /// <summary>Returns a copy that includes or leaves out the sensitivity analysis of the first output.</summary>
    /// <param name="sensitivity">True to include it.</param>
    /// <returns>The new options.</returns>
    public ReportOptions WithSensitivity(bool sensitivity) => new(MaxHistograms, sensitivity, ChartWidth, ChartHeight, ArgumentCheck);

    /// <summary>Returns a copy that includes or leaves out the argument check.</summary>
    /// <param name="argumentCheck">True to include it.</param>
    /// <returns>The new options.</returns>
    public ReportOptions WithArgumentCheck(bool argumentCheck) => new(MaxHistograms, Sensitivity, ChartWidth, ChartHeight, argumentCheck);

    /// <summary>Returns a copy with another chart size.</summary>
    /// <param name="width">Width in pixels. Range: [<see cref="Chart.MinSize"/>, <see cref="Chart.MaxSize"/>].</param>
    /// <param name="height">Height in pixels. Range: [<see cref="Chart.MinSize"/>, <see cref="Chart.MaxSize"/>].</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside its range.</exception>
    public ReportOptions WithChartSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, Chart.MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, Chart.MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, Chart.MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, Chart.MaxSize);
        return new(MaxHistograms, Sensitivity, width, height, ArgumentCheck);
    }

    /// <inheritdoc />
    public override string ToString() => $"histograms ≤ {MaxHistograms}, sensitivity {(Sensitivity ? "on" : "off")}, argument check {(ArgumentCheck ? "on" : "off")}, charts {ChartWidth}×{ChartHeight}";
}
