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
    /// The rows are streamed during the run (<see cref="Simulation.Stream"/>), in sample order, a block of
    /// <see cref="SampleExport.BlockSize"/> samples at a time: exported inputs are never kept, and with
    /// <c>options.WithKeepSamples(false)</c> nothing is, so memory stays a few chunks per column whatever the sample
    /// count (the summaries then hold moments only). A sample's values are the same whichever variables are exported
    /// (each variable's random stream depends only on the seed, its name and the chunk). The sink's
    /// <see cref="SampleSink.Begin"/> is called before the run and <see cref="SampleSink.Complete"/> after it.
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

        // Only the scenario's outputs are kept (when the options say so, for the summary's quantiles); exported
        // inputs are streamed and forgotten. Each chunk is staged in one reusable buffer per column.
        var keep = run.KeepSamples ? _outputs.Select(o => o.Node).ToArray() : [];
        var positions = exported.Select(v => outputs.IndexOf(v.Node)).ToArray();
        var staging = exported.Select(_ => new double[Math.Min(SampleExport.BlockSize, run.Samples)]).ToArray();
        var block = new ReadOnlyMemory<double>[staging.Length];
        sink.Begin([.. exported.Select(v => new SampleColumn(v.Name, v.Unit))], run.Samples);
        var result = Simulation.StreamKeeping(run, outputs, keep, chunk =>
        {
            for (var c = 0; c < positions.Length; c++)
            {
                chunk.Output(positions[c]).CopyTo(staging[c]);
                block[c] = staging[c].AsMemory(0, chunk.Length);
            }

            sink.WriteBlock(block);
        }, progress, cancellationToken);
        sink.Complete();
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
