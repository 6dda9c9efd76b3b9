using ScalingScenarios.Economics;
using ScalingScenarios.Scaling;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Charts;

/// <summary>Charts as methods of the results, as a notebook user types them: <c>result.Histogram("market").ToPng(800, 500)</c>.</summary>
/// <remarks>Each method calls the matching one of <see cref="Charts"/>, taking the unit from the scenario file where there is one. Thread-safe.</remarks>
public static class ChartExtensions
{
    /// <summary>A histogram of one output of a run, in the output's unit, with its mean and 5th, 50th and 95th percentiles marked.</summary>
    /// <param name="result">The run.</param>
    /// <param name="output">The output's variable name.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The run has no output of that name.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public static Chart Histogram(this ScenarioResult result, string output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        return Charts.Histogram(result[output], result.Scenario.Variable(output).Unit);
    }

    /// <summary>The cumulative distribution of one output of a run, in the output's unit.</summary>
    /// <param name="result">The run.</param>
    /// <param name="output">The output's variable name.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The run has no output of that name.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public static Chart Cdf(this ScenarioResult result, string output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        return Charts.Cdf(result[output], result.Scenario.Variable(output).Unit);
    }

    /// <summary>The tornado chart of a sensitivity analysis (see <see cref="Charts.Tornado"/>).</summary>
    /// <param name="sensitivity">The analysis.</param>
    /// <param name="unit">The output's unit ("USD", "percent", any text, or null).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sensitivity"/> is null.</exception>
    public static Chart Tornado(this SensitivityResult sensitivity, string? unit = null) => Charts.Tornado(sensitivity, unit);

    /// <summary>This ladder beside other readings of it, on log axes (see <see cref="Charts.TierLadder(TierLadder[])"/>).</summary>
    /// <param name="ladder">The first ladder, e.g. the parameter reading.</param>
    /// <param name="others">Other ladders with as many tiers, e.g. the dollar reading.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The ladders have different numbers of tiers.</exception>
    public static Chart Chart(this TierLadder ladder, params TierLadder[] others)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(others);
        return Charts.TierLadder([ladder, .. others]);
    }

    /// <summary>One output of this run beside other runs: intervals per scenario and, for one other run, the paired difference (see <see cref="Charts.Comparison"/>).</summary>
    /// <param name="result">The first run (the baseline).</param>
    /// <param name="output">The output's variable name.</param>
    /// <param name="others">The other runs.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="KeyNotFoundException">A run has no output of that name.</exception>
    /// <exception cref="InvalidOperationException">The samples of a run were not kept.</exception>
    public static Chart ComparisonChart(this ScenarioResult result, string output, params ScenarioResult[] others)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(others);
        return Charts.Comparison(output, [result, .. others]);
    }

    /// <summary>The profit pools of this chain for a market size (see <see cref="Charts.ProfitPools(ValueChain, double, string?)"/>).</summary>
    /// <param name="chain">The value chain.</param>
    /// <param name="market">The pool the shares divide. Range: [0, ∞).</param>
    /// <param name="unit">The market's unit; default "USD/yr".</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="market"/> is NaN, ±∞ or negative.</exception>
    public static Chart ProfitPools(this ValueChain chain, double market, string? unit = "USD/yr") => Charts.ProfitPools(chain, market, unit);

    /// <summary>Uncertain profit pools from outputs of this run (see <see cref="Charts.ProfitPools(ScenarioResult, string[])"/>).</summary>
    /// <param name="result">The run.</param>
    /// <param name="outputs">At least one output name.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No output names.</exception>
    /// <exception cref="KeyNotFoundException">The run has no output of one of the names.</exception>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public static Chart ProfitPools(this ScenarioResult result, params string[] outputs) => Charts.ProfitPools(result, outputs);
}
