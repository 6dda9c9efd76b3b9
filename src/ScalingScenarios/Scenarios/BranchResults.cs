using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// A run of a scenario's branches (claims C11, C12): each branch's outputs, the expected value Σ p·v of every output with
/// its Monte Carlo error, the full mixture, and the break-even probability of a branch.
/// </summary>
/// <remarks>
/// Every branch runs with the same samples and seed, so variables a branch does not override draw the same numbers in
/// every branch (common random numbers), and sample i of every branch and of every probability belongs together.
/// The mixture picks, in each sample, one branch with that sample's probabilities (from a counter-based uniform of the
/// seed and the sample index, so it does not depend on the thread count). Immutable and thread-safe.
/// </remarks>
public sealed class BranchResults
{
    private readonly BranchOutcome[] _outcomes;
    private readonly BranchExpectation[] _expectations;
    private readonly Summary[] _mixtures;

    private BranchResults(Scenario scenario, BranchOutcome[] outcomes, BranchExpectation[] expectations, Summary[] mixtures, int samples, long seed, bool boundedMemory)
    {
        Scenario = scenario;
        _outcomes = outcomes;
        _expectations = expectations;
        _mixtures = mixtures;
        Samples = samples;
        Seed = seed;
        BoundedMemory = boundedMemory;
    }

    /// <summary>The branched scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>One outcome per branch, in the scenario's order.</summary>
    public IReadOnlyList<BranchOutcome> Outcomes => Array.AsReadOnly(_outcomes);

    /// <summary>The number of samples of every branch.</summary>
    public int Samples { get; }

    /// <summary>The seed of every branch.</summary>
    public long Seed { get; }

    /// <summary>
    /// Whether the branches ran in the bounded-memory mode: keeping every branch's samples (and the
    /// mixtures) would have exceeded the memory budget, so none were kept and the exact p5 … p95 and histograms came from
    /// extra passes that re-simulate the same samples. Every number is the same as with kept samples; only
    /// <see cref="Summary.Samples"/>, other quantiles and probabilities of the branches' summaries are unavailable.
    /// </summary>
    public bool BoundedMemory { get; }

    /// <summary>The outcome of one branch.</summary>
    /// <param name="branch">The branch's name.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="KeyNotFoundException">No branch has that name; the message lists the branches.</exception>
    public BranchOutcome this[string branch] => _outcomes[IndexOf(branch)];

    /// <summary>The expected value of an output over the branches, Σ p·v, with its Monte Carlo error.</summary>
    /// <param name="output">The output's name.</param>
    /// <returns>The expectation and each branch's contribution.</returns>
    /// <exception cref="KeyNotFoundException">The scenario has no output of that name.</exception>
    public BranchExpectation ExpectedValue(string output) => _expectations[OutputIndex(output)];

    /// <summary>The full mixture of an output: in each sample, the value of one branch drawn with that sample's probabilities.</summary>
    /// <param name="output">The output's name.</param>
    /// <returns>The mixture's summary, named after the output; its mean estimates the same quantity as <see cref="ExpectedValue(string)"/> with more noise.</returns>
    /// <exception cref="KeyNotFoundException">The scenario has no output of that name.</exception>
    public Summary Mixture(string output) => _mixtures[OutputIndex(output)];

