namespace ScalingScenarios.Tests;

/// <summary>Paths inside the repository checkout the tests run from (found by walking up to ScalingScenarios.sln).</summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

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
