namespace ScalingScenarios.Uncertainty;

/// <summary>Order statistics by selection (quickselect with median-of-three pivots and a sort fallback), O(n) on average.</summary>
internal static class Selection
{
    /// <summary>
    /// Rearranges <paramref name="values"/> so that values[k] is the k-th smallest, everything before it is ≤ and
    /// everything after it is ≥; returns values[k]. Repeated calls on the same array get cheaper.
    /// </summary>
    internal static double Select(double[] values, int k)
    {
        var lo = 0;
        var hi = values.Length - 1;
        var budget = (2 * (64 - (int)ulong.LeadingZeroCount((ulong)values.Length))) + 8;
        while (hi > lo)
        {
            if (budget-- <= 0)
            {
                Array.Sort(values, lo, hi - lo + 1);
                return values[k];
            }

            // Median of three as the pivot value.
            var mid = lo + ((hi - lo) >> 1);
            var a = values[lo];
            var b = values[mid];
            var c = values[hi];
            var pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));

            // Hoare partition: balanced even with many equal values.
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now values[lo..j] <= pivot, values[i..hi] >= pivot, and values[j+1..i-1] == pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    /// <summary>The smallest of values[start..]; after <see cref="Select"/> with k = start − 1 this is the (k+1)-th smallest.</summary>
    internal static double MinFrom(double[] values, int start)
    {
        var min = double.PositiveInfinity;
        for (var i = start; i < values.Length; i++)
        {
            if (values[i] < min)
            {
                min = values[i];
            }
        }

        return min;
    }
}
