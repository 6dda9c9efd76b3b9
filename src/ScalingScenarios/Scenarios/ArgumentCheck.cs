using System.Globalization;
using System.Text;
using System.Text.Json;
using ScalingScenarios.Claims;
using ScalingScenarios.Economics;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// The interview's argument checked claim by claim (C01…C14) and across claims: for each, the inputs with their sources,
/// the computed value, the stated conclusion, a verdict and one line of reasoning.
/// </summary>
/// <remarks>
/// Inputs come from a scenario (by default <see cref="InterviewScenario.Default"/>): a variable's value if it is a constant,
/// its mean over a run if it is uncertain (its smallest and largest draw where the claim gives a range, such as 4-5 firms),
/// and its mean given a branch (the scenario's "continues" branch, or its first) where the claim is about one future.
/// A variable the scenario lacks falls back to the library default its source names. So changing a variable
/// (<see cref="Scenario.WithVariable(string, string)"/>, the CLI's <c>--set</c>) or checking another scenario file changes
/// the inputs. The arithmetic of every row is written out in its reasoning and in docs/argument.md. Immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(DisplayFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class ArgumentCheck : IRichDisplay
{
    /// <summary>The output whose expected value the C11 row reports, when the scenario has it (else its first output).</summary>
    public const string ValueOutput = "totalProfit";

    private readonly ClaimCheck[] _checks;

    private ArgumentCheck(Scenario scenario, int samples, long seed, ClaimCheck[] checks)
    {
        Scenario = scenario;
        Samples = samples;
        Seed = seed;
        _checks = checks;
    }

    /// <summary>The scenario the inputs came from.</summary>
    public Scenario Scenario { get; }

    /// <summary>The samples of the run that gave uncertain inputs their means.</summary>
    public int Samples { get; }

    /// <summary>The seed of that run.</summary>
    public long Seed { get; }

    /// <summary>The rows: one or more per claim C01…C14, then the checks across claims.</summary>
    public IReadOnlyList<ClaimCheck> Checks => Array.AsReadOnly(_checks);

    /// <summary>Runs the check.</summary>
    /// <param name="scenario">The scenario to take inputs from; null for <see cref="InterviewScenario.Default"/>.</param>
    /// <param name="options">Simulation options for the run of uncertain inputs; null for the scenario's own.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The check.</returns>
    /// <exception cref="SimulationException">The scenario produced NaN or ±∞ at some sample.</exception>
    /// <exception cref="ScenarioException">The scenario's branch probabilities do not sum to 1 at some sample.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is outside the domain of the calculator it feeds (e.g. a negative price ratio); the message names the calculator's parameter.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static ArgumentCheck Run(Scenario? scenario = null, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var s = scenario ?? InterviewScenario.Default;
        var context = new Context(s, (options ?? s.Options).WithKeepSamples(true), cancellationToken);
        ClaimCheck[] checks =
        [
            context.C01ScalingLaw(), context.C02Compute(), context.C02Translation(), context.C03Market(), context.C04Slice(),
            context.C05Lerner(), context.C06Commodity(), context.C07Savings(), context.C08Differentiation(), context.C09Swarm(),
            context.C10Reliability(), context.C11ExpectedValue(), context.C12Branches(), context.C13Crispr(), context.C13Century(),
            Context.C14Nationalization(), context.C02C05FirmCount(), context.C11C02ValueOfInformation(), context.C07C05Builders(),
        ];
        return new ArgumentCheck(s, context.Samples, context.Seed, checks);
    }

    /// <summary>The verdict in words, as the reports print it.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>"follows", "follows only under stated assumptions", "does not follow" or "not quantifiable".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined value.</exception>
    public static string Describe(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Follows => "follows",
        CheckVerdict.FollowsUnderAssumptions => "follows only under stated assumptions",
        CheckVerdict.DoesNotFollow => "does not follow",
        CheckVerdict.NotQuantifiable => "not quantifiable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, $"Expected a defined verdict; got {(int)verdict}."),
    };

    /// <summary>The rows that check one claim, alone or with others.</summary>
    /// <param name="id">The claim.</param>
    /// <returns>A check with only those rows (every claim has at least one).</returns>
    public ArgumentCheck For(ClaimId id) => new(Scenario, Samples, Seed, [.. _checks.Where(c => c.Claims.Contains(id))]);

    /// <summary>The check as a table: ID, what is checked, the value, the verdict and the reasoning, one row per check.</summary>
    /// <returns>The table, titled with the scenario's name; its notes say how the inputs were found.</returns>
    public TextTable ToTable() => new(
        $"The argument check: {Scenario.Name}",
        ["ID", "Check", "Value", "Verdict", "Reasoning"],
        _checks.Select(c => new[] { c.Id, c.Title, c.ValueText, Describe(c.Verdict), c.Reasoning }),
        [Provenance()]);

    /// <summary>A report a student can hand in: a summary table, then per check its stated conclusion, its inputs with sources, the computed value, the verdict and the reasoning.</summary>
    /// <returns>GitHub-flavoured Markdown ending with a newline.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# The argument check: ").Append(Scenario.Name).Append("\n\n");
        sb.Append(Provenance()).Append("\n\n");
        foreach (var group in _checks.GroupBy(c => c.Verdict).OrderBy(g => g.Key))
        {
            sb.Append("- **").Append(Describe(group.Key)).Append("**: ").AppendJoin(", ", group.Select(c => c.Id)).Append('\n');
        }

        sb.Append('\n').Append(new TextTable(string.Empty, ["ID", "Check", "Value", "Verdict"], _checks.Select(c => new[] { c.Id, c.Title, c.ValueText, Describe(c.Verdict) })).ToMarkdown());
        foreach (var c in _checks)
        {
            sb.Append("\n## ").Append(c.Id).Append(": ").Append(c.Title).Append("\n\n");
            foreach (var id in c.Claims.Distinct())
            {
                sb.Append("> ").Append(id).Append(" (").Append(ClaimCatalog.Get(id).Topic).Append("): ").Append(ClaimCatalog.Get(id).Paraphrase).Append("\n>\n");
            }

            sb.Append('\n');

            sb.Append("**Stated conclusion.** ").Append(c.Conclusion).Append("\n\n");
            if (c.Inputs.Count > 0)
            {
                sb.Append(new TextTable(string.Empty, ["Input", "Value", "Source"], c.Inputs.Select(i => new[] { i.Name, Display.WithUnit(i.Value, i.Unit), i.Source })).ToMarkdown()).Append('\n');
            }

            sb.Append("**Computed.** ").Append(c.ValueText).Append("\n\n");
            sb.Append("**Verdict: ").Append(Describe(c.Verdict)).Append(".** ").Append(c.Reasoning).Append('\n');
        }

        sb.Append("\n---\nChange an assumption and re-run: `scaling-scenarios check --set pContinue=0.8 --format markdown` ")
            .Append("(or, in C#, `ArgumentCheck.Run(InterviewScenario.Default.WithVariable(\"pContinue\", \"0.8\"))`).\n");
        return sb.ToString();
    }

    /// <summary>The table (<see cref="ToTable"/>) as an HTML fragment, every text escaped; .NET Interactive notebooks show it.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => ToTable().ToHtml();

    /// <summary>The check as one CSV table: one row per check with its raw value (shortest round-trip, invariant culture) and unit.</summary>
    /// <returns>RFC 4180 CSV with the header id, key, title, verdict, value, unit, valueText, conclusion, reasoning.</returns>
    public string ToCsv() => new TextTable(string.Empty, ["id", "key", "title", "verdict", "value", "unit", "valueText", "conclusion", "reasoning"],
        _checks.Select(c => new[] { c.Id, c.Key, c.Title, JsonName(c.Verdict), RawNumber.Format(c.Value), c.Unit ?? string.Empty, c.ValueText, c.Conclusion, c.Reasoning })).ToCsv();

    /// <summary>The check as one JSON object: scenario, samples, seed, a count per verdict, and a <c>claims</c> array of rows (id, claims, key, title, verdict, value, unit, valueText, conclusion, reasoning, inputs).</summary>
    /// <returns>Indented JSON (the library's JSON contract, <see cref="JsonOutput"/>).</returns>
    public string ToJson() => JsonOutput.Write(WriteJson);

    /// <summary>Writes the check as one JSON object (see <see cref="ToJson"/>).</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("scenario", Scenario.Name);
        writer.WriteNumber("samples", Samples);
        writer.WriteNumber("seed", Seed);
        writer.WriteStartObject("verdicts");
        foreach (var verdict in Enum.GetValues<CheckVerdict>())
        {
            writer.WriteNumber(JsonName(verdict), _checks.Count(c => c.Verdict == verdict));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("claims");
        foreach (var c in _checks)
        {
            writer.WriteStartObject();
            writer.WriteString("id", c.Id);
            writer.WriteStartArray("claims");
            foreach (var id in c.Claims)
            {
                writer.WriteStringValue(id.ToString());
            }

            writer.WriteEndArray();
            writer.WriteString("key", c.Key);
            writer.WriteString("title", c.Title);
            writer.WriteString("verdict", JsonName(c.Verdict));
            Json.Number(writer, "value", c.Value);
            Json.Text(writer, "unit", c.Unit);
            writer.WriteString("valueText", c.ValueText);
            writer.WriteString("conclusion", c.Conclusion);
            writer.WriteString("reasoning", c.Reasoning);
            writer.WriteStartArray("inputs");
            foreach (var i in c.Inputs)
            {
                writer.WriteStartObject();
                writer.WriteString("name", i.Name);
                Json.Number(writer, "value", i.Value);
                Json.Text(writer, "unit", i.Unit);
                writer.WriteString("source", i.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One line for a debugger or a log: how many rows got each verdict (the report is <see cref="ToMarkdown"/>).</summary>
    /// <returns>E.g. "Argument check of The interview's value chain: 19 rows (follows: 5, follows only under stated assumptions: 9, …)".</returns>
    public override string ToString()
    {
        var counts = Enum.GetValues<CheckVerdict>()
            .Select(v => (Verdict: v, Count: _checks.Count(c => c.Verdict == v)))
            .Where(x => x.Count > 0)
            .Select(x => $"{Describe(x.Verdict)}: {x.Count}");
        return $"Argument check of {Scenario.Name}: {Display.Count(_checks.Length, "row")} ({string.Join(", ", counts)})";
    }

    private static string JsonName(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Follows => "follows",
        CheckVerdict.FollowsUnderAssumptions => "followsUnderAssumptions",
        CheckVerdict.DoesNotFollow => "doesNotFollow",
        _ => "notQuantifiable",
    };

    private string Provenance() => string.Create(CultureInfo.InvariantCulture,
        $"Inputs from the scenario '{Scenario.Name}': constants as written, uncertain variables by their mean over {Samples:N0} samples (seed {Seed}), per-branch values given the branch; missing variables fall back to library defaults.");

    /// <summary>The inputs of one check run and the arithmetic of every row.</summary>
    private sealed class Context
    {
        private static readonly string[] Wanted =
        [
            "pContinue", "market", "marketIfContinues", "tenPercentSlice", "sliceShare", "frontierFirms", "demandElasticity", "commoditizedFirms",
            "learningRate", "modelMargin", "inferenceShareOfModelCost", "substitutability", "smallCalls", "priceRatio", "stepReliability",
            "chainSteps", "detectorRecall", "maxRetries", "crisprYears", "speedupLow", "speedupHigh", "centuryYears", "compressedYearsLow",
            "compressedYearsHigh", "tierStep", "tokensPerParameter", "topTierParameters", "topTierTrainingUsd", "acceleratorPeakFlops", "mfu",
            "usdPerAcceleratorHour", "frontierRunUsd", "payoffYears", "modelRevenue", "modelProfitPerFirm", ValueOutput,
        ];

        private readonly Scenario _scenario;
        private readonly ScenarioResult _run;
        private readonly BranchResults? _branches;
        private readonly int _continues;
        private readonly string _valueOutput;

        public Context(Scenario scenario, SimulationOptions options, CancellationToken cancellationToken)
        {
            _scenario = scenario;
            _valueOutput = scenario.Variables.Any(v => v.Name == ValueOutput) ? ValueOutput : scenario.Outputs[0].Name;
            string[] wanted = [.. Wanted.Append(_valueOutput).Distinct().Where(n => scenario.Variables.Any(v => v.Name == n))];
            _run = scenario.WithOutputs(wanted.Length > 0 ? wanted : [scenario.Outputs[0].Name]).Run(options, null, cancellationToken);
            _branches = _run.Branches;
            if (_branches is not null)
            {
                var named = _branches.Outcomes.Select((o, i) => (o.Name, i)).FirstOrDefault(p => p.Name == "continues");
                _continues = named.Name is null ? 0 : named.i;
            }

            Samples = options.Samples;
            Seed = options.Seed;
        }

        public int Samples { get; }

        public long Seed { get; }

        private string ContinuesName => _branches?.Outcomes[_continues].Name ?? "continues";

        // ---- C01 -------------------------------------------------------------------------------------------------------
        public ClaimCheck C01ScalingLaw()
        {
            var step = In("tierStep", TierLadder.StepFactor, "TierLadder.StepFactor (C02)", "x");
            var r = In("tokensPerParameter", ComputeOptimal.ChinchillaTokensPerParameter, "ComputeOptimal.ChinchillaTokensPerParameter (Hoffmann2022)");
            var top = In("topTierParameters", TierLadder.FirstTierParameters * Math.Pow(TierLadder.StepFactor, TierLadder.TierCount - 1), "TierLadder (C02)");
            var fit = ChinchillaFit.Hoffmann2022;
            double Loss(double n) => fit.Loss(n, r.Value * n);
            var n1 = top.Value / Math.Pow(step.Value, 3);
            var first = Loss(n1) - Loss(n1 * step.Value);
            var last = Loss(top.Value / step.Value) - Loss(top.Value);
            var ratio = last / first;
            return Row("c01-scaling-law", [ClaimId.C01], "Each 10x buys a smaller loss drop", [step, r, top, Constant("Hoffmann2022 fit", fit.ParameterExponent, "alpha of L = E + A/N^alpha + B/D^beta (Hoffmann2022 eq. 10)")],
                ratio, "x", $"loss drop {Display.Number(first)} -> {Display.Number(last)} nats (x{Display.Number(ratio)})",
                "Capability keeps rising with scale, but as an observed regularity, not a law of nature.",
                CheckVerdict.FollowsUnderAssumptions,
                $"On eq. 10 with {Display.Number(r.Value)} tokens per parameter, the first x{Display.Number(step.Value)} step (N = {Display.Number(n1)}) cuts loss by {Display.Number(first)} nats and the last (to N = {Display.Number(top.Value)}) by {Display.Number(last)}: returns shrink, and extrapolating a fit beyond the data is the assumption C11 doubts.");
        }

        // ---- C02 -------------------------------------------------------------------------------------------------------
        public ClaimCheck C02Compute()
        {
            var step = In("tierStep", TierLadder.StepFactor, "TierLadder.StepFactor (C02)", "x");
            var r = In("tokensPerParameter", ComputeOptimal.ChinchillaTokensPerParameter, "ComputeOptimal.ChinchillaTokensPerParameter (Hoffmann2022)");
            var n = TierLadder.FirstTierParameters;
            var ratio = TrainingCompute.Flops(step.Value * n, r.Value * step.Value * n) / TrainingCompute.Flops(n, r.Value * n);
            var frontier = Math.Pow(step.Value, 1 / ChinchillaFit.Hoffmann2022.OptimalParametersExponent);
            return Row("c02-tier-compute", [ClaimId.C02], "x10 per tier => x100 training compute", [step, r], ratio, "x",
                $"x{Display.Number(ratio)} compute per tier",
                "Each tier is 10x the last; under compute-optimal scaling that is 100x the training compute.",
                CheckVerdict.Follows,
                $"C = 6 N D with D = {Display.Number(r.Value)} N gives C = {Display.Number(6 * r.Value)} N^2, so x{Display.Number(step.Value)} parameters is x{Display.Number(ratio)} compute; on eq. 10's own frontier (N ~ C^{Display.Number(ChinchillaFit.Hoffmann2022.OptimalParametersExponent)}) it would be x{Display.Number(frontier)}.");
        }

        public ClaimCheck C02Translation()
        {
            var (cost, inputs) = ParameterReadingCost();
            var budget = In("topTierTrainingUsd", TierLadder.FirstTierTrainingCostUsd * Math.Pow(TierLadder.StepFactor, TierLadder.TierCount - 1), "TierLadder.FirstTierTrainingCostUsd x 10^3 (C02)", "USD");
            var flopsPerUsd = inputs[2].Value * inputs[3].Value * 3600 / inputs[4].Value;
            var parameters = Math.Sqrt(budget.Value * flopsPerUsd / (TrainingCompute.FlopsPerParameterPerToken * inputs[1].Value));
            var top = inputs[0].Value;
            return Row("c02-translation", [ClaimId.C02, ClaimId.C05], "Translation caveat: parameters vs dollars", [.. inputs, budget], cost, "USD",
                $"{Display.Number(top)} params cost {Display.Usd(cost)}; {Display.Usd(budget.Value)} buys {Display.Number(parameters)} params",
                "The top tier (1e11 in the seed's parameters, $100B in English summaries) is where only 4-5 builders can compete.",
                CheckVerdict.FollowsUnderAssumptions,
                $"The readings differ x{Display.Number(budget.Value / cost)}: a compute-optimal {Display.Number(top)}-parameter run costs {Display.Usd(cost)} (6 N D FLOPs at {Display.Percent(inputs[3].Value)} of {Display.Number(inputs[2].Value)} FLOP/s, {Display.Usd(inputs[4].Value)}/h), so '4-5 builders' needs the dollar reading.");
        }

        // ---- C03, C04 --------------------------------------------------------------------------------------------------
        public ClaimCheck C03Market()
        {
            var market = Given("market", continues: true, "USD") ?? Given("marketIfContinues", continues: true, "USD");
            return Row("c03-market", [ClaimId.C03], "A large share of the economy", market is null ? [] : [market], market?.Value, "USD",
                market is null ? "-" : $"assumed {Display.Usd(market.Value)} a year",
                "If the strong form holds, AI takes a large share of economic output.",
                CheckVerdict.NotQuantifiable,
                market is null
                    ? "The interview gives no figure, and the scenario has no market variable to show."
                    : $"The interview gives no figure: the {Display.Usd(market.Value)} a year given '{ContinuesName}' is the scenario's assumption ({Formula("marketIfContinues") ?? Formula("market")}), an input to the rest, not a conclusion.");
        }

        public ClaimCheck C04Slice()
        {
            var share = In("sliceShare", ValueChain.OneLayerShare, "ValueChain.OneLayerShare (C04)", "percent");
            var market = Given("market", continues: true, "USD");
            if (market is null)
            {
                return NotQuantifiable("c04-ten-percent", [ClaimId.C04], "10% of the pool is enormous", "Even a 10% slice of the pool is enormous.", "the scenario has no 'market' variable or no branches");
            }

            var slice = share.Value * market.Value;
            var sequoia = Constant("Sequoia's $600B question", ValueChain.Sequoia2024RequiredRevenueUsd, "ValueChain.Sequoia2024RequiredRevenueUsd (Sequoia600B)", "USD");
            return Row("c04-ten-percent", [ClaimId.C04], "10% of the pool is enormous", [share, market, sequoia], slice, "USD",
                $"{Display.Usd(slice)} a year",
                "Profit reaches every layer; even a 10% slice of the pool is enormous.",
                CheckVerdict.FollowsUnderAssumptions,
                $"Given '{ContinuesName}', {Display.Percent(share.Value)} x {Display.Usd(market.Value)} = {Display.Usd(slice)} a year, {Display.Percent(slice / sequoia.Value, 2)} of the $600B a year of revenue Sequoia found the 2024 build-out needs: enormous only because the C03 market size is assumed.");
        }

        // ---- C05, C06, C08 ---------------------------------------------------------------------------------------------
        public ClaimCheck C05Lerner()
        {
            var low = Min("frontierFirms", MarketPresets.FrontierFirms, "MarketPresets.FrontierFirms (C05)", "firms");
            var high = Max("frontierFirms", MarketPresets.FrontierFirmsHigh, "MarketPresets.FrontierFirmsHigh (C05)", "firms");
            var e = In("demandElasticity", 1, "unit elasticity (assumption)");
            var many = In("commoditizedFirms", 100, "100 makers (assumption, C06)", "firms");
            var l4 = MarketStructure.CournotLerner(low.Value, e.Value);
            var l5 = MarketStructure.CournotLerner(high.Value, e.Value);
            var lMany = MarketStructure.CournotLerner(many.Value, e.Value);
            return Row("c05-lerner", [ClaimId.C05, ClaimId.C06], "Oligopoly margin at n = 4-5 vs commodity", [low, high, e, many], l4, "percent",
                $"{Display.Percent(l4)} at n = {Display.Number(low.Value)}, {Display.Percent(l5)} at n = {Display.Number(high.Value)}; {Display.Percent(lMany)} at n = {Display.Number(many.Value)}",
                "4-5 builders make an oligopoly, not a monopoly or a commodity market.",
                CheckVerdict.FollowsUnderAssumptions,
                $"Cournot's Lerner index 1/(n |e|) at |e| = {Display.Number(e.Value)}: {Display.Percent(Math.Min(l4, l5))}-{Display.Percent(Math.Max(l4, l5))} of price is margin with {Display.Number(low.Value)}-{Display.Number(high.Value)} firms, against {Display.Percent(lMany)} with {Display.Number(many.Value)} and 0 under price competition in a commodity; it assumes quantity competition and barriers to entry (see C02+C05).");
        }

        public ClaimCheck C06Commodity()
        {
            var rate = In("learningRate", LearningCurve.SolarLearningRate, "LearningCurve.SolarLearningRate (SolarLearningCurve)", "percent");
            var price = LearningCurve.PriceAfterDoublings(1, rate.Value, 10);
            return Row("c06-commodity", [ClaimId.C06], "Solar: prices fall, margins vanish", [rate, Constant("doublings", 10, "ten doublings of cumulative volume (illustration)")], price, "percent",
                $"price x{Display.Number(price)} after 10 doublings",
                "Solar changed energy yet its makers barely profit: commodity, no brand, no lock-in.",
                CheckVerdict.FollowsUnderAssumptions,
                $"At {Display.Percent(rate.Value)} per doubling, ten doublings (1,024x the volume) leave {Display.Percent(price)} of the price, and with homogeneous products price competition drives the margin to 0: the analogy holds only if models are interchangeable, which C08 disputes.");
        }

        public ClaimCheck C08Differentiation()
        {
            var g = In("substitutability", MarketPresets.DifferentiatedSubstitutability, "MarketPresets.DifferentiatedSubstitutability (assumption)");
            var market = DifferentiatedBertrand.FromSubstitutability(MarketPresets.DemandIntercept, MarketPresets.MarginalCost, g.Value);
            return Row("c08-differentiation", [ClaimId.C08], "Differentiation keeps a margin", [g, Constant("a, c", MarketPresets.DemandIntercept, $"MarketPresets: demand intercept {Display.Number(MarketPresets.DemandIntercept)}, marginal cost {Display.Number(MarketPresets.MarginalCost)}")],
                market.Lerner, "percent", $"Lerner {Display.Percent(market.Lerner)} vs 0 if identical",
                "Models differ in personality and strengths, and products built on them deepen that.",
                CheckVerdict.FollowsUnderAssumptions,
                $"Differentiated Bertrand (Singh-Vives) at substitutability g = {Display.Number(g.Value)} keeps a margin of (a - c)(1 - g)/(2 - g) = {Display.Number(market.UnitMargin)}, {Display.Percent(market.Lerner)} of price, where identical products keep 0; how different models really are (g) is the assumption.");
        }

        // ---- C07, C09, C10 ---------------------------------------------------------------------------------------------
        public ClaimCheck C07Savings()
        {
            var m = In("modelMargin", UnitEconomics.DefaultModelGrossMargin, "UnitEconomics.DefaultModelGrossMargin (ModelCompanyMargins)", "percent");
            var k = In("inferenceShareOfModelCost", UnitEconomics.DefaultModelInferenceShareOfCost, "UnitEconomics.DefaultModelInferenceShareOfCost (assumption)", "percent");
            var cases = UnitEconomics.InferenceGainCases;
            var margins = cases.Select(s => UnitEconomics.NewGrossMargin(m.Value, s, k.Value)).ToArray();
            var example = UnitEconomics.FrontierModelExample;
            var profits = cases.Select(s => example.WithInferenceGain(s).Profit / example.Profit).ToArray();
            var points = string.Join(" / ", margins.Select(x => "+" + Display.Number((x - m.Value) * 100, 2)));
            var gross = string.Join(" / ", margins.Select(x => "+" + Display.Percent((x / m.Value) - 1, 2)));
            return Row("c07-inference-savings", [ClaimId.C07], "10/20/30% cheaper inference lifts the margin", [m, k], margins[^1] - m.Value, "percent",
                $"margin {Display.Percent(m.Value)} -> {string.Join(" / ", margins.Select(x => Display.Percent(x)))}",
                "Most cost is inference, so 10, 20 or 30% better inference changes the economics a lot.",
                CheckVerdict.FollowsUnderAssumptions,
                $"m' = 1 - (1 - m)(1 - s k) with m = {Display.Percent(m.Value)}, k = {Display.Percent(k.Value)}: {points} points of gross margin (gross profit {gross}); 'a lot' needs profit after the fixed training cost near break-even, where the library's example model gains x{string.Join("/x", profits.Select(p => Display.Number(p, 2)))}.");
        }

        public ClaimCheck C09Swarm()
        {
            var k = In("smallCalls", 20, "20 small calls (illustration)", "calls");
            var r = In("priceRatio", Orchestration.DefaultPriceRatio, "Orchestration.DefaultPriceRatio (Claude3Prices)", "x");
            var cost = Orchestration.RelativeCostOf(k.Value, r.Value);
            return Row("c09-swarm", [ClaimId.C09], "A swarm of small models is cheap", [k, r], cost, "percent",
                $"{Display.Percent(cost)} of the all-large cost",
                "A large model can hand subtasks to many cheap small models and gather the results.",
                CheckVerdict.Follows,
                $"1 large + {Display.Number(k.Value)} small calls at a {Display.Number(r.Value)}x price ratio cost (1 + k/r)/(k + 1) = {Display.Percent(cost)} of {Display.Number(k.Value + 1)} large calls; whether the small answers are good enough is C10's question.");
        }

        public ClaimCheck C10Reliability()
        {
            var p = In("stepReliability", Reliability.DefaultStepReliability, "Reliability.DefaultStepReliability (C10)", "percent");
            var m = In("chainSteps", 10, "ten chained steps (C10's arithmetic)", "steps");
            var recall = In("detectorRecall", 0.8, "80% of errors noticed (assumption)", "percent");
            var retries = In("maxRetries", 2, "two retries (assumption)", "retries");
            var plain = Reliability.ChainSuccess(p.Value, m.Value);
            var detected = Reliability.ChainSuccessWithRetries(p.Value, m.Value, recall.Value, retries.Value);
            var half = Reliability.StepsBelowThreshold(p.Value, 0.5);
            return Row("c10-reliability", [ClaimId.C10], "95% per step, with and without detection", [p, m, recall, retries], plain, "percent",
                $"{Display.Percent(plain)} without, {Display.Percent(detected)} with detection",
                "A model right 95% of the time is useful only if the wrong 5% is noticed and handled.",
                CheckVerdict.Follows,
                $"{Display.Percent(p.Value)}^{Display.Number(m.Value)} = {Display.Percent(plain)}, below a coin flip from {Display.Number(half)} steps; noticing {Display.Percent(recall.Value)} of errors with {Display.Number(retries.Value)} retries lifts {Display.Number(m.Value)} steps to {Display.Percent(detected)}.");
        }

        // ---- C11, C12 --------------------------------------------------------------------------------------------------
        public ClaimCheck C11ExpectedValue()
        {
            var vc = Given(_valueOutput, continues: true, Unit(_valueOutput));
            var vs = Given(_valueOutput, continues: false, Unit(_valueOutput));
            if (vc is null || vs is null)
            {
                return NotQuantifiable("c11-expected-value", [ClaimId.C11], "Expected value at 60-40 and 70-30", "Scaling is likely (60-40 or 70-30) but must not be taken for granted.", "the scenario has no branches to weigh");
            }

            double Ev(double p) => (p * vc.Value) + ((1 - p) * vs.Value);
            var p = In("pContinue", 0.65, "the interview's 60-70% (C11)", "percent");
            var (ev60, ev70) = (Ev(0.6), Ev(0.7));
            var unit = Unit(_valueOutput);
            return Row("c11-expected-value", [ClaimId.C11], "Expected value at 60-40 and 70-30", [vc, vs, p], ev60, unit,
                $"{Display.WithUnit(ev60, unit)} at 60-40, {Display.WithUnit(ev70, unit)} at 70-30",
                "Nobody should assume scaling continues; the odds are about 60-40 or 70-30.",
                CheckVerdict.FollowsUnderAssumptions,
                $"EV = p V(continues) + (1 - p) V(rest) for '{_valueOutput}': ten points of odds move it {Display.Percent((ev70 / ev60) - 1, 2)}, and '{ContinuesName}' carries {Display.Percent(0.6 * vc.Value / ev60, 2)}-{Display.Percent(0.7 * vc.Value / ev70, 2)} of it; the odds themselves are a judgement (at the scenario's p = {Display.Number(p.Value)}: {Display.WithUnit(Ev(p.Value), unit)}).");
        }

        public ClaimCheck C12Branches()
        {
            if (_branches is null)
            {
                return NotQuantifiable("c12-branches", [ClaimId.C12], "The futures' probabilities add up to 1", "He would change his mind if the next model failed or data ran out.", "the scenario has no branches");
            }

            var inputs = _branches.Outcomes.Select(o => new CheckInput($"p({o.Name})", o.Probability.Mean, "percent", $"scenario: branches.{o.Name}.probability = {o.Branch.Probability}, mean")).ToArray();
            var sum = inputs.Sum(i => i.Value);
            return Row("c12-branches", [ClaimId.C12], "The futures' probabilities add up to 1", inputs, sum, "percent",
                string.Join(" + ", inputs.Select(i => $"{i.Name} {Display.Percent(i.Value)}")) + $" = {Display.Number(sum, 6)}",
                "He would change his mind if the next model kept failing or data ran out: the futures are continues / stalls / stops.",
                CheckVerdict.Follows,
                $"The scenario's {inputs.Length} branches are checked to sum to 1 in every sample; what would move probability between them (failed next models, exhausted data) is not quantified by the interview.");
        }

        // ---- C13, C14 --------------------------------------------------------------------------------------------------
        public ClaimCheck C13Crispr()
        {
            var years = In("crisprYears", DiscoverySpeedup.CrisprYears, "DiscoverySpeedup.CrisprYears (C13)", "years");
            var low = In("speedupLow", DiscoverySpeedup.SpeedupLow, "DiscoverySpeedup.SpeedupLow (C13)", "x");
            var high = In("speedupHigh", DiscoverySpeedup.SpeedupHigh, "DiscoverySpeedup.SpeedupHigh (C13)", "x");
            var atLow = DiscoverySpeedup.YearsAt(years.Value, low.Value);
            var atHigh = DiscoverySpeedup.YearsAt(years.Value, high.Value);
            return Row("c13-crispr", [ClaimId.C13], "CRISPR's 30 years at 10x and 100x", [years, low, high], atLow, "years",
                $"{Display.Number(atLow)} years at {Display.Number(low.Value)}x, {Display.Number(atHigh)} at {Display.Number(high.Value)}x",
                "AI could speed discovery 10x, maybe 100x: a CRISPR-like 30-year path would be much shorter.",
                CheckVerdict.Follows,
                $"{Display.Number(years.Value)} / {Display.Number(low.Value)} = {Display.Number(atLow)} years and {Display.Number(years.Value)} / {Display.Number(high.Value)} = {Display.Number(atHigh)} years; whether the speed-up happens is not what the arithmetic checks.");
        }

        public ClaimCheck C13Century()
        {
            var years = In("centuryYears", DiscoverySpeedup.CenturyYears, "DiscoverySpeedup.CenturyYears (C13)", "years");
            var tLow = In("compressedYearsLow", DiscoverySpeedup.CompressedYearsLow, "DiscoverySpeedup.CompressedYearsLow (C13)", "years");
            var tHigh = In("compressedYearsHigh", DiscoverySpeedup.CompressedYearsHigh, "DiscoverySpeedup.CompressedYearsHigh (C13)", "years");
            var low = In("speedupLow", DiscoverySpeedup.SpeedupLow, "DiscoverySpeedup.SpeedupLow (C13)", "x");
            var high = In("speedupHigh", DiscoverySpeedup.SpeedupHigh, "DiscoverySpeedup.SpeedupHigh (C13)", "x");
            var c = DiscoverySpeedup.CheckConsistency(low.Value, high.Value, years.Value, tLow.Value, tHigh.Value);
            return Row("c13-century", [ClaimId.C13], "A century in 5-10 years needs 10-20x", [years, tLow, tHigh, low, high], c.NeededSpeedupHigh, "x",
                $"needs {Display.Number(c.NeededSpeedupLow)}-{Display.Number(c.NeededSpeedupHigh)}x; claimed {Display.Number(low.Value)}-{Display.Number(high.Value)}x",
                "A century of biology could be compressed into 5-10 years.",
                c.IsConsistent ? CheckVerdict.Follows : CheckVerdict.DoesNotFollow,
                c.IsConsistent
                    ? $"{Display.Number(years.Value)} years in {Display.Number(tHigh.Value)}-{Display.Number(tLow.Value)} needs {Display.Number(c.NeededSpeedupLow)}-{Display.Number(c.NeededSpeedupHigh)}x, which '{Display.Number(low.Value)}x, maybe {Display.Number(high.Value)}x' covers at its low end ({Display.Percent(c.ClaimedShareInsideNeeded, 2)} of the claimed range on a log scale); at {Display.Number(high.Value)}x the century would take {Display.Number(c.YearsAtClaimedHigh)} year(s)."
                    : $"{Display.Number(years.Value)} years in {Display.Number(tHigh.Value)}-{Display.Number(tLow.Value)} needs {Display.Number(c.NeededSpeedupLow)}-{Display.Number(c.NeededSpeedupHigh)}x, outside the claimed {Display.Number(low.Value)}-{Display.Number(high.Value)}x.");
        }

        public static ClaimCheck C14Nationalization() => NotQuantifiable("c14-nationalization", [ClaimId.C14], "Ordinary technology or a race",
            "If scaling fails AI is an ordinary technology; if it holds, the question is whether rivals keep pace.",
            "the claim labels the branches (the 'stops' branch is the ordinary technology) and adds no number to check");

        // ---- Across claims ---------------------------------------------------------------------------------------------
        public ClaimCheck C02C05FirmCount()
        {
            var revenue = Given("modelRevenue", continues: true, "USD");
            if (revenue is null)
            {
                return NotQuantifiable("c02-c05-firm-count", [ClaimId.C02, ClaimId.C05], "Firms a market sustains (Sutton)", "Only 4-5 builders can compete at the top tier.", "the scenario has no 'modelRevenue' variable or no branches");
            }

            var (parameterCost, costInputs) = ParameterReadingCost();
            var dollars = In("topTierTrainingUsd", 1e11, "TierLadder: $1e8 x 10^3 (C02)", "USD");
            var onDollars = MarketStructure.SunkCostFirmBound(revenue.Value, dollars.Value);
            var onParameters = MarketStructure.SunkCostFirmBound(revenue.Value, parameterCost);
            var follows = onDollars < 10 && onParameters >= 10;
            return Row("c02-c05-firm-count", [ClaimId.C02, ClaimId.C05], "Firms a market sustains (Sutton)", [revenue, dollars, .. costInputs], onDollars, "firms",
                $"{Display.Number(onDollars)} firms on dollars, {Display.Number(onParameters)} on parameters",
                "Only 4-5 builders (plus some state-backed ones) can compete at the top tier.",
                follows ? CheckVerdict.FollowsUnderAssumptions : CheckVerdict.DoesNotFollow,
                $"Sutton's bound sqrt(S / sigma) with S = the model layer's {Display.Usd(revenue.Value)} a year given '{ContinuesName}' and sigma = one frontier run: {Display.Number(onDollars)} firms at {Display.Usd(dollars.Value)} (dollar reading), {Display.Number(onParameters)} at {Display.Usd(parameterCost)} (parameter reading); "
                + (follows ? "'4-5' follows from the dollar reading only." : "neither reading gives a handful of firms."));
        }

        public ClaimCheck C11C02ValueOfInformation()
        {
            var vc = Given("modelProfitPerFirm", continues: true, "USD");
            var vs = Given("modelProfitPerFirm", continues: false, "USD");
            if (vc is null || vs is null)
            {
                return NotQuantifiable("c11-c02-value-of-information", [ClaimId.C11, ClaimId.C02], "Value of knowing whether scaling continues", "Commit to the next tier's run at 60-70% odds.", "the scenario has no 'modelProfitPerFirm' variable or no branches");
            }

            var cost = In("frontierRunUsd", 1e11, "the top tier's $1e11 (C02, dollar reading)", "USD");
            var years = In("payoffYears", 1, "one year of profit per model (assumption)", "years");
            var p = In("pContinue", 0.65, "the interview's 60-70% (C11)", "percent");
            var (gc, gs) = ((years.Value * vc.Value) - cost.Value, (years.Value * vs.Value) - cost.Value);
            double Invest(double q) => (q * gc) + ((1 - q) * gs);
            double Informed(double q) => (q * Math.Max(gc, 0)) + ((1 - q) * Math.Max(gs, 0));
            var evpi = Informed(p.Value) - Math.Max(Invest(p.Value), 0);
            double? breakEven = gc == gs ? null : -gs / (gc - gs);
            var verdict = breakEven is not { } b || b < 0 || b > 1
                ? (Invest(0.6) >= 0 ? CheckVerdict.Follows : CheckVerdict.DoesNotFollow)
                : b <= 0.6 ? CheckVerdict.Follows : b <= 0.7 ? CheckVerdict.FollowsUnderAssumptions : CheckVerdict.DoesNotFollow;
            var be = breakEven is { } x && x is >= 0 and <= 1 ? Display.Percent(x, 2) : "none in [0, 1]";
            return Row("c11-c02-value-of-information", [ClaimId.C11, ClaimId.C02], "Value of knowing whether scaling continues", [vc, vs, cost, years, p], evpi, "USD",
                $"EVPI {Display.Usd(evpi)} per builder; break-even odds {be}",
                "At 60-70% odds, committing to the next tier's training run pays.",
                verdict,
                $"A builder paying {Display.Usd(cost.Value)} for {Display.Number(years.Value)} year(s) of {Display.Usd(vc.Value)} (continues) or {Display.Usd(vs.Value)} (rest) a year: E[invest] = {Display.Usd(Invest(p.Value))} at p = {Display.Number(p.Value)}, E[max] - max E = {Display.Usd(evpi)}; the run pays only if P(continues) > {be}.");
        }

        public ClaimCheck C07C05Builders()
        {
            var revenue = Given("modelRevenue", continues: true, "USD");
            if (revenue is null)
            {
                return NotQuantifiable("c07-c05-builders", [ClaimId.C07, ClaimId.C05], "Builders who cover a frontier run", "10-30% cheaper inference changes the economics a lot.", "the scenario has no 'modelRevenue' variable or no branches");
            }

            var m = In("modelMargin", UnitEconomics.DefaultModelGrossMargin, "UnitEconomics.DefaultModelGrossMargin (ModelCompanyMargins)", "percent");
            var k = In("inferenceShareOfModelCost", UnitEconomics.DefaultModelInferenceShareOfCost, "UnitEconomics.DefaultModelInferenceShareOfCost (assumption)", "percent");
            var cost = In("frontierRunUsd", 1e11, "the top tier's $1e11 (C02, dollar reading)", "USD");
            var years = In("payoffYears", 1, "one year of profit per model (assumption)", "years");
            // Rounding guard: a profit that covers exactly six runs must not count five because of the last bit of a mean.
            double Builders(double margin) => Math.Floor((years.Value * revenue.Value * margin / cost.Value) + 1e-9);
            var before = Builders(m.Value);
            var after = UnitEconomics.InferenceGainCases.Select(s => Builders(UnitEconomics.NewGrossMargin(m.Value, s, k.Value))).ToArray();
            var added = after[^1] - before;
            return Row("c07-c05-builders", [ClaimId.C07, ClaimId.C05], "Builders who cover a frontier run", [revenue, m, k, cost, years], added, "firms",
                $"{Display.Number(before)} -> {string.Join(" / ", after.Select(a => Display.Number(a)))} builders",
                "10-30% cheaper inference changes the economics a lot (here: how many builders can pay for a frontier run).",
                added >= 1 ? CheckVerdict.FollowsUnderAssumptions : CheckVerdict.DoesNotFollow,
                $"With the gross profit ({Display.Usd(revenue.Value)} x {Display.Percent(m.Value)}) split equally, floor(gross profit / {Display.Usd(cost.Value)}) builders cover a run: {Display.Number(before)} today, {string.Join(" / ", after.Select(a => Display.Number(a)))} at 10/20/30% savings; "
                + (added >= 1 ? $"the saving adds {Display.Number(added)} builder(s): a change at the margin, not of market structure." : "the saving adds no builder."));
        }

        // ---- Helpers ---------------------------------------------------------------------------------------------------
        private (double Cost, CheckInput[] Inputs) ParameterReadingCost()
        {
            var n = In("topTierParameters", 1e11, "TierLadder: 1e8 x 10^3 (C02)", "params");
            var r = In("tokensPerParameter", ComputeOptimal.ChinchillaTokensPerParameter, "ComputeOptimal.ChinchillaTokensPerParameter (Hoffmann2022)");
            var peak = In("acceleratorPeakFlops", Accelerator.H100Sxm.PeakFlopsPerSecond, "Accelerator.H100Sxm (NvidiaH100Datasheet)", "FLOP/s");
            var mfu = In("mfu", Hardware.DefaultModelFlopsUtilization, "Hardware.DefaultModelFlopsUtilization (Chowdhery2022, Meta2024)", "percent");
            var price = In("usdPerAcceleratorHour", Hardware.ReferenceH100UsdPerHour, "Hardware.ReferenceH100UsdPerHour (DeepSeekV3)", "USD");
            var cost = TrainingCompute.Flops(n.Value, r.Value * n.Value) / (peak.Value * mfu.Value) / 3600 * price.Value;
            return (cost, [n, r, peak, mfu, price]);
        }

        private static ClaimCheck Row(string key, ClaimId[] claims, string title, CheckInput[] inputs, double? value, string? unit, string valueText, string conclusion, CheckVerdict verdict, string reasoning)
            => new(key, claims, title, inputs, value, unit, valueText, conclusion, verdict, reasoning);

        private static ClaimCheck NotQuantifiable(string key, ClaimId[] claims, string title, string conclusion, string why)
            => new(key, claims, title, [], null, null, "-", conclusion, CheckVerdict.NotQuantifiable, $"Not quantifiable here: {why}.");

        private static CheckInput Constant(string name, double value, string source, string? unit = null) => new(name, value, unit, "library: " + source);

        private ScenarioVariable? Variable(string name) => _scenario.Variables.FirstOrDefault(v => v.Name == name);

        private string? Formula(string name) => Variable(name)?.Formula;

        private string? Unit(string name) => Variable(name)?.Unit;

        private CheckInput In(string name, double fallback, string fallbackSource, string? unit = null) => Stat(name, fallback, fallbackSource, unit, s => s.Mean, "mean");

        private CheckInput Min(string name, double fallback, string fallbackSource, string? unit = null) => Stat(name, fallback, fallbackSource, unit, s => s.Min, "smallest draw");

        private CheckInput Max(string name, double fallback, string fallbackSource, string? unit = null) => Stat(name, fallback, fallbackSource, unit, s => s.Max, "largest draw");

        private CheckInput Stat(string name, double fallback, string fallbackSource, string? unit, Func<Summary, double> statistic, string what)
        {
            if (Variable(name) is not { } variable)
            {
                return Constant(name, fallback, fallbackSource, unit);
            }

            var summary = _run[name];
            return variable.Node.IsConstant
                ? new CheckInput(name, summary.Mean, variable.Unit ?? unit, $"scenario: {name} = {variable.Formula}")
                : new CheckInput(name, statistic(summary), variable.Unit ?? unit, $"scenario: {name} = {variable.Formula}, {what}");
        }

        /// <summary>The mean of a variable given the continues branch, or given the other branches together (weighted by their probabilities); null without branches or variable.</summary>
        private CheckInput? Given(string name, bool continues, string? unit)
        {
            if (_branches is null || Variable(name) is not { } variable)
            {
                return null;
            }

            var expectation = _branches.ExpectedValue(name);
            var weights = _branches.Outcomes.Select(o => o.Probability.Mean).ToArray();
            var own = weights[_continues];
            double value;
            if (continues)
            {
                value = own > 0 ? expectation.Contributions[_continues] / own : _branches.Outcomes[_continues].Result[name].Mean;
            }
            else if (_branches.Outcomes.Count < 2)
            {
                return null;
            }
            else
            {
                var rest = weights.Sum() - own;
                value = rest > 0
                    ? (expectation.Mean - expectation.Contributions[_continues]) / rest
                    : _branches.Outcomes.Where((_, i) => i != _continues).Average(o => o.Result[name].Mean);
            }

            var others = string.Join(", ", _branches.Outcomes.Where((_, i) => i != _continues).Select(o => o.Name));
            return new CheckInput($"{name} | {(continues ? ContinuesName : others)}", value, variable.Unit ?? unit,
                $"scenario: {name} given '{(continues ? ContinuesName : others)}', mean");
        }
    }
}
