namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Hashing that turns (seed, leaf identity, chunk index) into the seed of one random stream. Pure
/// functions of their inputs, stable across processes and machines (no <see cref="string.GetHashCode()"/>).
/// </summary>
internal static class StreamKeys
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>One step of SplitMix64 (Steele, Lea and Flood, 2014): advances <paramref name="state"/> and returns a mixed value.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += Golden;
            return Mix(state);
        }
    }

    /// <summary>The SplitMix64 finalizer: a bijective 64-bit mixing function.</summary>
    internal static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Combines two 64-bit values into one, order-sensitively.</summary>
    internal static ulong Combine(ulong a, ulong b)
    {
        unchecked
        {
            return Mix(a + Golden + Mix(b ^ 0xD6E8FEB86659FD93UL));
        }
    }

    /// <summary>Combines a hash with a double's bit pattern (so 0.1 and 0.1000001 differ).</summary>
    internal static ulong Combine(ulong a, double value) => Combine(a, unchecked((ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0 : value)));

    /// <summary>A stable 64-bit hash of a string (FNV-1a over UTF-16 code units, then mixed).</summary>
    internal static ulong Hash(string text)
    {
        unchecked
        {
            var h = 0xCBF29CE484222325UL;
            foreach (var c in text)
            {
                h ^= c;
                h *= 0x100000001B3UL;
            }

            return Mix(h ^ (ulong)text.Length);
        }
    }

    /// <summary>The stream key of one leaf in one run.</summary>
    internal static ulong LeafKey(long seed, ulong leafIdentity) => Combine(unchecked((ulong)seed), leafIdentity);

    /// <summary>The seed of a leaf's generator for one chunk.</summary>
    internal static ulong ChunkSeed(ulong leafKey, long chunkIndex) => Combine(leafKey, unchecked((ulong)chunkIndex));
}
