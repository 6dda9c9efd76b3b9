using ScottPlot;
using SkiaSharp;

namespace ScalingScenarios.Charts;

/// <summary>
/// The font every chart draws its text with: Inter (regular and bold), carried inside this assembly and registered with
/// ScottPlot through <see cref="EmbeddedFontResolver"/>, so text renders on machines without any system font.
/// </summary>
/// <remarks>
/// Inter 3.019, Copyright 2020 The Inter Project Authors (https://github.com/rsms/inter), is licensed under the SIL Open
/// Font License 1.1 (THIRD-PARTY-NOTICES.txt in the package). The files come from the NuGet package Avalonia.Fonts.Inter at
/// build time (build/InterFont.targets). Registration happens once per process and is thread-safe.
/// </remarks>
internal static class ChartFonts
{
    /// <summary>The family name charts ask for.</summary>
    internal const string Family = "Inter";

    private static readonly Lazy<EmbeddedFontResolver> Resolver = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the regular face.</summary>
    internal static SKTypeface Regular => Resolver.Value.Regular;

    /// <summary>Gets the bold face.</summary>
    internal static SKTypeface Bold => Resolver.Value.Bold;

    /// <summary>Makes sure the embedded faces are registered with ScottPlot (first in its resolver list).</summary>
    internal static void EnsureRegistered() => _ = Resolver.Value;

    /// <summary>Reads one embedded face.</summary>
    /// <param name="file">"Inter-Regular.ttf" or "Inter-Bold.ttf".</param>
    /// <returns>The font file's bytes.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing (a broken build).</exception>
    internal static byte[] ReadFontFile(string file)
    {
        var name = "ScalingScenarios.Charts.Fonts." + file;
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Expected the embedded font resource '{name}' in {typeof(ChartFonts).Assembly.GetName().Name}; it is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static EmbeddedFontResolver Register()
    {
        var resolver = new EmbeddedFontResolver(Load("Inter-Regular.ttf"), Load("Inter-Bold.ttf"));
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Insert(0, resolver);
        }

        return resolver;
    }

    private static SKTypeface Load(string file)
    {
        using var data = SKData.CreateCopy(ReadFontFile(file));
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font '{file}' could not be read by SkiaSharp.");
    }
}
