using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class HugePagesTests
{
    [Fact]
    public void Advise_LeavesArraysBelowTwoHugePagesAlone()
    {
        // 4 MiB (two 2 MiB pages) is the threshold: a smaller array may not hold one whole aligned huge page.
        HugePages.Advise(new double[(HugePages.Threshold / sizeof(double)) - 1]).Should().BeFalse();
        HugePages.Advise([]).Should().BeFalse();
    }

    [Fact]
    public void Advise_IsAcceptedOnLinuxWithTransparentHugePages_AndIgnoredElsewhere()
    {
        // Linux accepts MADV_HUGEPAGE whenever the kernel has transparent huge pages (the sysfs folder exists), whatever
        // their mode; on other systems the advice is not given at all.
        var array = GC.AllocateUninitializedArray<double>(1_000_000);
        var expected = OperatingSystem.IsLinux() && Directory.Exists("/sys/kernel/mm/transparent_hugepage");

        HugePages.Advise(array).Should().Be(expected);
    }
}
