using ScalingScenarios.Claims;

namespace ScalingScenarios.Economics;

/// <summary>
/// Market-structure formulas as plain functions of doubles: Cournot with n symmetric firms on a linear demand, the conduct
/// parameter, homogeneous and differentiated Bertrand, free entry, Sutton's sunk-cost bound, the Lerner index and the HHI.
/// </summary>
/// <remarks>
/// Claims C05 (oligopoly), C06 (commodity limit) and C08 (differentiation). Source: IndustrialOrganization (Tirole 1988,
/// ch. 5 and 7; the Cowling–Waterson relation L = HHI / |ε|) and Sutton1991. Demand is P = a − bQ with constant marginal
/// cost c unless a method says otherwise. <para>
/// Counts (number of firms) are doubles: a value must be finite and ≥ 1, and a fractional value is read through the
/// continuous formula (useful when a Monte Carlo draws n from a distribution). </para>
/// Every method is allocation-free and thread-safe.
/// </remarks>
public static class MarketStructure
{
    /// <summary>Output of each of n symmetric Cournot firms: q = (a − c) / (b (n + 1)).</summary>
    /// <param name="a">Demand intercept (choke price), in price units. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope, price units per unit of output. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost per unit. Range: [0, ∞).</param>
    /// <param name="firms">Number of firms n. Range: [1, ∞).</param>
    /// <returns>Each firm's output.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claim C05; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "Cournot equilibrium, linear demand")]
    public static double CournotFirmOutput(double a, double b, double c, double firms)
    {
        Checks.LinearDemand(a, b, c);
        Guard.AtLeast(firms, 1);
        return LinearDemandWelfare.CournotFirmOutput(a, b, c, firms);
    }

    /// <summary>Industry output of n symmetric Cournot firms: Q = n (a − c) / (b (n + 1)).</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="firms">Number of firms n. Range: [1, ∞).</param>
    /// <returns>Industry output; tends to the competitive (a − c)/b as n grows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claim C05; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static double CournotIndustryOutput(double a, double b, double c, double firms)
        => firms * CournotFirmOutput(a, b, c, firms);

    /// <summary>Cournot price with n symmetric firms: P = (a + n c) / (n + 1).</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="firms">Number of firms n. Range: [1, ∞).</param>
    /// <returns>The price; (a + c)/2 for a monopoly, tending to c as n grows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static double CournotPrice(double a, double b, double c, double firms)
    {
        Checks.LinearDemand(a, b, c);
        Guard.AtLeast(firms, 1);
        return LinearDemandWelfare.CournotPrice(a, c, firms);
    }

    /// <summary>Cournot unit margin with n symmetric firms: P − c = (a − c) / (n + 1).</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="firms">Number of firms n. Range: [1, ∞).</param>
    /// <returns>The margin per unit; (a − c)/2 for a monopoly, tending to 0 as n grows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static double CournotUnitMargin(double a, double b, double c, double firms)
    {
        Checks.LinearDemand(a, b, c);
        Guard.AtLeast(firms, 1);
        return LinearDemandWelfare.CournotUnitMargin(a, c, firms);
    }

    /// <summary>Each Cournot firm's profit with n symmetric firms: (a − c)² / (b (n + 1)²).</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="firms">Number of firms n. Range: [1, ∞).</param>
    /// <returns>The profit per firm, before any fixed cost.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claim C05; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static double CournotFirmProfit(double a, double b, double c, double firms)
    {
        Checks.LinearDemand(a, b, c);
        Guard.AtLeast(firms, 1);
        return CournotProfitPerFirm(a, b, c, firms);
    }

    /// <summary>Cournot Lerner index from the number of firms and the demand elasticity: L = (P − c)/P = 1 / (n |ε|).</summary>
    /// <param name="firms">Number of symmetric firms n. Range: [1, ∞).</param>
    /// <param name="elasticity">Price elasticity of market demand at the equilibrium; its sign is ignored. Requires n |ε| ≥ 1.</param>
    /// <returns>The Lerner index in (0, 1]; falls as n or |ε| rises.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞, <paramref name="firms"/> &lt; 1 or <paramref name="elasticity"/> = 0.</exception>
    /// <exception cref="ArgumentException">n |ε| &lt; 1 (no Cournot equilibrium: each firm would face inelastic residual demand).</exception>
    /// <remarks>Claim C05 (the arithmetic in CLAIMS.md); IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "Cournot Lerner index")]
    public static double CournotLerner(double firms, double elasticity)
    {
        Guard.AtLeast(firms, 1);
        var e = AbsoluteElasticity(elasticity);
        if (firms * e < 1)
        {
            throw Guard.Invalid(nameof(elasticity), "firms × |elasticity| >= 1 (each Cournot firm must face elastic residual demand)", $"{Guard.Format(firms)} × {Guard.Format(e)} = {Guard.Format(firms * e)}");
        }

        return 1 / (firms * e);
    }

