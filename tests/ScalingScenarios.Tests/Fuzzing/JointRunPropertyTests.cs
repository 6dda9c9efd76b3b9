using CsCheck;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Fuzzing;

/// <summary>
/// A branched scenario runs its base graph, its probabilities and every branch as one joint run in which nodes that
/// compute the same share a slot (<c>CompiledModel.Join</c>). Whatever the file, each graph must still draw exactly the
/// numbers it draws when run alone: checked on files valid by construction (<see cref="FuzzInputs.WellFormedFile"/>),
/// sample by sample, bit for bit.
/// </summary>
public class JointRunPropertyTests
{
    [Fact]
    public void Run_WellFormedBranchedFiles_EveryGraphOfTheJointRunDrawsWhatItDrawsAlone()
    {
        var options = SimulationOptions.Default.WithSamples(5_000).WithThreads(2); // two chunks, one partial
        var compared = 0;
        FuzzInputs.WellFormedFile.Sample(text =>
        {
            if (!Scenario.TryParse(text, out var scenario, out _) || scenario!.Branches.Count == 0)
            {
                return;
            }

            ScenarioResult joint;
            try
            {
                joint = scenario.Run(options);
            }
            catch (Exception ex) when (ex is SimulationException or ScenarioException)
            {
                return; // a located stop at some sample (the fuzz tests check those)
            }

            joint.Branches!.BoundedMemory.Should().BeFalse();
            Same(joint.Outputs, Simulation.Run(options, [.. scenario.Outputs.Select(o => o.Node)]).Outputs, "the base run", text);
            for (var i = 0; i < scenario.Branches.Count; i++)
            {
                var branch = scenario.Branches[i];
                Same(joint.Branches.Outcomes[i].Result.Outputs, branch.Scenario.Run(options).Outputs, $"branch '{branch.Name}'", text);
            }

            Interlocked.Increment(ref compared);
        }, iter: 400, threads: 1);

        compared.Should().BeGreaterThan(40, "enough generated files have branches and run to the end to mean something");
    }

    private static void Same(IReadOnlyList<Summary> joint, IReadOnlyList<Summary> alone, string what, string text)
    {
        joint.Should().HaveCount(alone.Count);
        for (var o = 0; o < alone.Count; o++)
        {
            joint[o].Name.Should().Be(alone[o].Name);
            joint[o].Samples.Select(BitConverter.DoubleToInt64Bits).Should().Equal(alone[o].Samples.Select(BitConverter.DoubleToInt64Bits), $"{what}, output {alone[o].Name}, of {text}");
            BitConverter.DoubleToInt64Bits(joint[o].Mean).Should().Be(BitConverter.DoubleToInt64Bits(alone[o].Mean), $"{what}, mean of {alone[o].Name}");
        }
    }
}
