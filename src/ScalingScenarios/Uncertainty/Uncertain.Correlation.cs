using ScalingScenarios.Claims;

namespace ScalingScenarios.Uncertainty;

/// <summary>Correlated inputs.</summary>
public sealed partial class Uncertain
{
    /// <summary>
    /// Returns copies of <paramref name="leaves"/> that are sampled jointly with the given Spearman rank correlations
    /// (Iman–Conover with normal scores); each keeps its own distribution exactly.
    /// </summary>
    /// <param name="rankCorrelation">
    /// The Spearman matrix: one row and column per leaf, symmetric, 1 on the diagonal, entries in [−1, 1], positive
    /// semi-definite.
    /// </param>
    /// <param name="leaves">Two or more leaves built from distributions with constant parameters (e.g. <c>Uncertain.Beta(2, 8)</c>).</param>
    /// <returns>The correlated leaves, in the order given. Use these in the model instead of the originals.</returns>
    /// <exception cref="ArgumentNullException">An argument or a leaf is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A matrix entry is outside [−1, 1] or NaN.</exception>
    /// <exception cref="ArgumentException">
    /// Fewer than two leaves, the same leaf twice, a leaf that is not a distribution with constant parameters, or a matrix of
    /// the wrong size, not symmetric, without a unit diagonal, or not positive semi-definite.
    /// </exception>
    /// <remarks>
    /// Neither Squiggle nor Guesstimate offers this. The realized rank correlation matches the stated one up to
    /// sampling error (about 1/√n). The joint streams follow the group's structure (its distributions and matrix), not
    /// the leaves' names.
    /// </remarks>
    [Cites("ImanConover1982")]
    public static IReadOnlyList<Uncertain> Correlate(double[,] rankCorrelation, params Uncertain[] leaves)
    {
        Guard.NotNull(rankCorrelation);
        Guard.NotNull(leaves);
        if (leaves.Length < 2)
        {
            throw Guard.Invalid(nameof(leaves), "at least two leaves to correlate", $"{leaves.Length}");
        }

        var members = new Distribution[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            var leaf = Guard.NotNull(leaves[i], $"{nameof(leaves)}[{i}]");
            members[i] = leaf.DistributionValue
                ?? throw Guard.Invalid($"{nameof(leaves)}[{i}]", "a leaf built from a distribution with constant parameters", $"'{leaf}'");
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(leaves[j], leaf))
                {
                    // A leaf is perfectly correlated with itself; a stated correlation other than 1 would be silently ignored.
                    throw Guard.Invalid($"{nameof(leaves)}[{i}]", "distinct leaves (a leaf is perfectly correlated with itself)", $"the same leaf as {nameof(leaves)}[{j}] ('{leaf}')");
                }
            }
        }

        var cholesky = CorrelationGroup.Factor(rankCorrelation, leaves.Length);
        var group = new CorrelationGroup(members, (double[,])rankCorrelation.Clone(), cholesky);
        var result = new Uncertain[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            result[i] = new Uncertain(NodeKind.Correlated, [], value: i, distribution: members[i], payload: group, name: leaves[i].Name, streamName: leaves[i].StreamName);
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>Returns copies of two leaves sampled jointly with Spearman rank correlation <paramref name="rankCorrelation"/>.</summary>
    /// <param name="rankCorrelation">The Spearman correlation. Range: [−1, 1].</param>
    /// <param name="first">A leaf built from a distribution with constant parameters.</param>
    /// <param name="second">Another such leaf.</param>
    /// <returns>The correlated copies.</returns>
    /// <exception cref="ArgumentNullException">A leaf is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rankCorrelation"/> is outside [−1, 1] or NaN.</exception>
    /// <exception cref="ArgumentException">A leaf is not a distribution with constant parameters, or both are the same leaf.</exception>
    public static (Uncertain First, Uncertain Second) Correlate(double rankCorrelation, Uncertain first, Uncertain second)
    {
        Guard.InRange(rankCorrelation, -1, 1);
        Guard.NotNull(first);
        Guard.NotNull(second);
        foreach (var (leaf, name) in new[] { (first, nameof(first)), (second, nameof(second)) })
        {
            if (leaf.DistributionValue is null)
            {
                throw Guard.Invalid(name, "a leaf built from a distribution with constant parameters", $"'{leaf}'");
            }
        }

        if (ReferenceEquals(first, second))
        {
            throw Guard.Invalid(nameof(second), "a leaf other than first (a leaf is perfectly correlated with itself)", $"the same leaf ('{first}')");
        }

        var pair = Correlate(new[,] { { 1, rankCorrelation }, { rankCorrelation, 1 } }, first, second);
        return (pair[0], pair[1]);
    }
}
