using System.Runtime.InteropServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Asks Linux to back the interior of a large, not yet written array with transparent huge pages (2 MiB), so that
/// filling it takes one page fault per 2 MiB instead of one per 4 KiB.
/// </summary>
/// <remarks>
/// A kept-sample array of a million doubles is 8 MB of fresh memory: written in 4 KiB pages it costs about 2 000 page
/// faults, and profiles of repeated runs put the kernel's share of them (faults, zeroing, the runtime giving the memory
/// back between runs) at about an eighth of the CPU time. <c>madvise(MADV_HUGEPAGE)</c> is only a hint: with the
/// kernel's huge pages set to <c>never</c>, or where no huge page is free, the kernel uses ordinary pages; the values are
/// the same either way. Only the 2 MiB-aligned pages wholly inside the array are advised, so no memory outside it
/// changes. Elsewhere than on Linux, or where the call cannot be made, it does nothing.
/// </remarks>
internal static class HugePages
{
    /// <summary>The size of an x86-64 and (with 4 KiB base pages) ARM64 transparent huge page.</summary>
    internal const long Size = 2 * 1024 * 1024;

    /// <summary>Arrays below this are left alone: they span at most one huge page, often none.</summary>
    internal const long Threshold = 2 * Size;

    /// <summary>MADV_HUGEPAGE in Linux's uapi/asm-generic/mman-common.h.</summary>
    private const int AdviseHugePage = 14;

    private static volatile bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// Advises the 2 MiB pages wholly inside <paramref name="array"/>; true when the kernel accepted the advice (false
    /// for small arrays, off Linux, or when the kernel has no transparent huge pages).
    /// </summary>
    internal static bool Advise(double[] array)
    {
        if (s_unavailable || (long)array.Length * sizeof(double) < Threshold)
        {
            return false;
        }

        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var start = (long)handle.AddrOfPinnedObject();
            var first = (start + Size - 1) & ~(Size - 1);
            var end = (start + ((long)array.Length * sizeof(double))) & ~(Size - 1);
            return end > first && Madvise((nint)first, (nuint)(end - first), AdviseHugePage) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true; // no C library to ask (an unusual Linux): ordinary pages, as before
            return false;
        }
        finally
        {
            handle.Free();
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