    /// <summary>
    /// The probability of <paramref name="branch"/> at which the expected value of <paramref name="output"/> crosses
    /// <paramref name="threshold"/>, the other branches keeping their relative weights: "how sure must you be that scaling
    /// continues for this to pay?".
    /// </summary>
    /// <param name="branch">The branch whose probability varies, e.g. "continues".</param>
    /// <param name="output">The output, e.g. "profitPerFirmAfterTraining".</param>
    /// <param name="threshold">The value to cross; default 0 (break even). Must be finite.</param>
    /// <returns>
    /// q in [0, 1] solving q·V(branch) + (1 − q)·V(rest) = threshold, where V(branch) = E[p·v]/E[p] for that branch and V(rest) is
    /// the same over the other branches together; null when there is no other branch, when the two values are equal, or when the
    /// crossing lies outside [0, 1] (the expected value is on one side of the threshold at every probability).
    /// </returns>
    /// <exception cref="KeyNotFoundException">No branch or output has that name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN or infinite.</exception>
    public double? BreakEvenProbability(string branch, string output, double threshold = 0)
    {
        Guard.Finite(threshold);
        var i = IndexOf(branch);
        var expectation = ExpectedValue(output);
        var weights = _outcomes.Select(o => o.Probability.Mean).ToArray();
        var restWeight = weights.Sum() - weights[i];
        if (_outcomes.Length < 2 || weights[i] <= 0 || restWeight <= 0)
        {
            return null;
        }

        var own = expectation.Contributions[i] / weights[i];
        var rest = (expectation.Mean - expectation.Contributions[i]) / restWeight;
        if (own == rest)
        {
            return null;
        }

        var q = (threshold - rest) / (own - rest);
        return q is >= 0 and <= 1 ? q : null;
    }

