namespace ScalingScenarios.Cli.Tests;

/// <summary>Finds files of the repository (samples, docs) from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ScalingScenarios.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ScalingScenarios.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A scenario file written to a temporary folder for one test.</summary>
public sealed class TempScenario : IDisposable
{
    public TempScenario(string json)
    {
        FilePath = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(FilePath, json);
    }

    public string FilePath { get; }

    public void Dispose() => File.Delete(FilePath);
}
