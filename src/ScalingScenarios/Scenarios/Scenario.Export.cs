using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <content>Raw-sample export: a run that streams the sampled values of chosen variables to a sink.</content>
public sealed partial class Scenario
{
    /// <summary>
    /// Runs the scenario and writes the sampled values of <paramref name="variables"/> (by default the outputs) to
    /// <paramref name="sink"/>, one row per sample and one column per variable (named after it, with its unit).
    /// </summary>
    /// <param name="sink">Where the rows go, for example a <see cref="CsvSampleWriter"/>.</param>
    /// <param name="variables">The variables to export, inputs or outputs, in column order; null or empty exports the outputs.</param>
    /// <param name="options">The simulation options; null uses <see cref="Options"/>. The exported values are the very samples this run summarizes.</param>
    /// <param name="progress">Receives the fraction done, from 0 to 1; may be null.</param>
    /// <param name="cancellationToken">Stops the run; the sink is then left without <see cref="SampleSink.Complete"/>.</param>
    /// <returns>The run's result (the same as <see cref="Run"/> with the same options).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    /// <exception cref="ArgumentException">A variable is listed twice.</exception>
    /// <exception cref="KeyNotFoundException">A name is not a variable of the scenario; the message suggests the nearest one.</exception>
    /// <exception cref="SimulationException">A formula produced NaN or ±∞, or an uncertain parameter was invalid, at some sample.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>
    /// Rows reach the sink in sample order, a block of <see cref="SampleExport.BlockSize"/> samples at a time, with no
    /// second copy of the samples. A sample's values are the same whichever variables are exported (each variable's
    /// random stream depends only on the seed, its name and the chunk).
    /// </remarks>
    public ScenarioResult Export(SampleSink sink, IEnumerable<string>? variables = null, SimulationOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(sink);
        var exported = ExportedVariables(variables);
        var run = options ?? Options;
        var outputs = _outputs.Select(o => o.Node).ToList();
        foreach (var v in exported)
        {
            if (!outputs.Contains(v.Node))
            {
                outputs.Add(v.Node);
            }
        }

        var keep = run.KeepSamples ? outputs : [.. exported.Select(v => v.Node)];
        var result = Simulation.Run(run, outputs, keep, progress, cancellationToken);
        SampleExport.Write(sink, [.. exported.Select(v => result[v.Node])], [.. exported.Select(v => new SampleColumn(v.Name, v.Unit))]);
        return new ScenarioResult(this, result);
    }

    /// <summary>Resolves the names to export: the outputs when none are given.</summary>
    private ScenarioVariable[] ExportedVariables(IEnumerable<string>? names)
    {
        var list = names?.ToArray() ?? [];
        if (list.Length == 0)
        {
            return _outputs;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new ScenarioVariable[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            if (!seen.Add(list[i]))
            {
                throw new ArgumentException($"Expected each variable to export once; '{list[i]}' is listed twice.", nameof(names));
            }

            result[i] = Variable(list[i]);
        }

        return result;
    }
}
