using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>The result of running a <see cref="Scenario"/>: one <see cref="Summary"/> per output, in the file's order, and the run's metadata.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScenarioResult
{
    private readonly Summary[] _outputs;

    internal ScenarioResult(Scenario scenario, SimulationResult result)
    {
        Scenario = scenario;
        _outputs = [.. scenario.Outputs.Select(o => result[o.Node])];
        Samples = result.Samples;
        Seed = result.Seed;
        Elapsed = result.Elapsed;
    }

    /// <summary>The scenario that was run.</summary>
    public Scenario Scenario { get; }

    /// <summary>The summaries of the outputs, in the order the scenario lists them; each is named after its variable.</summary>
    public IReadOnlyList<Summary> Outputs => _outputs;

    /// <summary>The number of samples drawn.</summary>
    public int Samples { get; }

    /// <summary>The seed of the run.</summary>
    public long Seed { get; }

    /// <summary>The wall-clock time of the simulation.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The summary of one output.</summary>
    /// <param name="output">The output's variable name.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="KeyNotFoundException">The scenario has no output of that name.</exception>
    public Summary this[string output]
    {
        get
        {
            for (var i = 0; i < _outputs.Length; i++)
            {
                if (Scenario.Outputs[i].Name == output)
                {
                    return _outputs[i];
                }
            }

            throw new KeyNotFoundException($"Expected one of the outputs {string.Join(", ", Scenario.Outputs.Select(o => o.Name))}; got '{output}'.");
        }
    }
}