    /// <summary>A firm's Lerner index in Cournot competition with asymmetric firms: L = s / |ε| for market share s.</summary>
    /// <param name="share">The firm's market share. Range: [0, 1].</param>
    /// <param name="elasticity">Price elasticity of market demand; its sign is ignored. Requires |ε| ≥ s.</param>
    /// <returns>The firm's Lerner index in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞, the share is outside [0, 1] or the elasticity is 0.</exception>
    /// <exception cref="ArgumentException">s / |ε| &gt; 1.</exception>
    /// <remarks>Claim C05; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization")]
    public static double LernerFromShare(double share, double elasticity)
    {
        Guard.Probability(share);
        var e = AbsoluteElasticity(elasticity);
        if (share > e)
        {
            throw Guard.Invalid(nameof(elasticity), "share / |elasticity| <= 1 (a Lerner index above 1 means a negative cost)", $"{Guard.Format(share)} / {Guard.Format(e)}");
        }

        return share / e;
    }

    /// <summary>Industry (share-weighted) Lerner index in Cournot competition: L = HHI / |ε| (Cowling–Waterson).</summary>
    /// <param name="hhi">Herfindahl–Hirschman index on the 0–1 scale (see <see cref="Hhi"/>). Range: (0, 1].</param>
    /// <param name="elasticity">Price elasticity of market demand; its sign is ignored. Requires |ε| ≥ HHI.</param>
    /// <returns>The industry Lerner index in (0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException">HHI / |ε| &gt; 1.</exception>
    /// <remarks>Claim C05; IndustrialOrganization (Cowling and Waterson 1976; Dickson 1979).</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "Cowling–Waterson")]
    public static double IndustryLerner(double hhi, double elasticity)
    {
        if (!(Guard.Finite(hhi) > 0 && hhi <= 1))
        {
            throw Guard.OutOfRange(nameof(hhi), hhi, "a number in (0, 1]");
        }

        var e = AbsoluteElasticity(elasticity);
        if (hhi > e)
        {
            throw Guard.Invalid(nameof(elasticity), "hhi / |elasticity| <= 1", $"{Guard.Format(hhi)} / {Guard.Format(e)}");
        }

        return hhi / e;
    }

    /// <summary>The Herfindahl–Hirschman index: the sum of squared market shares, on the 0–1 scale (multiply by 10,000 for the antitrust scale).</summary>
    /// <param name="shares">Market shares, each in [0, 1], summing to 1 within <see cref="ValueChain.ShareTolerance"/>.</param>
    /// <returns>HHI in (0, 1]: 1/n for n equal firms, 1 for a monopoly.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is NaN, ±∞ or outside [0, 1].</exception>
    /// <exception cref="ArgumentException">No shares, or the shares do not sum to 1.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization. Allocation-free (takes a span).</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "HHI")]
    public static double Hhi(params ReadOnlySpan<double> shares)
    {
        if (shares.IsEmpty)
        {
            throw Guard.Invalid(nameof(shares), "at least one market share", "none");
        }

        double sum = 0, squares = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            var s = shares[i];
            if (!double.IsFinite(s) || s < 0 || s > 1)
            {
                throw Guard.OutOfRange($"{nameof(shares)}[{i}]", s, "a number in [0, 1]");
            }

            sum += s;
            squares += s * s;
        }

        if (Math.Abs(sum - 1) > ValueChain.ShareTolerance)
        {
            throw Guard.Invalid(nameof(shares), $"market shares that sum to 1 (within {Guard.Format(ValueChain.ShareTolerance)})", $"{Guard.Format(sum)}");
        }

