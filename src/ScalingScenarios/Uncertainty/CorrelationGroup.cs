namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Leaves with a stated rank-correlation matrix, sampled together by the Iman–Conover method (Iman and Conover,
/// 1982): each member is sampled independently from its own distribution, then, chunk by chunk, its values are
/// rearranged to follow the ranks of correlated normal scores. Marginals are exactly preserved.
/// </summary>
/// <remarks>
/// The normal scores have Pearson correlation r = 2 sin(π ρ / 6), which gives bivariate normals the Spearman
/// correlation ρ (Pearson, 1907). Immutable; shared read-only by all workers.
/// </remarks>
internal sealed class CorrelationGroup
{
    internal CorrelationGroup(Distribution[] members, double[,] rankCorrelation, double[,] cholesky)
    {
        Members = members;
        RankCorrelation = rankCorrelation;
        Cholesky = cholesky;
        var identity = StreamKeys.Combine(StreamKeys.Hash("correlate"), (ulong)members.Length);
        foreach (var member in members)
        {
            identity = StreamKeys.Combine(identity, member.StreamIdentity());
        }

        foreach (var value in rankCorrelation)
        {
            identity = StreamKeys.Combine(identity, value);
        }

        StreamIdentity = identity;
    }

    /// <summary>The members' marginal distributions.</summary>
    internal Distribution[] Members { get; }

    /// <summary>The stated Spearman matrix.</summary>
    internal double[,] RankCorrelation { get; }

    /// <summary>The lower-triangular factor L of the normal scores' Pearson matrix (L Lᵀ = R).</summary>
    internal double[,] Cholesky { get; }

    /// <summary>The group's identity in random-stream keys: its members' identities and the matrix entries (no display text).</summary>
    internal ulong StreamIdentity { get; }

    /// <summary>
    /// Validates a rank-correlation matrix for <paramref name="count"/> leaves and returns the Cholesky factor of the
    /// corresponding normal-score matrix.
    /// </summary>
    internal static double[,] Factor(double[,] rankCorrelation, int count)
    {
        if (rankCorrelation.GetLength(0) != count || rankCorrelation.GetLength(1) != count)
        {
            throw Guard.Invalid(nameof(rankCorrelation), $"a {count}×{count} matrix (one row and one column per leaf)", $"{rankCorrelation.GetLength(0)}×{rankCorrelation.GetLength(1)}");
        }

        var pearson = new double[count, count];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                var value = Guard.InRange(rankCorrelation[i, j], -1, 1, $"{nameof(rankCorrelation)}[{i}, {j}]");
                if (i == j && value != 1)
                {
                    throw Guard.Invalid(nameof(rankCorrelation), "1 on the diagonal", $"{Guard.Format(value)} at [{i}, {i}]");
                }

                if (value != rankCorrelation[j, i])
                {
                    throw Guard.Invalid(nameof(rankCorrelation), "a symmetric matrix", $"{Guard.Format(value)} at [{i}, {j}] and {Guard.Format(rankCorrelation[j, i])} at [{j}, {i}]");
                }

                pearson[i, j] = i == j ? 1 : 2 * Math.Sin(Math.PI * value / 6);
            }
        }

        if (CholeskySemiDefinite(rankCorrelation, count) is null)
        {
            throw Guard.Invalid(nameof(rankCorrelation), "a positive semi-definite matrix", "one that is not (no set of variables can have these pairwise correlations)");
        }

        return CholeskySemiDefinite(pearson, count)
            ?? throw Guard.Invalid(
                nameof(rankCorrelation),
                "a rank-correlation matrix whose normal-score matrix 2 sin(π ρ / 6) is positive semi-definite",
                "one that is not (it is at the edge of the valid set)");
    }

    /// <summary>Cholesky factorization allowing zero pivots (semi-definite matrices); null when a pivot is clearly negative.</summary>
    private static double[,]? CholeskySemiDefinite(double[,] a, int n)
    {
        const double tolerance = 1e-10;
        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = a[j, j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= l[j, k] * l[j, k];
            }

            if (diagonal < -tolerance)
            {
                return null;
            }

            var pivot = diagonal > tolerance ? Math.Sqrt(diagonal) : 0;
            l[j, j] = pivot;
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (pivot > 0)
                {
                    l[i, j] = sum / pivot;
                }
                else if (Math.Abs(sum) > 1e-8)
                {
                    return null; // a zero pivot with a non-zero remainder: not semi-definite.
                }
            }
        }

        return l;
    }

    /// <summary>
    /// Fills <paramref name="columns"/> (one per member, <paramref name="n"/> values each) with correlated samples for
    /// one chunk, drawing from streams derived from <paramref name="groupKey"/> and <paramref name="chunk"/>.
    /// </summary>
    internal void Sample(ulong groupKey, long chunk, int n, double[][] columns, double[] scratch)
    {
        var m = Members.Length;
        var scores = new double[m][];
        var referenceStream = new RandomStream(StreamKeys.ChunkSeed(StreamKeys.Combine(groupKey, ulong.MaxValue), chunk));
        for (var k = 0; k < m; k++)
        {
            scores[k] = new double[n];
            Samplers.FillStandardNormal(ref referenceStream, scores[k]);
        }

        // Correlate the scores: z = L e, sample by sample.
        var z = new double[m];
        for (var i = 0; i < n; i++)
        {
            for (var r = m - 1; r >= 0; r--)
            {
                var sum = 0.0;
                for (var c = 0; c <= r; c++)
                {
                    sum += Cholesky[r, c] * scores[c][i];
                }

                z[r] = sum;
            }

            for (var r = 0; r < m; r++)
            {
                scores[r][i] = z[r];
            }
        }

        var order = new int[n];
        for (var k = 0; k < m; k++)
        {
            var stream = new RandomStream(StreamKeys.ChunkSeed(StreamKeys.Combine(groupKey, (ulong)k), chunk));
            var column = columns[k].AsSpan(0, n);
            Members[k].Fill(ref stream, column, scratch);
            column.Sort();

            // Give the i-th sample the value whose rank equals the rank of the i-th score.
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            Array.Sort(scores[k], order, 0, n);
            var sorted = column.ToArray();
            for (var rank = 0; rank < n; rank++)
            {
                column[order[rank]] = sorted[rank];
            }
        }
    }
}
