using ScalingScenarios.Claims;

namespace ScalingScenarios.Scaling;

/// <summary>A training accelerator and its peak dense BF16 throughput.</summary>
/// <remarks>
/// Peak figures are the vendor's dense (non-sparse) BF16 Tensor Core numbers; achieved throughput is this times the
/// model FLOPs utilization of <see cref="Hardware"/>. Immutable and thread-safe.
/// </remarks>
public sealed class Accelerator
{
    private Accelerator(string key, string name, double peakFlopsPerSecond)
    {
        Key = key;
        Name = name;
        PeakFlopsPerSecond = peakFlopsPerSecond;
    }

    /// <summary>NVIDIA H100 SXM: 989.4 TFLOP/s dense BF16 (1,979 with structured sparsity).</summary>
    /// <remarks>
    /// The datasheet lists BF16 Tensor Core at 1,979 TFLOP/s for the SXM part and footnotes that this is with sparsity, the
    /// dense figure being half; 989.4 is NVIDIA's unrounded dense value (Hopper architecture material, as reproduced by
    /// secondary spec tables; that document itself was not checked).
    /// </remarks>
    [Cites("NvidiaH100Datasheet", "BF16 Tensor Core, SXM: 1,979 with sparsity; dense is half")]
    public static Accelerator H100Sxm { get; } = new("h100", "NVIDIA H100 SXM", 989.4e12);

    /// <summary>NVIDIA A100: 312 TFLOP/s dense BF16 (624 with structured sparsity).</summary>
    [Cites("NvidiaA100Datasheet", "BFLOAT16 Tensor Core: 312 dense, 624 with sparsity")]
    public static Accelerator A100 { get; } = new("a100", "NVIDIA A100", 312e12);

    /// <summary>The built-in presets: H100 SXM and A100.</summary>
    public static IReadOnlyList<Accelerator> All { get; } = [H100Sxm, A100];

    /// <summary>A short key the CLI uses: "h100", "a100", or "custom".</summary>
    public string Key { get; }

    /// <summary>The accelerator's name.</summary>
    public string Name { get; }

    /// <summary>Peak dense BF16 throughput in FLOP/s.</summary>
    public double PeakFlopsPerSecond { get; }

    /// <summary>Creates an accelerator from its peak throughput.</summary>
    /// <param name="name">The name shown in tables; must not be blank.</param>
    /// <param name="peakFlopsPerSecond">Peak dense throughput in FLOP/s. Range: (0, ∞).</param>
    /// <returns>The accelerator, with key "custom".</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="peakFlopsPerSecond"/> is NaN, infinite, zero or negative.</exception>
    public static Accelerator Create(string name, double peakFlopsPerSecond)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.Positive(peakFlopsPerSecond);
        return new Accelerator("custom", name.Trim(), peakFlopsPerSecond);
    }

    /// <summary>Finds a preset by key (case-insensitive).</summary>
    /// <param name="key">"h100" or "a100".</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="key"/> names no preset (the message lists the keys).</exception>
    public static Accelerator FromKey(string key) => KeyLookup.Find(All, a => a.Key, key, "accelerators");

    /// <summary>The name and peak throughput, e.g. "NVIDIA H100 SXM (989.4 TFLOP/s dense BF16)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} ({Guard.Format(PeakFlopsPerSecond / 1e12)} TFLOP/s dense BF16)";
}
