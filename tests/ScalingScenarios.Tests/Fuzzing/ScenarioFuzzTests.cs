using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;
using Xunit.Abstractions;

namespace ScalingScenarios.Tests.Fuzzing;

/// <summary>
/// The fuzzer (issue 11): generated and mutated scenario files and formulas must parse, or fail with located
/// <see cref="ScenarioError"/>s whose messages are short and free of internal names; a valid file must run (64
/// samples) or stop with a <see cref="SimulationException"/>. Any other exception, a crash or a stack overflow fails.
/// </summary>
/// <remarks>
/// <c>dotnet test</c> tries a few thousand inputs (a few seconds). <c>scripts/fuzz.sh N</c> sets
/// <c>SCALING_FUZZ_INPUTS=N</c> for a long run, which counts failures instead of stopping at the first, and writes
/// the figures (inputs tried, failures, slowest input) to <c>SCALING_FUZZ_REPORT</c> (docs/reliability.md).
/// </remarks>
public class ScenarioFuzzTests(ITestOutputHelper output)
{
    /// <summary>Inputs per generator in a normal test run.</summary>
    private const int QuickInputs = 600;

    /// <summary>The longest message a single error may have (location, expected, found and hint, each bounded).</summary>
    private const int MaxMessage = (3 * ScenarioError.MaxPart) + ScenarioError.MaxQuoted + 200;

    /// <summary>Words that only the library's internals use and that a user must never see.</summary>
    private static readonly string[] InternalWords = ["(Parameter '", "isFinalBlock", "payload", "map(", "Exception", "System.", "   at ", "leaves["];

    private static readonly SimulationOptions RunOptions = SimulationOptions.Default.WithSamples(64).WithThreads(1);

    private static readonly (string Name, Gen<string> Gen)[] Generators =
    [
        ("generated files", FuzzInputs.ScenarioFile),
        ("mutated files", FuzzInputs.MutatedFile),
        ("formulas", FuzzInputs.Formula.Select(FuzzInputs.FileWithFormula)),
        ("mutated and deep formulas", FuzzInputs.MutatedFormulaFile),
        ("well-formed files", FuzzInputs.WellFormedFile),
    ];

    /// <summary>Checks one input against the invariant; throws (an assertion or the library's unexpected exception) when it breaks.</summary>
    internal static void Check(string text) => _ = CheckInput(text);

    /// <summary>What became of one input.</summary>
    private enum Outcome
    {
        /// <summary>The file has errors (each located and bounded).</summary>
        Invalid,

        /// <summary>The file is valid and its run stopped at a sample with a located <see cref="SimulationException"/>.</summary>
        StoppedAtASample,

        /// <summary>The file is valid and ran to the end.</summary>
        Ran,
    }

    /// <summary>Checks one input; returns what became of it.</summary>
    private static Outcome CheckInput(string text)
    {
        // A message may quote the user's own text, so a word the input itself contains (a formula calling "map(", a name
        // "Exception") is not a leak; the first long run flagged two such quotes.
        var internalWords = InternalWords.Where(w => !text.Contains(w, StringComparison.Ordinal)).ToArray();
        var errors = Scenario.Validate(text);
        foreach (var error in errors)
        {
            (error.Line is not null || error.Variable is not null || error.Field is not null).Should().BeTrue($"every error is located: {error.Message}");
            error.Message.Length.Should().BeLessThanOrEqualTo(MaxMessage);
            error.Message.Should().NotContainAny(internalWords).And.NotContain("\u001b").And.NotContain("\0");
            error.ToCaretDisplay(text)?.Length.Should().BeLessThanOrEqualTo((2 * ScenarioError.ExcerptWidth) + 20);
        }

        var report = ScenarioErrorReport.Format("fuzz.json", errors, text);
        report.Length.Should().BeLessThanOrEqualTo(100 + (ScenarioErrorReport.MaxErrorsShown * (MaxMessage + (2 * ScenarioError.ExcerptWidth) + 30)));
        if (errors.Count > 0)
        {
            Scenario.TryParse(text, out var none, out _).Should().BeFalse();
            none.Should().BeNull();
            return Outcome.Invalid;
        }

        var scenario = Scenario.Parse(text);
        try
        {
            var result = scenario.Run(RunOptions);
            result.Outputs.Should().HaveCount(scenario.Outputs.Count);

            foreach (var o in result.Outputs)
            {
                // A summary is consistent whatever the model: ordered quantiles, the mean inside [min, max], a finite spread.
                (o.Min <= o.P5 && o.P5 <= o.P50 && o.P50 <= o.P95 && o.P95 <= o.Max).Should().BeTrue($"quantiles of {o.Name} are ordered");
                (o.Min <= o.Mean && o.Mean <= o.Max).Should().BeTrue($"the mean of {o.Name} lies in [min, max]");
                (double.IsFinite(o.StdDev) && o.StdDev >= 0).Should().BeTrue($"the spread of {o.Name} is finite");
            }
        }
        catch (SimulationException ex)
        {
            ex.Message.Should().NotContainAny(internalWords);
            return Outcome.StoppedAtASample;
        }

        return Outcome.Ran;
    }

    public static TheoryData<string> GeneratorNames => [.. Generators.Select(g => g.Name)];

