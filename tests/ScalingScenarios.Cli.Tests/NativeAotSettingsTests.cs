using System.Reflection;
using System.Xml.Linq;
using ScalingScenarios.Charts;
using ScalingScenarios.Claims;
using ScalingScenarios.Parquet;

namespace ScalingScenarios.Cli.Tests;

/// <summary>
/// The settings that keep the tool Native-AOT compatible (issue 12): the analyzers that make reflection a build error
/// in normal builds, and the packaging that gives linux-x64 users the native program. The native compile itself is
/// checked by .ci/run, which installs and runs the native tool.
/// </summary>
public class NativeAotSettingsTests
{
    [Theory]
    [InlineData(typeof(ClaimCatalog))]
    [InlineData(typeof(Chart))]
    [InlineData(typeof(ParquetSampleWriter))]
    public void Libraries_AreBuiltAsAotCompatible(Type typeInLibrary)
    {
        // IsAotCompatible turns on the trim and AOT analyzers and stamps the assembly IsTrimmable (the compiled fact).
        var metadata = typeInLibrary.Assembly.GetCustomAttributes<AssemblyMetadataAttribute>();

        metadata.Should().Contain(m => m.Key == "IsTrimmable" && m.Value == "True", typeInLibrary.Assembly.GetName().Name);
    }

    [Fact]
    public void ToolProject_PublishesNativeAotForEveryBuildWithItsAnalyzers()
    {
        // PublishAot outside any condition also enables the analyzers in `dotnet build`, not only in `dotnet publish`.
        var properties = UnconditionalProperties("src/ScalingScenarios.Cli/ScalingScenarios.Cli.csproj");

        properties.Should().Contain("PublishAot", "true");
        properties.Should().NotContainKey("EnableTrimAnalyzer", "PublishAot sets it; an explicit false would switch it off");
        properties.Should().NotContainKey("EnableAotAnalyzer");
        properties.Should().Contain("IsPackable", "true").And.Contain("PackAsTool", "true");
    }

    [Fact]
    public void ToolProject_PinsTheInstructionSetAndShipsNativeLinuxWithAFallback()
    {
        var properties = UnconditionalProperties("src/ScalingScenarios.Cli/ScalingScenarios.Cli.csproj");

        // x86-64-v3: the width the JIT comparison in .ci/run runs at (docs/performance.md, Start-up).
        properties.Should().Contain("IlcInstructionSet", "x86-64-v3");
        properties["ToolPackageRuntimeIdentifiers"].Split(';').Should().Contain(["linux-x64", "any"]);
        properties.Should().Contain("IncludeSymbols", "false", "a tool with platform packages fails to pack with symbols (NU5017)");
    }

    private static Dictionary<string, string> UnconditionalProperties(string projectPath)
    {
        var project = XDocument.Load(RepositoryFiles.Path(projectPath.Split('/')));
        return project.Root!.Elements("PropertyGroup")
            .Where(g => g.Attribute("Condition") is null)
            .SelectMany(g => g.Elements())
            .Where(p => p.Attribute("Condition") is null)
            .GroupBy(p => p.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.Ordinal);
    }
}
