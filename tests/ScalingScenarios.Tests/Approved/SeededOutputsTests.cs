using System.Text;
using System.Text.Json;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Approved;

/// <summary>
/// Pins the seeded numbers: the summaries of every file in samples/scenarios (the interview scenario included) and of a
/// library model whose leaves have no names (structural stream keys), run at a fixed sample count and seed, are compared
/// exactly (shortest round-trip doubles) with <c>seeded-outputs.approved.json</c>. A change to stream keys, samplers,
/// accumulation or quantiles that moves any seeded number fails here, so it cannot happen by accident.
/// </summary>
/// <remarks>
/// To accept an intended change, regenerate the file and commit it with a message that says why the numbers moved:
/// <c>SCALINGSCENARIOS_APPROVE=1 dotnet test tests/ScalingScenarios.Tests -c Release --filter FullyQualifiedName~SeededOutputs</c>
/// (the run then overwrites the approved file instead of comparing). A new sample file also needs this.
/// </remarks>
public class SeededOutputsTests
{
    /// <summary>Enough samples that every code path (several chunks, the partial last chunk) runs; few enough to be quick.</summary>
    private const int Samples = 20_000;

    private const long Seed = 20261201;

    private static readonly string ApprovedPath = RepositoryFiles.Path("tests", "ScalingScenarios.Tests", "Approved", "seeded-outputs.approved.json");

    [Fact]
    public void SeededSummaries_MatchTheApprovedFile()
    {
        var actual = Render();
        if (Environment.GetEnvironmentVariable("SCALINGSCENARIOS_APPROVE") == "1")
        {
            File.WriteAllText(ApprovedPath, actual);
            return;
        }

        File.Exists(ApprovedPath).Should().BeTrue($"the approved file {ApprovedPath} must exist (create it with SCALINGSCENARIOS_APPROVE=1)");
        var approved = File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n");
        if (approved != actual)
        {
            var first = FirstDifference(approved, actual);
            Assert.Fail(
                $"Seeded outputs changed at line {first.Line}: approved '{first.Approved}', now '{first.Actual}'. "
                + "If the change is intended (a sampler, stream key, summary or sample file changed on purpose), regenerate with "
                + "SCALINGSCENARIOS_APPROVE=1 dotnet test tests/ScalingScenarios.Tests -c Release --filter FullyQualifiedName~SeededOutputs "
                + "and say in the commit message why the numbers moved.");
        }
    }

    [Fact]
    public void Render_RunsEverySampleFile()
    {
        // The approved file must cover every sample scenario, so a new file cannot go unpinned.
        using var document = JsonDocument.Parse(Render());

        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Contain(SampleFiles().Select(System.IO.Path.GetFileName))
            .And.Contain("library: unnamed leaves").And.Contain("interview.json");
    }

    private static IEnumerable<string> SampleFiles()
        => Directory.GetFiles(RepositoryFiles.Path("samples", "scenarios"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Render()
    {
        var options = SimulationOptions.Default.WithSamples(Samples).WithSeed(Seed);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            foreach (var file in SampleFiles())
            {
                var result = Scenario.Parse(File.ReadAllText(file)).Run(options);
                Write(writer, System.IO.Path.GetFileName(file), result.Outputs);
            }

            Write(writer, "library: unnamed leaves", Simulation.Run(options, LibraryModel()).Outputs);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Every kind of random leaf, unnamed, so their streams are keyed structurally (kind ids and parameter values).</summary>
    private static Uncertain[] LibraryModel()
    {
        var share = Uncertain.Beta(2, 8);
        var (market, margin) = Uncertain.Correlate(0.5, Uncertain.To(1e12, 1e13), Uncertain.Pert(0.4, 0.45, 0.75));
        var spread = Uncertain.Normal(Uncertain.Uniform(0, 1), Uncertain.Triangular(0.1, 0.2, 0.4));
        var growth = Uncertain.LogNormal(Uncertain.Uniform(0, 1), 0.5);
        var mixture = Uncertain.Mixture([Uncertain.Normal(0, 1), Uncertain.Discrete([4, 5], [1, 3])], [3, 1]);
        var coin = Uncertain.Bernoulli(Uncertain.Beta(3, 3));
        var uncertainBeta = Uncertain.Beta(Uncertain.Uniform(1, 2), 3);
        var uncertainPert = Uncertain.Pert(0, Uncertain.Uniform(0.2, 0.8), 1);
        var uncertainTriangular = Uncertain.Triangular(0, 0.5, Uncertain.Uniform(1, 2));
        return
        [
            (share * market * margin).Named("profit"),
            (spread + growth).Named("spread plus growth"),
            mixture.Named("mixture"),
            Uncertain.If(coin, uncertainBeta, uncertainPert + uncertainTriangular).Named("branch"),
            (Uncertain.Uniform(0, 1) - Uncertain.Uniform(0, 1)).Named("two equal leaves"),
        ];
    }

    private static void Write(Utf8JsonWriter writer, string name, IReadOnlyList<Summary> outputs)
    {
        writer.WriteStartObject(name);
        foreach (var s in outputs)
        {
            writer.WriteStartObject(s.Name);
            writer.WriteNumber("count", s.Count);
            writer.WriteNumber("mean", s.Mean);
            writer.WriteNumber("stdDev", s.StdDev);
            writer.WriteNumber("min", s.Min);
            writer.WriteNumber("max", s.Max);
            writer.WriteNumber("p5", s.P5);
            writer.WriteNumber("p50", s.P50);
            writer.WriteNumber("p95", s.P95);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static (int Line, string Approved, string Actual) FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end of file)";
            var y = i < b.Length ? b[i] : "(end of file)";
            if (x != y)
            {
                return (i + 1, x.Trim(), y.Trim());
            }
        }

        return (0, string.Empty, string.Empty);
    }
}
