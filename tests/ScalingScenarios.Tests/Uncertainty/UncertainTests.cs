using CsCheck;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class UncertainTests
{
    [Fact]
    public void Building_SamplesNothing_AndDescribesItself()
    {
        var x = Uncertain.Uniform(0.2, 0.5);
        var y = ((1 - x) * Uncertain.To(2000, 20000)).Named("y");

        x.ToString().Should().Be("uniform(0.2, 0.5)");
        (1 - x).ToString().Should().Be("(1 - uniform(0.2, 0.5))");
        y.ToString().Should().Be("y");
        y.Name.Should().Be("y");
        x.Name.Should().BeNull();
        x.IsRandomLeaf.Should().BeTrue();
        x.Distribution!.Mean.Should().BeApproximately(0.35, 1e-15);
    }

    [Fact]
    public void ConstantsOnly_CollapseToDistributionLeaves()
    {
        Uncertain.Normal(1, 2).Distribution.Should().NotBeNull();
        Uncertain.Normal(Uncertain.Uniform(0, 1), 2).Distribution.Should().BeNull();
    }

    [Fact]
    public void Constant_NaN_Throws()
    {
        var act = () => Uncertain.Constant(double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got NaN. (Parameter 'value')");
    }

    [Fact]
    public void Uniform_ConstantBoundsReversed_Throws()
    {
        var act = () => Uncertain.Uniform(3, 1);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "max")
            .WithMessage("Expected min < max; got min = 3 and max = 1. (Parameter 'max')");
    }

    [Fact]
    public void Normal_ConstantStdDevNegativeWithUncertainMean_Throws()
    {
        var act = () => Uncertain.Normal(Uncertain.Uniform(0, 1), -2);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "stdDev")
            .WithMessage("Expected a positive number (> 0); got -2. (Parameter 'stdDev')");
    }

    [Fact]
    public void Beta_ConstantAlphaZeroWithUncertainBeta_Throws()
    {
        var act = () => Uncertain.Beta(0, Uncertain.Uniform(1, 2));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "alpha")
            .WithMessage("Expected a positive number (> 0); got 0. (Parameter 'alpha')");
    }

    [Fact]
    public void Bernoulli_ConstantOutOfRange_Throws()
    {
        var act = () => Uncertain.Bernoulli(2);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "p")
            .WithMessage("Expected a number in [0, 1]; got 2. (Parameter 'p')");
    }

    [Fact]
    public void To_InvalidInterval_Throws()
    {
        var act = () => Uncertain.To(-1, 10);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "low")
            .WithMessage("Expected a positive number (> 0); got -1. (Parameter 'low')");
    }

    [Fact]
    public void Mixture_NoComponents_Throws()
    {
        var act = () => Uncertain.Mixture([], []);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "components")
            .WithMessage("Expected at least one component; got none. (Parameter 'components')");
    }

    [Fact]
    public void Mixture_WeightCountMismatch_Throws()
    {
        var act = () => Uncertain.Mixture([Uncertain.Normal(0, 1)], [1, 2]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "weights")
            .WithMessage("Expected one weight per item of 'components' (1); got 2 weights. (Parameter 'weights')");
    }

    [Fact]
    public void Clamp_ConstantLimitsReversed_Throws()
    {
        var act = () => Uncertain.Clamp(Uncertain.Normal(0, 1), 2, 1);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "upper")
            .WithMessage("Expected lower <= upper; got lower = 2 and upper = 1. (Parameter 'upper')");
    }

    [Fact]
    public void Named_Blank_Throws()
    {
        var act = () => Uncertain.Normal(0, 1).Named(" ");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "name")
            .WithMessage("Expected a non-empty name; got an empty or white-space name. (Parameter 'name')");
    }

    [Fact]
    public void Map_NoArguments_Throws()
    {
        var act = () => Uncertain.Map(span => span.Length, []);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "args")
            .WithMessage("Expected at least one argument; got none. (Parameter 'args')");
    }

    [Fact]
    public void Operator_NullOperand_Throws()
    {
        Uncertain? missing = null;

        var act = () => Uncertain.Normal(0, 1) + missing!;

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "right");
    }

    [Fact]
    public void Mixture_PicksComponentsInProportion()
    {
        // Weight 3 on a point at 0 and 1 on a point at 10: mean 2.5, P(X > 5) = 0.25 (sd of the estimate 0.0019 at n = 50 000).
        var summary = Uncertain.Mixture([0, 10], [3, 1]).Simulate(50_000);

        summary.ProbabilityAbove(5).Should().BeApproximately(0.25, 0.01);
    }

    [Fact]
    public void Determinism_AcrossThreadCounts_Property()
    {
        Gen.Select(Gen.Long, Gen.Int[1, 8], Gen.Int[1, 20_000]).Sample(
            (seed, threads, samples) =>
            {
                var x = Uncertain.Normal(0, 1).Named("x");
                var y = Uncertain.Beta(Uncertain.Uniform(1, 3), 4);
                var model = (x * y) + Uncertain.Bernoulli(0.3);
                var baseline = Simulation.Run(SimulationOptions.Default.WithSamples(samples).WithSeed(seed).WithThreads(1), model).Outputs[0];
                var parallel = Simulation.Run(SimulationOptions.Default.WithSamples(samples).WithSeed(seed).WithThreads(threads), model).Outputs[0];
                return parallel.Mean.Equals(baseline.Mean) && parallel.StdDev.Equals(baseline.StdDev) && parallel.Samples.SequenceEqual(baseline.Samples);
            },
            iter: 30);
    }
}
