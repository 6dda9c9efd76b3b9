namespace ScalingScenarios.Charts;

/// <summary>Writes a file so that readers see either the old content or the complete new one: a temporary file in the same folder, then a rename.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="IOException">Writing or renaming failed; the temporary file has been removed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    internal static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"Expected a file path; got the root '{path}'.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Expected an existing folder for '{path}'; '{folder}' does not exist.");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure is the one to report.
        }
        catch (UnauthorizedAccessException)
        {
            // The original failure is the one to report.
        }
    }
}