        return squares;
    }

    /// <summary>Price under a conduct parameter θ on linear demand: P − c = θ b Q, so P = (θ a + c) / (1 + θ).</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="conduct">θ: 0 = competitive (homogeneous Bertrand), 1/n = Cournot with n firms, 1 = monopoly or full collusion. Range: [0, 1].</param>
    /// <returns>The price, from c (θ = 0) to (a + c)/2 (θ = 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization (conduct-parameter or conjectural-variation form).</remarks>
    [Cites("C05")]
    [Cites("C06")]
    [Cites("IndustrialOrganization", "conduct parameter")]
    public static double ConductPrice(double a, double b, double c, double conduct)
    {
        Checks.LinearDemand(a, b, c);
        Guard.Probability(conduct);
        return ((conduct * a) + c) / (1 + conduct);
    }

    /// <summary>Industry output under a conduct parameter θ on linear demand: Q = (a − c) / (b (1 + θ)).</summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="conduct">θ. Range: [0, 1].</param>
    /// <returns>Industry output, from the monopoly (a − c)/(2b) to the competitive (a − c)/b.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "conduct parameter")]
    public static double ConductOutput(double a, double b, double c, double conduct)
    {
        Checks.LinearDemand(a, b, c);
        Guard.Probability(conduct);
        return (a - c) / (b * (1 + conduct));
    }

    /// <summary>Lerner index under a conduct parameter: L = θ / |ε|.</summary>
    /// <param name="conduct">θ. Range: [0, 1].</param>
    /// <param name="elasticity">Price elasticity of market demand; its sign is ignored. Requires |ε| ≥ θ.</param>
    /// <returns>The Lerner index in [0, 1]; 0 for θ = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range, or the elasticity is 0.</exception>
    /// <exception cref="ArgumentException">θ / |ε| &gt; 1.</exception>
    /// <remarks>Claims C05, C06; IndustrialOrganization.</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "conduct parameter")]
    public static double ConductLerner(double conduct, double elasticity)
    {
        Guard.Probability(conduct);
        var e = AbsoluteElasticity(elasticity);
        if (conduct > e)
        {
            throw Guard.Invalid(nameof(elasticity), "conduct / |elasticity| <= 1", $"{Guard.Format(conduct)} / {Guard.Format(e)}");
        }

        return conduct / e;
    }

    /// <summary>Homogeneous Bertrand price with identical firms (two or more) at constant marginal cost: P = c, so margin and profit are 0.</summary>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <returns>The price, equal to <paramref name="c"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="c"/> is NaN, ±∞ or negative.</exception>
    /// <remarks>Claims C06 (commodity), C08 (the zero-margin benchmark); IndustrialOrganization (the Bertrand paradox).</remarks>
    [Cites("C06")]
    [Cites("C08")]
    [Cites("IndustrialOrganization", "Bertrand paradox")]
    public static double HomogeneousBertrandPrice(double c) => Guard.NonNegative(c);

    /// <summary>
    /// Symmetric equilibrium price of a differentiated Bertrand duopoly with demand qᵢ = α − β pᵢ + γ pⱼ:
    /// p = (α + β c) / (2β − γ).
    /// </summary>
    /// <param name="alpha">Demand at zero prices α. Range: (0, ∞); must exceed (β − γ) c.</param>
    /// <param name="beta">Own-price slope β. Range: (0, ∞).</param>
    /// <param name="gamma">Cross-price slope γ (substitutes). Range: [0, β).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <returns>The equilibrium price, above <paramref name="c"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException">γ ≥ β, or α ≤ (β − γ) c (no sales at a price covering cost).</exception>
    /// <remarks>Claim C08; IndustrialOrganization (differentiated Bertrand, linear demand).</remarks>
    [Cites("C08")]
    [Cites("IndustrialOrganization", "differentiated Bertrand")]
    public static double DifferentiatedBertrandPrice(double alpha, double beta, double gamma, double c)
    {
        CheckDifferentiated(alpha, beta, gamma, c);
        return (alpha + (beta * c)) / ((2 * beta) - gamma);
    }

    /// <summary>Unit margin of the symmetric differentiated Bertrand duopoly: p − c = (α − (β − γ) c) / (2β − γ).</summary>
    /// <param name="alpha">Demand at zero prices α. Range: (0, ∞); must exceed (β − γ) c.</param>
    /// <param name="beta">Own-price slope β. Range: (0, ∞).</param>
    /// <param name="gamma">Cross-price slope γ. Range: [0, β).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <returns>The margin p − c, positive (homogeneous Bertrand gives 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException">γ ≥ β, or α ≤ (β − γ) c.</exception>
    /// <remarks>Claim C08; IndustrialOrganization.</remarks>
    [Cites("C08")]
    [Cites("IndustrialOrganization", "differentiated Bertrand")]
    public static double DifferentiatedBertrandMargin(double alpha, double beta, double gamma, double c)
    {
        CheckDifferentiated(alpha, beta, gamma, c);
        return (alpha - ((beta - gamma) * c)) / ((2 * beta) - gamma);
    }

    /// <summary>
    /// Free-entry number of Cournot firms with a fixed (entry) cost F: the largest whole n with (a − c)² / (b (n + 1)²) ≥ F,
    /// that is ⌊(a − c)/√(b F) − 1⌋.
    /// </summary>
    /// <param name="a">Demand intercept. Must exceed <paramref name="c"/>.</param>
    /// <param name="b">Demand slope. Range: (0, ∞).</param>
    /// <param name="c">Marginal cost. Range: [0, ∞).</param>
    /// <param name="fixedCost">Fixed cost per firm F, in profit units. Range: (0, ∞).</param>
    /// <returns>The number of firms as a whole number (a double); 0 when even a monopolist cannot cover F.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≤ <paramref name="c"/>.</exception>
    /// <remarks>Claim C05 (why only a few builders can afford frontier training); IndustrialOrganization (free entry).</remarks>
    [Cites("C05")]
    [Cites("IndustrialOrganization", "free entry")]
    public static double FreeEntryFirms(double a, double b, double c, double fixedCost)
    {
        Checks.LinearDemand(a, b, c);
        Guard.Positive(fixedCost);
        var n = Math.Floor(((a - c) / Math.Sqrt(b * fixedCost)) - 1);

        // Guard the floor against rounding: n + 1 firms must not cover F, n firms must.
        while (n >= 1 && CournotProfitPerFirm(a, b, c, n) < fixedCost)
        {
            n--;
        }

        while (CournotProfitPerFirm(a, b, c, n + 1) >= fixedCost)
        {
            n++;
        }

        return Math.Max(n, 0);
    }

    /// <summary>
    /// Sutton's benchmark bound on the number of firms when setup costs are exogenous: N* ≈ √(S/σ) for market size S
    /// (total spending) and sunk cost σ per firm (Cournot, unit-elastic demand: each firm earns S/N²).
    /// </summary>
    /// <param name="marketSize">Total spending S. Range: [0, ∞).</param>
    /// <param name="sunkCost">Sunk cost σ per firm, same unit as S. Range: (0, ∞).</param>
    /// <returns>N*, a real number; it grows without bound as S grows (fragmentation).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>
    /// Claim C05; Sutton1991 (ch. 2, exogenous sunk costs). When sunk costs are endogenous they escalate with the market;
    /// see <see cref="EndogenousSunkCostFirmBound"/>.
    /// </remarks>
    [Cites("C05")]
    [Cites("Sutton1991", "exogenous sunk costs")]
    public static double SunkCostFirmBound(double marketSize, double sunkCost)
    {
        Guard.NonNegative(marketSize);
        Guard.Positive(sunkCost);
        return Math.Sqrt(marketSize / sunkCost);
    }

    /// <summary>
    /// The same bound when firms escalate sunk spending (R&amp;D, training runs) with the market: σ = σ₀ + e S, so
    /// N* = √(S / (σ₀ + e S)), which stays below 1/√e however large S grows.
    /// </summary>
    /// <param name="marketSize">Total spending S. Range: [0, ∞).</param>
    /// <param name="baseSunkCost">Sunk cost σ₀ that does not grow with the market. Range: [0, ∞).</param>
    /// <param name="escalationShare">e: the fraction of market size each firm must sink to stay at the frontier. Range: (0, 1].</param>
    /// <returns>N*; its limit as S → ∞ is 1/√e (e = 0.04 caps the industry at 5 firms).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>
    /// Claim C05; Sutton1991 (endogenous sunk costs keep concentration bounded away from zero). A stylized illustration of
    /// Sutton's lower bound, not his general theorem: linear escalation is this library's assumption.
    /// </remarks>
    [Cites("C05")]
    [Cites("Sutton1991", "endogenous sunk costs")]
    public static double EndogenousSunkCostFirmBound(double marketSize, double baseSunkCost, double escalationShare)
    {
        Guard.NonNegative(marketSize);
        Guard.NonNegative(baseSunkCost);
        if (!(Guard.Finite(escalationShare) > 0 && escalationShare <= 1))
        {
            throw Guard.OutOfRange(nameof(escalationShare), escalationShare, "a number in (0, 1]");
        }

        return Math.Sqrt(marketSize / (baseSunkCost + (escalationShare * marketSize)));
    }

    internal static double CournotProfitPerFirm(double a, double b, double c, double firms)
    {
        var margin = LinearDemandWelfare.CournotUnitMargin(a, c, firms);
        return margin * margin / b;
    }

    private static double AbsoluteElasticity(double elasticity)
    {
        Guard.Finite(elasticity, nameof(elasticity));
        if (elasticity == 0)
        {
            throw Guard.OutOfRange(nameof(elasticity), elasticity, "a non-zero elasticity");
        }

        return Math.Abs(elasticity);
    }

    private static void CheckDifferentiated(double alpha, double beta, double gamma, double c)
    {
        Guard.Positive(alpha, nameof(alpha));
        Guard.Positive(beta, nameof(beta));
        Guard.NonNegative(gamma, nameof(gamma));
        Guard.NonNegative(c, nameof(c));
        if (!(gamma < beta))
        {
            throw Guard.Invalid(nameof(gamma), "the cross-price slope gamma below the own-price slope beta (imperfect substitutes)", $"gamma = {Guard.Format(gamma)}, beta = {Guard.Format(beta)}");
        }

        if (!(alpha > (beta - gamma) * c))
        {
            throw Guard.Invalid(nameof(alpha), "alpha > (beta - gamma) × c (demand at a price equal to cost)", $"alpha = {Guard.Format(alpha)}, (beta - gamma) × c = {Guard.Format((beta - gamma) * c)}");
        }
    }
}