    [Theory]
    [MemberData(nameof(GeneratorNames))]
    public void Validate_FuzzedInputs_ParseOrFailWithLocatedErrors(string generator)
    {
        var inputs = Environment.GetEnvironmentVariable("SCALING_FUZZ_INPUTS") is { } n
            ? long.Parse(n, NumberStyles.Float, CultureInfo.InvariantCulture) / Generators.Length
            : QuickInputs;
        var gen = Generators.Single(g => g.Name == generator).Gen;
        if (inputs <= QuickInputs)
        {
            // CsCheck stops at the first failure and shrinks it to a small failing input.
            // CsCheck prints the seed of a failing run, to replay it.
            gen.Sample(Check, iter: inputs, threads: 1);
            return;
        }

        var path = Environment.GetEnvironmentVariable("SCALING_FUZZ_REPORT");
        void Report(string line)
        {
            if (!string.IsNullOrEmpty(path))
            {
                lock (Generators)
                {
                    File.AppendAllText(path, line + Environment.NewLine);
                }
            }
        }

        var run = FuzzRun.Execute(gen, inputs, line => Report($"fuzz {generator} {line}"));
        var summary = run.Summary(generator);
        output.WriteLine(summary);
        Report(summary);

        run.Failures.Should().BeEmpty(summary);
    }

    [Fact]
    public void Check_KnownHostileInputs_HoldTheInvariant()
    {
        // Inputs that broke the invariant once (found by hand or by the fuzzer), kept as regression cases.
        string[] inputs =
        [
            string.Empty,
            "{",
            "{ \"name\": \"\\ud800\", \"variables\": { \"a\": 1 }, \"outputs\": [\"a\"] }",
            "{ \"name\": \"t\", \"variables\": { \"\\udc00\": 1 }, \"outputs\": [\"\\udc00\"] }",
            FuzzInputs.FileWithFormula(new string('(', 9000)),
            FuzzInputs.FileWithFormula("1" + new StringBuilder().Insert(0, " + 1", 30_000)),
            FuzzInputs.FileWithFormula("b to b"),
            FuzzInputs.FileWithFormula("mixture([b, 1 to 2], [1, 1]) ^ 400"),
            FuzzInputs.FileWithFormula("discrete([1e308, 1e308], [1, 1]) * 10"),
            FuzzInputs.FileWithFormula("\u001b[31m"),
            "{ \"name\": \"t\", \"samples\": 2147483647, \"variables\": { \"a\": \"1\" }, \"outputs\": [\"a\"] }",
            "\"map(b, 1) == Exception\"", // the message quotes the user's "map(": not a leak (a false alarm of the first long run)
            FuzzInputs.FileWithFormula("b to 1e307"), // overflows in some of the 64 samples: the message must name the helper nodes after the formula, not map(…)
        ];

        foreach (var input in inputs)
        {
            Check(input);
        }
    }

    /// <summary>A long run that keeps going after a failure: counts inputs, distinct failures and the slowest input.</summary>
    private sealed class FuzzRun
    {
        private readonly ConcurrentDictionary<string, (string Input, int Count)> _failures = new();
        private long _tried;
        private long _valid;
        private long _ran;
        private long _slowestTicks;
        private string _slowest = string.Empty;

        public IReadOnlyDictionary<string, (string Input, int Count)> Failures => _failures;

        public TimeSpan Elapsed { get; private set; }

        private const long ProgressEvery = 10_000;

        public Action<string>? Progress { get; private init; }

        public static FuzzRun Execute(Gen<string> gen, long inputs, Action<string>? progress)
        {
            var run = new FuzzRun { Progress = progress };
            var clock = Stopwatch.StartNew();
            gen.Sample(run.Try, iter: inputs, threads: Environment.ProcessorCount);
            run.Elapsed = clock.Elapsed;
            return run;
        }

        public string Summary(string generator)
        {
            var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"fuzz {generator}: {_tried:N0} inputs tried ({_valid:N0} valid, {_ran:N0} of them ran to the end), {_failures.Count} distinct failures ({_failures.Values.Sum(f => f.Count):N0} inputs), {Elapsed.TotalSeconds:F0} s, slowest input {TimeSpan.FromTicks(_slowestTicks).TotalMilliseconds:F0} ms ({_slowest.Length:N0} characters)");
            sb.Append(CultureInfo.InvariantCulture, $"\n  slowest input: {ScenarioError.Printable(_slowest.Length > 300 ? _slowest[..300] + "…" : _slowest)}");
            foreach (var (signature, (input, count)) in _failures.Take(20))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n  {count:N0} x {signature}\n    input: {ScenarioError.Printable(input.Length > 300 ? input[..300] + "…" : input)}");
            }

            return sb.ToString();
        }

        private void Try(string input)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                var outcome = CheckInput(input);
                if (outcome != Outcome.Invalid)
                {
                    Interlocked.Increment(ref _valid);
                }

                if (outcome == Outcome.Ran)
                {
                    Interlocked.Increment(ref _ran);
                }
            }
            catch (Exception ex)
            {
                // One entry per exception type and first line of its message, with the first input that caused it.
                var signature = ex.GetType().Name + ": " + ex.Message.Split('\n')[0];
                _failures.AddOrUpdate(signature[..Math.Min(signature.Length, 200)], _ => (input, 1), (_, f) => (f.Input, f.Count + 1));
            }

            var ticks = Stopwatch.GetElapsedTime(start).Ticks;
            if (Interlocked.Increment(ref _tried) % ProgressEvery == 0 && Progress is { } progress)
            {
                // A long run on a busy machine may be stopped before it ends: the report keeps the figures so far.
                progress($"progress: {Interlocked.Read(ref _tried):N0} inputs tried, {_failures.Count} distinct failures");
            }

            lock (_failures)
            {
                if (ticks > _slowestTicks)
                {
                    (_slowestTicks, _slowest) = (ticks, input);
                }
            }
        }
    }
}
