using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Parquet;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Cli.Export;

/// <summary>
/// Runs a scenario and writes its raw samples to a CSV or Parquet file (chosen by the extension) atomically: the rows
/// go to a temporary file beside the target, which is renamed over it only once the export is complete, so a failed or
/// cancelled run leaves neither a partial file nor the temporary one.
/// </summary>
internal static class SampleExportFile
{
    /// <summary>The extensions <c>--export</c> accepts.</summary>
    internal static readonly string[] Extensions = [".csv", ".parquet"];

    /// <summary>The message for a path whose extension <c>--export</c> does not know, or null when it ends in .csv or .parquet.</summary>
    internal static string? ExtensionError(string path)
        => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            ? null
            : $"--export: expected a file ending in .csv or .parquet; got '{Printable.Quote(path)}'.";

    /// <summary>Checks the path's extension and the variables before anything runs.</summary>
    /// <exception cref="CliInputException">The path does not end in .csv or .parquet, or a variable is unknown or listed twice.</exception>
    internal static void Check(Scenario scenario, string path, IReadOnlyList<string> variables)
    {
        if (ExtensionError(path) is { } error)
        {
            throw new CliInputException(error);
        }

        foreach (var name in variables)
        {
            try
            {
                scenario.Variable(name);
            }
            catch (KeyNotFoundException ex)
            {
                throw new CliInputException($"--export-variables: {ex.Message}");
            }
        }

        var duplicate = variables.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliInputException($"--export-variables: Expected each variable once; '{duplicate.Key}' is listed twice.");
        }
    }

    /// <summary>Splits the comma-separated list of <c>--export-variables</c>; null or empty means the outputs.</summary>
    internal static string[] ParseVariables(string? list)
        => list is null ? [] : [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Runs <paramref name="scenario"/> and writes the samples of <paramref name="variables"/> to <paramref name="path"/>.</summary>
    /// <returns>The run's result: the summary of the very samples written.</returns>
    /// <exception cref="CliInputException">The extension is not .csv or .parquet, or a variable is unknown or listed twice.</exception>
    /// <exception cref="DirectoryNotFoundException">The target's directory does not exist.</exception>
    /// <exception cref="IOException">The directory does not exist or the file cannot be written.</exception>
    internal static ScenarioResult Run(Scenario scenario, string path, IReadOnlyList<string> variables, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        Check(scenario, path, variables);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"--export: the directory '{directory}' does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            ScenarioResult result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                result = Path.GetExtension(full).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                    ? ExportCsv(scenario, stream, variables, options, progress, cancellationToken)
                    : ExportParquet(scenario, stream, variables, options, progress, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary); // no-op once moved
        }
    }

    private static ScenarioResult ExportCsv(Scenario scenario, Stream stream, IReadOnlyList<string> variables, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(stream, leaveOpen: true);
        return scenario.Export(new CsvSampleWriter(writer), variables, options, progress, cancellationToken);
    }

    private static ScenarioResult ExportParquet(Scenario scenario, Stream stream, IReadOnlyList<string> variables, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var writer = new ParquetSampleWriter(stream);
        return scenario.Export(writer, variables, options, progress, cancellationToken);
    }
}
