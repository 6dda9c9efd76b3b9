using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class SelectionTests
{
    public static TheoryData<string> Shapes => ["sorted", "reversed", "constant", "two-values", "random"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Select_AgreesWithSorting_OnAdversarialInputs(string shape)
    {
        const int n = 10_001;
        var random = new Random(2);
        var values = shape switch
        {
            "sorted" => Enumerable.Range(0, n).Select(i => (double)i).ToArray(),
            "reversed" => Enumerable.Range(0, n).Select(i => (double)(n - i)).ToArray(),
            "constant" => Enumerable.Repeat(4.0, n).ToArray(),
            "two-values" => Enumerable.Range(0, n).Select(i => (double)(i % 2)).ToArray(),
            _ => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray(),
        };
        var sorted = values.Order().ToArray();

        foreach (var k in new[] { 0, 1, n / 20, n / 2, n - 2, n - 1 })
        {
            Selection.Select(values, k).Should().Be(sorted[k], $"k = {k}");
            if (k + 1 < n)
            {
                Selection.MinFrom(values, k + 1).Should().Be(sorted[k + 1], $"k + 1 = {k + 1}");
            }
        }
    }
}
