using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// The statistics of a branched run that are folded in sample order, chunk by chunk, from the joint run's outputs: the
/// probability check of every sample, each branch's contribution E[pᵢ·vᵢ] (a running mean), and the means and standard
/// deviations of the weighted sums and mixtures (<see cref="SampleOrderMoments"/>).
/// </summary>
/// <remarks>
/// The arithmetic is a plain loop over samples in index order, so the result does not depend on where the chunks come from
/// (the main run, a re-simulation, or kept samples) or on the thread count. The chunk's outputs are, in order: the b
/// probabilities, each branch's k outputs, then per output its weighted sum and its mixture (see <see cref="BranchResults"/>).
/// <see cref="Means"/> must see every chunk before <see cref="Squares"/> sees the first. Not thread-safe: the engine calls
/// each pass from one thread at a time.
/// </remarks>
internal sealed class SequentialFold
{
    private readonly string[] _branches;
    private readonly int _outputs;
    private readonly double[][] _contributions;
    private readonly SampleOrderMoments _derived;
    private readonly double[] _probabilities;
    private double[][] _columns = [];

    internal SequentialFold(string[] branches, int outputs, long samples)
    {
        _branches = branches;
        _outputs = outputs;
        _contributions = [.. Enumerable.Range(0, outputs).Select(_ => new double[branches.Length])];
        _derived = new SampleOrderMoments([.. Enumerable.Range(0, 2 * outputs).Select(d => (branches.Length * (outputs + 1)) + d)], samples);
        _probabilities = new double[branches.Length];
    }

    private int Branches => _branches.Length;

    /// <summary>E[pᵢ·vᵢ] of one output, one per branch (the running means of the first pass).</summary>
    internal double[] Contributions(int output) => [.. _contributions[output]];

    internal double WeightedMean(int output) => _derived.Mean(2 * output);

    internal double MixtureMean(int output) => _derived.Mean((2 * output) + 1);

    internal double WeightedStdDev(int output) => _derived.StdDev(2 * output);

    internal double MixtureStdDev(int output) => _derived.StdDev((2 * output) + 1);

    /// <summary>The first pass: checks the probabilities of every sample and folds the running means.</summary>
    /// <exception cref="ScenarioException">The probabilities are not in [0, 1] or do not sum to 1 at some sample (the first one).</exception>
    internal void Means(SampleChunk chunk)
    {
        CheckProbabilities(chunk);
        var b = Branches;
        var start = chunk.Start;
        for (var o = 0; o < _outputs; o++)
        {
            var contributions = _contributions[o];
            for (var i = 0; i < b; i++)
            {
                var p = chunk.Output(i);
                var v = chunk.Output(b + (i * _outputs) + o);
                var c = contributions[i];
                for (var j = 0; j < p.Length; j++)
                {
                    var term = p[j] * v[j];
                    c += (term - c) / (start + j + 1);
                }

                contributions[i] = c;
            }
        }

        _derived.Means(chunk);
    }

    /// <summary>The second pass: the squared deviations of the weighted sums and mixtures about the first pass's means.</summary>
    internal void Squares(SampleChunk chunk) => _derived.Squares(chunk);

    private void CheckProbabilities(SampleChunk chunk)
    {
        var b = Branches;
        if (_columns.Length != b || _columns[0].Length < chunk.Length)
        {
            _columns = [.. Enumerable.Range(0, b).Select(_ => new double[chunk.Length])];
        }

        for (var i = 0; i < b; i++)
        {
            chunk.Output(i).CopyTo(_columns[i]);
        }

        for (var j = 0; j < chunk.Length; j++)
        {
            for (var i = 0; i < b; i++)
            {
                _probabilities[i] = _columns[i][j];
            }

            if (Scenario.DescribeProbabilities(_branches, _probabilities, chunk.Start + j) is { } problem)
            {
                throw new ScenarioException([new ScenarioError(ScenarioErrorKind.InvalidScenario, "branch probabilities, each in [0, 1], that sum to 1", problem, field: "branches")]);
            }
        }
    }
}
