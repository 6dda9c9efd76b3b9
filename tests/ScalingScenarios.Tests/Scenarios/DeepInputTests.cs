using System.Text;
using System.Text.Json;
using ScalingScenarios.Formulas;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Scenarios;

/// <summary>
/// Issue 11, class 1: no input may overflow the stack. Every test runs on a thread with a 1 MB stack (the size of a
/// default .NET thread on Windows and of many thread pools), where the recursive pipeline used to die at about 800
/// levels; a stack overflow cannot be caught, so on the old code these tests crash the test run.
/// </summary>
public class DeepInputTests
{
    private const int OneMegabyte = 1 << 20;

    /// <summary>Runs <paramref name="action"/> on a new thread with a 1 MB stack and rethrows what it threw.</summary>
    internal static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            OneMegabyte);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The action failed on the 1 MB-stack thread.", failure);
        }
    }

    private static string File(string formula, string extraVariables = "")
        => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["name"] = "deep",
            ["samples"] = 1000,
            ["variables"] = new Dictionary<string, string> { ["a"] = formula },
            ["outputs"] = new[] { "a" },
        }).Replace("{\"a\":", "{" + extraVariables + "\"a\":", StringComparison.Ordinal);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    public static TheoryData<string, string> DeepFormulas => new()
    {
        { "8,000 parentheses", Repeat("(", 8000) + "1" + Repeat(")", 8000) },
        { "10,000 nested calls", Repeat("abs(", 10_000) + "1" + Repeat(")", 10_000) },
        { "30,000 unary minuses", Repeat("-", 30_000) + "1" },
        { "20,000-long ^ chain", string.Join(" ^ ", Enumerable.Repeat("1", 20_000)) },
        { "20,000-long ?: chain", Repeat("1 ? 1 : ", 20_000) + "0" },
        { "20,000 nested ?: conditions", Repeat("(1 ? ", 20_000) + "1" + Repeat(" : 0)", 20_000) },
        { "10,000 nested lists", "discrete(" + Repeat("[", 10_000) + "1" + Repeat("]", 10_000) + ", [1])" },
    };

    public static TheoryData<string, string> FormulasAtTheLimit => new()
    {
        { "parentheses", Repeat("(", Parser.MaxNesting) + "1" + Repeat(")", Parser.MaxNesting) },
        // uniform(…) opens the last level itself.
        { "calls", Repeat("abs(", Parser.MaxNesting - 1) + "uniform(1, 2)" + Repeat(")", Parser.MaxNesting - 1) },
        { "unary minuses", Repeat("-", Parser.MaxNesting - 1) + "uniform(1, 2)" },
        { "^ chain", string.Join(" ^ ", Enumerable.Repeat("uniform(1, 1.01)", Parser.MaxNesting)) },
        { "?: chain", Repeat("bernoulli(0.5) ? 1 : ", Parser.MaxNesting) + "0" },
        { "mixed", Repeat("-(1 + abs(", Parser.MaxNesting / 3) + "normal(0, 1)" + Repeat("))", Parser.MaxNesting / 3) },
    };

    [Theory]
    [MemberData(nameof(DeepFormulas))]
    public void Validate_NestingFarBeyondTheLimit_IsOneLocatedSyntaxError(string what, string formula)
    {
        IReadOnlyList<ScenarioError> errors = [];
        OnSmallStack(() => errors = Scenario.Validate(File(formula)));

        var error = errors.Should().ContainSingle(what).Which;
        error.Kind.Should().Be(ScenarioErrorKind.Syntax);
        (error.Variable, error.Line).Should().Be(("a", 1));
        error.Position.Should().BeGreaterThan(Parser.MaxNesting, "the error points at the token that opens level 101");
        error.Found.Should().EndWith($"opening level {Parser.MaxNesting + 1}");
        error.Expected.Should().StartWith($"at most {Parser.MaxNesting} levels of nesting");
        error.Message.Length.Should().BeLessThan(500, "the message quotes no formula");
    }

    [Theory]
    [MemberData(nameof(FormulasAtTheLimit))]
    public void ParseAndRun_NestingAtTheLimit_WorksOnASmallStack(string what, string formula)
    {
        ScenarioResult? result = null;
        OnSmallStack(() => result = Scenario.Parse(File(formula)).Run());

        double.IsFinite(result!["a"].Mean).Should().BeTrue(what);
    }

    [Fact]
    public void Validate_OneLevelOverTheLimit_PointsAtTheOpeningBracket()
    {
        var formula = Repeat("(", Parser.MaxNesting + 1) + "1" + Repeat(")", Parser.MaxNesting + 1);

        var error = Scenario.Validate(File(formula)).Should().ContainSingle().Which;

        // Characters 1..100 open levels 1..100; character 101 opens level 101.
        error.Position.Should().Be(Parser.MaxNesting + 1);
    }

    [Fact]
    public void ParseAndRun_SumOf100000Terms_IsComputedIteratively()
    {
        // 100,000 uncertain terms of exactly 1 (uniform(1, 1 + 1e-12) differs from 1 by less than 1e-12 each): the sum is 100,000.
        var formula = string.Join(" + ", Enumerable.Repeat("uniform(1, 1.000000000001)", 100_000));
        ScenarioResult? result = null;
        OnSmallStack(() => result = Scenario.Parse(File(formula)).Run(SimulationOptions.Default.WithSamples(100)));

        result!["a"].Mean.Should().BeApproximately(100_000, 1e-3);
    }

    [Fact]
    public void Parse_ConstantProductAndSumChain_FoldsWithoutRecursion()
    {
        // 50,000 times "+ 2 * 3 / 3 - 1": each term adds 1 (2 * 3 / 3 - 1 = 1), starting from 0.
        var formula = "0" + Repeat(" + 2 * 3 / 3 - 1", 50_000);
        Scenario? scenario = null;
        OnSmallStack(() => scenario = Scenario.Parse(File(formula)));

        scenario!.Variable("a").Node.Distribution.Should().BeNull();
        scenario.Run(SimulationOptions.Default.WithSamples(10))["a"].Mean.Should().Be(50_000);
    }

    [Fact]
    public void Print_SumOf100000Terms_RoundTripsOnASmallStack()
    {
        var formula = string.Join(" - ", Enumerable.Range(1, 100_000).Select(i => $"x{i % 7} * (a + {i})"));
        string printed = string.Empty;
        OnSmallStack(() => printed = FormulaPrinter.Print(Parser.Parse(formula)));

        printed.Should().Be(formula);
    }

    [Fact]
    public void Validate_ChainOf100000Variables_OrdersThemWithoutRecursion()
    {
        // v0 uses v1, v1 uses v2, …, v99999 is a distribution: a dependency chain as long as the file.
        var variables = string.Concat(Enumerable.Range(0, 99_999).Select(i => $"\"v{i}\": \"v{i + 1} + 1\", ")) + "\"v99999\": \"uniform(0, 1)\", ";
        var file = File("v0", variables);
        ScenarioResult? result = null;
        OnSmallStack(() => result = Scenario.Parse(file).Run(SimulationOptions.Default.WithSamples(10)));

        // a = v0 = v99999 + 99,999 with v99999 in [0, 1].
        result!["a"].Mean.Should().BeInRange(99_999, 100_000);
    }

    [Fact]
    public void Validate_CycleThrough50000Variables_IsOneErrorWithAShortMessage()
    {
        var variables = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"\"v{i}\": \"v{(i + 1) % 50_000} + 1\", "));
        IReadOnlyList<ScenarioError> errors = [];
        OnSmallStack(() => errors = Scenario.Validate(File("v0", variables)));

        var error = errors.Should().ContainSingle().Which;
        error.Kind.Should().Be(ScenarioErrorKind.Cycle);
        error.Found.Should().StartWith("the cycle v0 -> v1 -> ").And.Contain("more)");
        error.Message.Length.Should().BeLessThan(400);
    }

    [Fact]
    public void Simulate_GraphBuiltInCSharpWith100000Nodes_CompilesAndDescribesOnASmallStack()
    {
        Summary? summary = null;
        var description = string.Empty;
        OnSmallStack(() =>
        {
            // A loop adding 100,000 nodes: x = ((0 + 1) + 1) + … + 1, each step also through a unary minus twice.
            Uncertain x = Uncertain.Uniform(0, 1);
            for (var i = 0; i < 50_000; i++)
            {
                x = -(-(x + 1));
            }

            description = x.ToString();
            summary = x.Simulate(samples: 100);
        });

        summary!.Mean.Should().BeInRange(50_000, 50_001);
        description.Length.Should().BeLessThanOrEqualTo(120, "ToString describes three levels at most");
    }
}