    /// <summary>The branches as a table: one row per output with the expected value (± its Monte Carlo error), each branch's mean, and the mixture's 5th to 95th percentile.</summary>
    /// <returns>The table; its notes give each branch's probability.</returns>
    public TextTable ToTable()
    {
        string[] columns = ["Output", "E[Σ p·v]", "± MC error", .. _outcomes.Select(o => $"{o.Name} mean"), "Mixture 5%-95%"];
        var rows = Scenario.Outputs.Select(v =>
        {
            var e = ExpectedValue(v.Name);
            var m = Mixture(v.Name);
            return (IEnumerable<string>)[v.Name, Display.WithUnit(e.Mean, v.Unit), Display.WithUnit(e.StandardError, v.Unit),
                .. _outcomes.Select(o => Display.WithUnit(o.Result[v.Name].Mean, v.Unit)),
                $"{Display.WithUnit(m.P5, v.Unit)} to {Display.WithUnit(m.P95, v.Unit)}"];
        });
        var notes = _outcomes.Select(o => $"{o.Name}: p = {o.Branch.Probability} (mean {Display.Number(o.Probability.Mean)})"
            + (o.Branch.Overrides.Count == 0 ? string.Empty : "; sets " + string.Join(", ", o.Branch.Overrides.Select(x => $"{x.Key} = {x.Value}")))
            + (o.Branch.Description is null ? string.Empty : $". {o.Branch.Description}")).ToList();
        if (BoundedMemory)
        {
            notes.Add("Bounded-memory mode: the branches' samples did not fit the memory budget, so none were kept; the exact percentiles come from extra passes that re-simulate the same samples.");
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture, $"Every branch ran with {Samples:N0} samples and seed {Seed} (common random numbers); E[Σ p·v] is the expected value over the branches."));
        return new TextTable($"{Scenario.Name}: branches", columns, rows, notes);
    }

    /// <summary>The branches as one JSON object: samples, seed, each branch with its probability and outputs, and per output the expected value (with its Monte Carlo error and each branch's contribution) and the mixture.</summary>
    /// <returns>Indented JSON (the library's JSON contract, <see cref="JsonOutput"/>).</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <summary>Writes the branches as one JSON object (see <see cref="ToJson"/>).</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("samples", Samples);
        writer.WriteNumber("seed", Seed);
        if (BoundedMemory)
        {
            writer.WriteBoolean("boundedMemory", true); // only when true, so the contract of ordinary runs is unchanged
        }

        writer.WriteStartArray("branches");
        foreach (var o in _outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("name", o.Name);
            Json.Text(writer, "description", o.Branch.Description);
            writer.WriteString("probability", o.Branch.Probability);
            writer.WriteDouble("probabilityMean", o.Probability.Mean);
            writer.WriteStartObject("overrides");
            foreach (var (name, formula) in o.Branch.Overrides)
            {
                writer.WriteString(name, formula);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("outputs");
            foreach (var (variable, summary) in o.Result.Scenario.Outputs.Zip(o.Result.Outputs))
            {
                SummaryJson.Write(writer, variable.Name, summary);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("expectedValues");
        foreach (var v in Scenario.Outputs)
        {
            var e = ExpectedValue(v.Name);
            writer.WriteStartObject(v.Name);
            writer.WriteDouble("mean", e.Mean);
            writer.WriteDouble("standardError", e.StandardError);
            writer.WriteStartObject("contributions");
            for (var i = 0; i < _outcomes.Length; i++)
            {
                writer.WriteDouble(_outcomes[i].Name, e.Contributions[i]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("mixture");
        foreach (var v in Scenario.Outputs)
        {
            SummaryJson.Write(writer, v.Name, Mixture(v.Name));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Runs every branch of <paramref name="scenario"/> with the same options in one joint run and checks the probabilities
    /// in every sample. The run's graphs are the probabilities, each branch's outputs and, when <paramref name="withBase"/>
    /// is set, the scenario's own outputs (its base run), each compiled on its own (so a variable a branch does not override
    /// draws the same numbers in every branch and in the base run, sampled once: <see cref="CompiledModel.Join"/>), and its
    /// derived outputs are, per scenario output, the mixture, computed per sample inside each chunk. Within the memory
    /// budget every output's samples are kept; beyond it the engine's bounded-memory mode gives the same numbers. The
    /// weighted sums Σᵢ pᵢ·vᵢ (of which only the mean and standard error are reported), the expected values' contributions
    /// and the mixtures' means and standard deviations are folded in sample order (<see cref="SequentialFold"/>), in both
    /// modes alike.
    /// </summary>
    /// <returns>The branches' results, and the base run's when <paramref name="withBase"/> is set (null otherwise).</returns>
    internal static (BranchResults Branches, SimulationResult? Base) Run(Scenario scenario, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken, bool withBase = false)
    {
        var branches = scenario.Branches;
        var outputs = scenario.Outputs;
        var b = branches.Count;
        var k = outputs.Count;
        Uncertain[] probabilities = [.. branches.Select(x => x.ProbabilityNode)];
        Uncertain[] baseOutputs = [.. outputs.Select(o => o.Node)];
        IReadOnlyList<Uncertain>[] graphs = [probabilities, .. branches.Select(x => (IReadOnlyList<Uncertain>)[.. x.Scenario.Outputs.Select(o => o.Node)]), .. withBase ? [baseOutputs] : Array.Empty<IReadOnlyList<Uncertain>>()];
        var derived = new List<Uncertain>();
        using var draws = new MixtureDraws(b, options.Seed);
        for (var o = 0; o < k; o++)
        {
            Uncertain[] inputs = [.. probabilities, .. branches.Select(x => x.Scenario.Outputs[o].Node)];
            derived.Add(Uncertain.MapChunk(outputs[o].Name, MixtureDraw(b, draws), inputs));
        }

        Debug.Assert(graphs.Sum(g => g.Count) + derived.Count == JointOutputCount(k, b, withBase), "JointOutputCount must count what the joint run keeps");

        var baseFirst = b * (k + 1);
        var first = baseFirst + (withBase ? k : 0);
        var fold = new SequentialFold([.. branches.Select(x => x.Name)], k, options.Samples, first);
        var run = Simulation.RunJoint(options.WithKeepSamples(true), graphs, derived, [fold.Means, fold.Squares], progress, cancellationToken);
        var outcomes = new BranchOutcome[b];
        for (var i = 0; i < b; i++)
        {
            var branchOutputs = branches[i].Scenario.Outputs;
            var summaries = run.Outputs.Skip(b + (i * k)).Take(k).ToArray();
            var branchRun = new SimulationResult([.. branchOutputs.Select(o => o.Node)], summaries, run.Samples, run.Seed, run.Elapsed, run.BoundedMemory);
            outcomes[i] = new BranchOutcome(branches[i], run.Outputs[i], new ScenarioResult(branches[i].Scenario, branchRun));
        }

        var baseRun = withBase ? new SimulationResult(baseOutputs, [.. run.Outputs.Skip(baseFirst).Take(k)], run.Samples, run.Seed, run.Elapsed, run.BoundedMemory) : null;
        var expectations = new BranchExpectation[k];
        var mixtures = new Summary[k];
        for (var o = 0; o < k; o++)
        {
            expectations[o] = new BranchExpectation(outputs[o].Name, fold.WeightedMean(o), fold.WeightedStandardError(o), fold.Contributions(o), [.. branches.Select(x => x.Name)]);
            mixtures[o] = run.Outputs[first + o].WithMoments(fold.MixtureMean(o), fold.MixtureStdDev(o));
        }

        return (new BranchResults(scenario, outcomes, expectations, mixtures, run.Samples, run.Seed, run.BoundedMemory), baseRun);
    }

    /// <summary>
    /// The outputs a joint run of <paramref name="branches"/> branches of a scenario with <paramref name="outputs"/>
    /// outputs keeps, each a sample array: the branches' probabilities, every branch's outputs, the base run's outputs
    /// (with <paramref name="withBase"/>) and the mixtures, in the order of <see cref="Run"/>'s graphs.
    /// </summary>
    internal static long JointOutputCount(int outputs, int branches, bool withBase)
        => branches + ((long)branches * outputs) + (withBase ? outputs : 0) + outputs;

    /// <summary>
    /// Per sample, the value of the branch drawn with that sample's probabilities: the first whose cumulative probability
    /// exceeds a SplitMix64 uniform of (seed, sample index), or the last (rounding), so it depends on no thread or chunk order.
    /// The draw is the same for every output (the same probabilities and uniform), so it is made once per chunk and
    /// thread (<paramref name="draws"/>) and each output's mixture only picks its branch's values.
    /// </summary>
    private static ChunkFunction MixtureDraw(int b, MixtureDraws draws) => (start, inputs, destination) =>
    {
        var chosen = draws.For(start, destination.Length, inputs);
        for (var j = 0; j < destination.Length; j++)
        {
            destination[j] = inputs[b + chosen[j]][j];
        }
    };

    /// <summary>
    /// The branch drawn at every sample of the chunk a thread is evaluating, computed by the first of the chunk's mixture
    /// outputs and reused by the others (they run one after another on that thread, with the same probabilities).
    /// </summary>
    private sealed class MixtureDraws(int branches, long seed) : IDisposable
    {
        private readonly ThreadLocal<(long Start, int Length, int[] Chosen)> _last = new(() => (-1, 0, new int[SimulationEngine.ChunkSize]));

        internal int[] For(long start, int length, double[][] inputs)
        {
            var (lastStart, lastLength, chosen) = _last.Value;
            if (lastStart == start && lastLength == length)
            {
                return chosen;
            }

            if (chosen.Length < length)
            {
                chosen = new int[length];
            }

            for (var j = 0; j < length; j++)
            {
                var u = SampleStatistics.Uniform(seed, (int)(start + j));
                var pick = -1;
                double cumulative = 0;
                for (var i = 0; i < branches; i++)
                {
                    cumulative += inputs[i][j];
                    if (pick < 0 && u < cumulative)
                    {
                        pick = i;
                    }
                }

                chosen[j] = pick < 0 ? branches - 1 : pick;
            }

            _last.Value = (start, length, chosen);
            return chosen;
        }

        public void Dispose() => _last.Dispose();
    }

    private int OutputIndex(string output)
    {
        var outputs = Scenario.Outputs;
        for (var i = 0; i < outputs.Count; i++)
        {
            if (outputs[i].Name == output)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Expected one of the outputs {string.Join(", ", outputs.Select(o => o.Name))}; got '{output}'.");
    }

    private int IndexOf(string branch)
    {
        for (var i = 0; i < _outcomes.Length; i++)
        {
            if (_outcomes[i].Name == branch)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Expected one of the branches {string.Join(", ", _outcomes.Select(o => o.Name))}; got '{branch}'.");
    }
}
