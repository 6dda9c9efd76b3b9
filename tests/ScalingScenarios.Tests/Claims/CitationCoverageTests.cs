using System.Reflection;
using ScalingScenarios.Claims;

namespace ScalingScenarios.Tests.Claims;

/// <summary>Every number has a source: each public numeric default of the calculators carries [Cites].</summary>
public class CitationCoverageTests
{
    /// <summary>Numerical settings rather than claims about the world, so they have nothing to cite.</summary>
    private static readonly HashSet<string> NumericalSettings = ["ValueChain.ShareTolerance"];

    [Theory]
    [InlineData("ScalingScenarios.Scaling")]
    [InlineData("ScalingScenarios.Economics")]
    public void PublicNumericDefaults_AllCiteAClaimOrSource(string ns)
    {
        var uncited = typeof(ClaimCatalog).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == ns)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is FieldInfo { FieldType: var f } && f == typeof(double)
                    || m is PropertyInfo { PropertyType: var p } && p == typeof(double))
                .Where(m => !m.IsDefined(typeof(CitesAttribute)))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Where(name => !NumericalSettings.Contains(name))
            .ToList();

        uncited.Should().BeEmpty("every default constant names its claim or public source; found {0}", string.Join(", ", uncited));
    }
}
