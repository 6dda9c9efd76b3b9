using System.Text;
using BenchmarkDotNet.Attributes;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// Reading minified (one-line) scenario files of about 1.2 MB: a valid file of 20,000 variables, and a file whose
/// 120,000 outputs are all unknown (one error each). Issue 11 measured 72 s for such a file when every column was
/// counted from the start of the line; linear reading takes a fraction of a second. Run with
/// <c>scripts/measure-reading.sh</c>.
/// </summary>
[MemoryDiagnoser]
public class ScenarioReadingBenchmarks
{
    private string _validFile = string.Empty;
    private string _errorFile = string.Empty;

    /// <summary>Builds both files once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _validFile = ValidFile(20_000);
        _errorFile = FileWithUnknownOutputs(120_000);
        Console.WriteLine($"// valid file: {_validFile.Length:N0} characters; error file: {_errorFile.Length:N0} characters");
    }

    /// <summary>A valid one-line file: v0 is a distribution, each later variable uses the one before.</summary>
    public static string ValidFile(int variables)
    {
        var sb = new StringBuilder("{\"name\":\"minified\",\"variables\":{\"v0\":\"uniform(1, 2)\"");
        for (var i = 1; i < variables; i++)
        {
            sb.Append(",\"v").Append(i).Append("\":\"v").Append(i - 1).Append(" * 1.0001 + uniform(0, 0.001) - 0.0005\"");
        }

        return sb.Append("},\"outputs\":[\"v").Append(variables - 1).Append("\"]}").ToString();
    }

    /// <summary>A one-line file whose outputs are all unknown names.</summary>
    public static string FileWithUnknownOutputs(int outputs)
        => "{\"name\":\"errors\",\"variables\":{\"a\":\"1\"},\"outputs\":["
           + string.Join(",", Enumerable.Range(0, outputs).Select(i => $"\"b{i}\"")) + "]}";

    /// <summary>Parses and binds the valid file.</summary>
    [Benchmark]
    public int ValidMinifiedFile() => Scenario.Validate(_validFile).Count;

    /// <summary>Reads the file with 120,000 errors.</summary>
    [Benchmark]
    public int MinifiedFileWith120000Errors() => Scenario.Validate(_errorFile).Count;
}
