using System.Numerics.Tensors;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// The statistics of a branched run that are folded in sample order, chunk by chunk, from the joint run's outputs: the
/// probability check of every sample, each branch's contribution E[pᵢ·vᵢ] (a running mean), the mean and standard
/// deviation of every output's weighted sum Σᵢ pᵢ·vᵢ, and those of the mixtures (<see cref="SampleOrderMoments"/>).
/// </summary>
/// <remarks>
/// The arithmetic is a plain loop over samples in index order, so the result does not depend on where the chunks come from
/// (the main run, a re-simulation, or kept samples) or on the thread count. The chunk's outputs are, in order: the b
/// probabilities, each branch's k outputs, (the scenario's own k outputs when the base run joins the branches,) then per
/// output its mixture (see <see cref="BranchResults"/>). The weighted sums
/// are not outputs of the run: only their mean and standard error are reported, so each pass computes them from the
/// chunk's probabilities and values (Σᵢ pᵢ·vᵢ added in branch order from 0) instead of the engine keeping 8 bytes per
/// sample of each. Independent running means are folded sixteen at a time (<see cref="SampleOrderMoments.RunningMeans"/>,
/// the same bits as one by one). <see cref="Means"/> must see every chunk before <see cref="Squares"/> sees the first. Not
/// thread-safe: the engine calls each pass from one thread at a time.
/// </remarks>
internal sealed class SequentialFold
{
    private readonly string[] _branches;
    private readonly int _outputs;
    private readonly long _samples;
    private readonly double[] _contributions;
    private readonly double[] _weightedMeans;
    private readonly double[] _weightedSquares;
    private readonly SampleOrderMoments _mixtures;
    private readonly double[] _probabilities;
    private double[][] _columns = [];
    private double[][] _terms = [];
    private double[][] _weighted = [];

    /// <param name="branches">The branches' names.</param>
    /// <param name="outputs">The scenario's outputs, k.</param>
    /// <param name="samples">The run's sample count.</param>
    /// <param name="mixtureFirst">The chunk output of the first mixture: b·(k + 1), or more when other graphs' outputs come before the mixtures.</param>
    internal SequentialFold(string[] branches, int outputs, long samples, int mixtureFirst)
    {
        _branches = branches;
        _outputs = outputs;
        _samples = samples;
        _contributions = new double[outputs * branches.Length]; // E[pᵢ·vᵢ] of output o and branch i at o·b + i
        _weightedMeans = new double[outputs];
        _weightedSquares = new double[outputs];
        _mixtures = new SampleOrderMoments([.. Enumerable.Range(0, outputs).Select(d => mixtureFirst + d)], samples);
        _probabilities = new double[branches.Length];
    }

    private int Branches => _branches.Length;

    /// <summary>E[pᵢ·vᵢ] of one output, one per branch (the running means of the first pass).</summary>
    internal double[] Contributions(int output) => [.. _contributions.AsSpan(output * Branches, Branches)];

    /// <summary>The running mean of the output's weighted sum Σᵢ pᵢ·vᵢ.</summary>
    internal double WeightedMean(int output) => _weightedMeans[output];

    /// <summary>The running mean of the output's mixture.</summary>
    internal double MixtureMean(int output) => _mixtures.Mean(output);

    /// <summary>The standard deviation (dividing by n) of the output's weighted sum.</summary>
    internal double WeightedStdDev(int output) => _samples > 0 ? Math.Sqrt(_weightedSquares[output] / _samples) : 0;

    /// <summary>The standard error of the mean of the output's weighted sum (its standard deviation over √n).</summary>
    internal double WeightedStandardError(int output) => _samples > 0 ? WeightedStdDev(output) / Math.Sqrt(_samples) : 0;

    /// <summary>The standard deviation (dividing by n) of the output's mixture.</summary>
    internal double MixtureStdDev(int output) => _mixtures.StdDev(output);

    /// <summary>The first pass: checks the probabilities of every sample and folds the running means.</summary>
    /// <exception cref="ScenarioException">The probabilities are not in [0, 1] or do not sum to 1 at some sample (the first one).</exception>
    internal void Means(SampleChunk chunk)
    {
        CheckProbabilities(chunk);
        WeightedSums(chunk);
        SampleOrderMoments.RunningMeans(_terms, 0, chunk.Length, chunk.Start, _contributions);
        SampleOrderMoments.RunningMeans(_weighted, 0, chunk.Length, chunk.Start, _weightedMeans);
        _mixtures.Means(chunk);
    }

    /// <summary>The second pass: the squared deviations of the weighted sums and mixtures about the first pass's means.</summary>
    internal void Squares(SampleChunk chunk)
    {
        WeightedSums(chunk);
        SampleOrderMoments.SquaredDeviations(_weighted, 0, chunk.Length, _weightedMeans, _weightedSquares);
        _mixtures.Squares(chunk);
    }

    /// <summary>
    /// The chunk's terms pᵢ·vᵢ of every (output, branch) into <c>_terms[o·b + i]</c>, and each output's weighted sum
    /// Σᵢ pᵢ·vᵢ, added in branch order from 0, into <c>_weighted[o]</c>.
    /// </summary>
    private void WeightedSums(SampleChunk chunk)
    {
        var b = Branches;
        var length = chunk.Length;
        if (_terms.Length != _outputs * b || _terms[0].Length < length)
        {
            _terms = [.. Enumerable.Range(0, _outputs * b).Select(_ => new double[length])];
            _weighted = [.. Enumerable.Range(0, _outputs).Select(_ => new double[length])];
        }

        for (var o = 0; o < _outputs; o++)
        {
            var weighted = _weighted[o].AsSpan(0, length);
            weighted.Clear();
            for (var i = 0; i < b; i++)
            {
                var p = chunk.Output(i)[..length];
                var v = chunk.Output(b + (i * _outputs) + o)[..length];
                var terms = _terms[(o * b) + i].AsSpan(0, length);
                TensorPrimitives.Multiply(p, v, terms); // elementwise, exactly p[j] * v[j] and weighted[j] + term
                TensorPrimitives.Add(weighted, terms, weighted);
            }
        }
    }

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
            // Clearly a distribution (each in [0, 1], the sum within half the tolerance whatever the order of addition):
            // nothing to describe. Otherwise the full check decides and names the problem.
            double sum = 0;
            var inRange = true;
            for (var i = 0; i < b; i++)
            {
                var p = _columns[i][j];
                inRange &= p >= 0 && p <= 1;
                sum += p;
            }

            if (inRange && Math.Abs(sum - 1) <= Scenario.BranchProbabilityTolerance / 2)
            {
                continue;
            }

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
