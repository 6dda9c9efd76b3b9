using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// The statistics of a branched run that are folded in sample order, chunk by chunk, from the joint run's outputs: the
/// probability check of every sample, each branch's contribution E[pᵢ·vᵢ] (a running mean), and the means and standard
/// deviations of the weighted sums and mixtures (a running mean, then the squared deviations about it).
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
    private readonly long _samples;
    private readonly double[][] _contributions;
    private readonly double[] _weightedMean;
    private readonly double[] _mixtureMean;
    private readonly double[] _weightedSquares;
    private readonly double[] _mixtureSquares;
    private readonly double[] _probabilities;
    private double[][] _columns = [];

    internal SequentialFold(string[] branches, int outputs, long samples)
    {
        _branches = branches;
        _outputs = outputs;
        _samples = samples;
        _contributions = [.. Enumerable.Range(0, outputs).Select(_ => new double[branches.Length])];
        _weightedMean = new double[outputs];
        _mixtureMean = new double[outputs];
        _weightedSquares = new double[outputs];
        _mixtureSquares = new double[outputs];
        _probabilities = new double[branches.Length];
    }

    private int Branches => _branches.Length;

    /// <summary>E[pᵢ·vᵢ] of one output, one per branch (the running means of the first pass).</summary>
    internal double[] Contributions(int output) => [.. _contributions[output]];

    internal double WeightedMean(int output) => _weightedMean[output];

    internal double MixtureMean(int output) => _mixtureMean[output];

    internal double WeightedStdDev(int output) => StdDev(_weightedSquares[output]);

    internal double MixtureStdDev(int output) => StdDev(_mixtureSquares[output]);

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

            _weightedMean[o] = RunningMean(_weightedMean[o], chunk.Output(Weighted(o)), start);
            _mixtureMean[o] = RunningMean(_mixtureMean[o], chunk.Output(Weighted(o) + 1), start);
        }
    }

    /// <summary>The second pass: the squared deviations of the weighted sums and mixtures about the first pass's means.</summary>
    internal void Squares(SampleChunk chunk)
    {
        for (var o = 0; o < _outputs; o++)
        {
            _weightedSquares[o] = SquaredDeviations(_weightedSquares[o], chunk.Output(Weighted(o)), _weightedMean[o]);
            _mixtureSquares[o] = SquaredDeviations(_mixtureSquares[o], chunk.Output(Weighted(o) + 1), _mixtureMean[o]);
        }
    }

    private static double RunningMean(double mean, ReadOnlySpan<double> values, long start)
    {
        for (var j = 0; j < values.Length; j++)
        {
            mean += (values[j] - mean) / (start + j + 1);
        }

        return mean;
    }

    private static double SquaredDeviations(double squares, ReadOnlySpan<double> values, double mean)
    {
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return squares;
    }

    private double StdDev(double squares) => _samples > 0 ? Math.Sqrt(squares / _samples) : 0;

    private int Weighted(int output) => (Branches * (_outputs + 1)) + (2 * output);

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
