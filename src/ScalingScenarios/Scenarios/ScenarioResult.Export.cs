using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <content>Raw-sample export of a finished run's outputs.</content>
public sealed partial class ScenarioResult
{
    /// <summary>
    /// Writes the kept samples of the outputs to <paramref name="sink"/>, one row per sample and one column per output
    /// (named after its variable, with its unit), straight from the summaries' arrays.
    /// </summary>
    /// <param name="sink">Where the rows go, for example a <see cref="CsvSampleWriter"/>.</param>
    /// <param name="outputs">The outputs to export, in column order; null or empty exports every output. To export inputs too, use <see cref="Scenario.Export"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    /// <exception cref="ArgumentException">An output is listed twice.</exception>
    /// <exception cref="KeyNotFoundException">A name is not an output of the scenario.</exception>
    /// <exception cref="InvalidOperationException">The run did not keep samples (<see cref="SimulationOptions.KeepSamples"/> was false).</exception>
    public void WriteSamples(SampleSink sink, IEnumerable<string>? outputs = null)
    {
        Guard.NotNull(sink);
        var names = outputs?.ToArray() ?? [];
        if (names.Length == 0)
        {
            names = [.. Scenario.Outputs.Select(o => o.Name)];
        }

        var summaries = new Summary[names.Length];
        var columns = new SampleColumn[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (Array.IndexOf(names, names[i]) != i)
            {
                throw new ArgumentException($"Expected each output to export once; '{names[i]}' is listed twice.", nameof(outputs));
            }

            summaries[i] = this[names[i]];
            columns[i] = new SampleColumn(names[i], Scenario.Variable(names[i]).Unit);
        }

        SampleExport.Write(sink, summaries, columns);
    }
}
