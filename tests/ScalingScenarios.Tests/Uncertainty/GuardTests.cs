using System.Reflection;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

/// <summary>
/// Issue 11, library guards: every public factory of the engine rejects NaN and ±∞ with the parameter's public name
/// (<c>Uncertain.Uniform(NaN, 1)</c> blames <c>min</c>, not the implicit conversion's <c>value</c>).
/// </summary>
public class GuardTests
{
    private static readonly Uncertain U = Uncertain.Uniform(0.2, 0.3);

    public static TheoryData<string, int, double> SpecParameters()
    {
        var data = new TheoryData<string, int, double>();
        foreach (var spec in DistributionSpecs.All)
        {
            for (var i = 0; i < spec.Parameters.Count; i++)
            {
                data.Add(spec.Name, i, double.NaN);
                data.Add(spec.Name, i, double.PositiveInfinity);
                data.Add(spec.Name, i, double.NegativeInfinity);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecParameters))]
    public void DistributionFactory_NonFiniteParameter_NamesIt(string family, int index, double bad)
    {
        var (spec, args) = Arguments(family, index, bad);
        var factory = Factory(typeof(Distribution), spec);

        var act = () => Invoke(factory, [.. args.Cast<object>()]);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == spec.Parameters[index])
            .WithMessage($"Expected a finite number; got {Guard.Format(bad)}.*");
    }

    [Theory]
    [MemberData(nameof(SpecParameters))]
    public void UncertainFactory_NonFiniteConstant_NamesIt(string family, int index, double bad)
    {
        var (spec, args) = Arguments(family, index, bad);
        var factory = Factory(typeof(Uncertain), spec);

        // Every argument goes through the implicit conversion, as in Uncertain.Uniform(double.NaN, 1).
        var act = () => Invoke(factory, [.. args.Select(a => (object)(Uncertain)a)]);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == spec.Parameters[index]);
    }

    [Theory]
    [MemberData(nameof(SpecParameters))]
    public void UncertainFactory_NonFiniteConstantBesideUncertainOnes_NamesIt(string family, int index, double bad)
    {
        // The other parameters are nodes, so the leaf is a sampled node: its constant parameters are still checked at once.
        var (spec, args) = Arguments(family, index, bad);
        var zero = 0 * U;
        var nodes = args.Select((a, i) => i == index ? (Uncertain)a : a + zero).ToArray();

        var act = () => Uncertain.Sampled(spec, nodes);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == spec.Parameters[index]);
    }

    [Fact]
    public void Uniform_NaNMin_NamesMin()
    {
        var act = () => Uncertain.Uniform(double.NaN, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "min")
            .WithMessage("Expected a finite number; got NaN. (Parameter 'min')");
    }

    public static TheoryData<string, string> OtherFactories() => new()
    {
        { "Constant", "value" },
        { "Point", "value" },
        { "LogNormalFromCredibleInterval", "low" },
        { "To", "high" },
        { "BetaFromMeanAndStdDev", "stdDev" },
        { "DiscreteValue", "values[1]" },
        { "DiscreteWeight", "weights[0]" },
        { "MixtureWeight", "weights[1]" },
        { "MixtureComponent", "components[0]" },
        { "Add", "right" },
        { "Multiply", "left" },
        { "Pow", "y" },
        { "Exp", "x" },
        { "Clamp", "lower" },
        { "If", "condition" },
        { "Map1", "a" },
        { "Map2", "b" },
        { "Map3", "c" },
        { "MapN", "args[1]" },
        { "Correlate", "rankCorrelation" },
        { "Run", "outputs[0]" },
        { "Simulate", "outputs[0]" },
    };

    [Theory]
    [MemberData(nameof(OtherFactories))]
    public void OtherFactory_NonFiniteNumber_NamesTheParameter(string factory, string parameter)
    {
        var nan = double.NaN;
        Action act = factory switch
        {
            "Constant" => () => Uncertain.Constant(nan),
            "Point" => () => Distribution.Point(double.PositiveInfinity),
            "LogNormalFromCredibleInterval" => () => Distribution.LogNormalFromCredibleInterval(nan, 10),
            "To" => () => Uncertain.To(1, double.PositiveInfinity),
            "BetaFromMeanAndStdDev" => () => Uncertain.BetaFromMeanAndStdDev(0.5, nan),
            "DiscreteValue" => () => Uncertain.Discrete([1, nan], [1, 1]),
            "DiscreteWeight" => () => Uncertain.Discrete([1, 2], [double.PositiveInfinity, 1]),
            "MixtureWeight" => () => Uncertain.Mixture([U, U], [1, nan]),
            "MixtureComponent" => () => Uncertain.Mixture([nan, U], [1, 1]),
            "Add" => () => _ = U + nan,
            "Multiply" => () => _ = double.NegativeInfinity * U,
            "Pow" => () => Uncertain.Pow(U, nan),
            "Exp" => () => Uncertain.Exp(nan),
            "Clamp" => () => Uncertain.Clamp(U, nan, 1),
            "If" => () => Uncertain.If(nan, U, U),
            "Map1" => () => Uncertain.Map(x => x, nan),
            "Map2" => () => Uncertain.Map((x, y) => x + y, U, nan),
            "Map3" => () => Uncertain.Map((x, y, z) => x + y + z, U, U, nan),
            "MapN" => () => Uncertain.Map(a => a[0], U, nan),
            "Correlate" => () => Uncertain.Correlate(nan, Uncertain.Beta(2, 3), Uncertain.Beta(3, 2)),
            "Run" => () => Simulation.Run(SimulationOptions.Default.WithSamples(10), nan),
            _ => () => ((Uncertain)nan).Simulate(10),
        };

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == parameter);
    }

    [Fact]
    public void Correlate_SameLeafTwice_Throws()
    {
        // Issue 11, item 5: a leaf is perfectly correlated with itself; a stated 0.5 would be silently ignored.
        var a = Uncertain.Beta(2, 3);

        var pair = () => Uncertain.Correlate(0.5, a, a);
        var matrix = () => Uncertain.Correlate(new[,] { { 1, 0.5, 0 }, { 0.5, 1, 0 }, { 0, 0, 1 } }, a, Uncertain.Beta(3, 2), a);

        pair.Should().Throw<ArgumentException>().Where(e => e.ParamName == "second")
            .WithMessage("Expected a leaf other than first (a leaf is perfectly correlated with itself); got the same leaf ('beta(2, 3)'). (Parameter 'second')");
        matrix.Should().Throw<ArgumentException>().Where(e => e.ParamName == "leaves[2]")
            .WithMessage("Expected distinct leaves (a leaf is perfectly correlated with itself); got the same leaf as leaves[0] ('beta(2, 3)'). (Parameter 'leaves[2]')");
    }

    [Fact]
    public void Violation_IsCarriedAsData()
    {
        var act = () => Distribution.Normal(0, -1);

        var violation = ParameterViolation.Of(act.Should().Throw<ArgumentOutOfRangeException>().Which);
        violation.Should().Be(new ParameterViolation("stdDev", "a positive number (> 0)", "-1"));
    }

    private static (DistributionSpec Spec, double[] Args) Arguments(string family, int index, double bad)
    {
        var spec = DistributionSpecs.Find(family)!;
        var args = NodeKindTests.ExampleValues(spec);
        args[index] = bad;
        return (spec, args);
    }

    /// <summary>The public factory named after the family ("lognormal" is LogNormal), with one parameter per spec parameter, in the same order and names.</summary>
    private static MethodInfo Factory(Type type, DistributionSpec spec)
    {
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => string.Equals(m.Name, spec.Name, StringComparison.OrdinalIgnoreCase) && m.GetParameters().Length == spec.Parameters.Count);
        method.GetParameters().Select(p => p.Name).Should().Equal(spec.Parameters, "the public names are the spec's names");
        return method;
    }

    private static void Invoke(MethodInfo method, object[] args)
    {
        try
        {
            method.Invoke(null, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
