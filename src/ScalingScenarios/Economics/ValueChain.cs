using ScalingScenarios.Claims;

namespace ScalingScenarios.Economics;

/// <summary>
/// The AI value chain as layers whose shares of one pool (profit or revenue) add up to 1 (claim C04), with
/// each layer's pool for a given market size and the GPU-spend → required-revenue chain of Sequoia's "$600B question".
/// </summary>
/// <remarks>
/// Build one with <see cref="Create(ValueChainLayer[])"/> from shares, or with <see cref="FromPassThroughMargins"/> from each
/// layer's margin. The shares are checked to sum to 1 within <see cref="ShareTolerance"/>. Immutable and thread-safe.
/// </remarks>
public sealed class ValueChain
{
    /// <summary>How far the layer shares may add up away from 1: 1e-6 (room for shares typed with six decimals or computed in floating point).</summary>
    public const double ShareTolerance = 1e-6;

    /// <summary>"Even one layer's slice is enormous": the 10% share of the pool that the interview uses (C04, talking point 3).</summary>
    [Cites("C04")]
    [Cites("Interview", "talking point 3")]
    public const double OneLayerShare = 0.10;

    /// <summary>GPU spend of Sequoia's 2024 chain: NVIDIA's data-center revenue run-rate, USD 150 billion per year.</summary>
    /// <remarks>
    /// Sequoia600B. The article states the method (NVIDIA's run-rate revenue forecast × 2 for total data-center cost × 2 for a 50%
    /// end-user gross margin); the USD 150B input is the investor forecast of NVIDIA's data-center run-rate by the end of its fourth
    /// quarter that Cahn cited in press coverage (Mint/WSJ), not found in the stored text of the article itself.
    /// </remarks>
    [Cites("Sequoia600B")]
    public const double Sequoia2024GpuSpendUsd = 150e9;

    /// <summary>GPUs' share of a data center's total cost of ownership: 0.50 (the other half is energy, buildings, backup power).</summary>
    [Cites("Sequoia600B")]
    [Cites("Sequoia200B")]
    public const double DefaultGpuShareOfDataCenterCost = 0.50;

    /// <summary>Gross margin the end users of AI (application companies) need: 0.50.</summary>
    [Cites("Sequoia600B")]
    [Cites("Sequoia200B")]
    public const double DefaultRequiredGrossMargin = 0.50;

    /// <summary>Chip layer gross margin: 0.75 (NVIDIA's company-wide GAAP gross margin: 72.7% in fiscal 2024, 75.0% in fiscal 2025).</summary>
    /// <remarks>
    /// NVIDIA does not report a gross margin for its data-center segment alone; the figures are for the whole company, of which
    /// data center was about 88% of fiscal 2025 revenue ($115.2B of $130.5B). The fiscal 2024 figure (72.7%) is the fiscal 2025 figure less
    /// the 2.3 points the release reports; quarterly GAAP margins were 74.6% and 73.0% in Q3 and Q4 of fiscal 2025.
    /// </remarks>
    [Cites("NvidiaResults", "fiscal 2025 Q4 press release: full-year GAAP gross margin 75.0%, up 2.3 points")]
    public const double DefaultChipGrossMargin = 0.75;

    /// <summary>Cloud layer margin: 0.37 (hyperscaler cloud <em>operating</em> margins of 17–47% in 2024; a gross margin is not reported).</summary>
    [Cites("CloudResults2024")]
    public const double DefaultCloudMargin = 0.37;

    /// <summary>Model-maker gross margin: 0.40 (reported guidance of about 40% for Anthropic and mid-40s for OpenAI; range 0.40–0.75).</summary>
    /// <remarks>Press reports, not filings; the 0.75 upper end comes from an API-profit analysis whose author is unconfirmed.</remarks>
    [Cites("ModelCompanyMargins")]
    public const double DefaultModelGrossMargin = 0.40;

    /// <summary>Application-layer gross margin: 0.55 (a16z's figures for generative-AI apps, 50–60%, via a secondary summary).</summary>
    [Cites("A16zPlatform")]
    public const double DefaultApplicationGrossMargin = 0.55;

    private readonly ValueChainLayer[] _layers;

    private ValueChain(ValueChainLayer[] layers)
    {
        _layers = layers;
        Layers = Array.AsReadOnly(layers);
    }

    /// <summary>The layers, in the order given (a read-only view).</summary>
    public IReadOnlyList<ValueChainLayer> Layers { get; }

    /// <summary>
    /// The chain whose profit shares follow from the default margins of <see cref="FromPassThroughMargins"/>:
    /// applications 0.55, model makers 0.40, cloud 0.37, chips 0.75 (each layer's costs are purchases from the next).
    /// </summary>
    /// <remarks>Claim C04; NvidiaResults, CloudResults2024, ModelCompanyMargins, A16zPlatform. The cloud figure is an operating margin.</remarks>
    [Cites("C04")]
    [Cites("NvidiaResults")]
    [Cites("CloudResults2024")]
    [Cites("ModelCompanyMargins")]
    [Cites("A16zPlatform")]
    public static ValueChain DefaultMargins { get; } = FromPassThroughMargins(
        ("applications", DefaultApplicationGrossMargin),
        ("models", DefaultModelGrossMargin),
        ("cloud", DefaultCloudMargin),
        ("chips", DefaultChipGrossMargin));

    /// <summary>
    /// Sequoia's 2024 answer: the end-user revenue that USD 150B a year of GPUs requires at a 50% GPU share of data-center
    /// cost and a 50% gross margin, USD 600B a year (see <see cref="RequiredEndRevenue"/>).
    /// </summary>
    [Cites("Sequoia600B")]
    [Cites("C04")]
    public static double Sequoia2024RequiredRevenueUsd { get; } =
        RequiredEndRevenue(Sequoia2024GpuSpendUsd, DefaultGpuShareOfDataCenterCost, DefaultRequiredGrossMargin);

    /// <summary>Creates a chain from layers whose shares add up to 1.</summary>
    /// <param name="layers">At least one layer; names distinct (ordinal, case-insensitive); shares summing to 1 within <see cref="ShareTolerance"/>. The array is copied.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layers"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">No layers, a repeated name, or shares that do not sum to 1.</exception>
    /// <remarks>Claim C04 ("shares sum to 1").</remarks>
    public static ValueChain Create(params ValueChainLayer[] layers)
    {
        Guard.NotNull(layers);
        return Create((IEnumerable<ValueChainLayer>)layers);
    }

    /// <summary>Creates a chain from layers whose shares add up to 1.</summary>
    /// <param name="layers">At least one layer; names distinct (ordinal, case-insensitive); shares summing to 1 within <see cref="ShareTolerance"/>. The sequence is copied.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layers"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">No layers, a repeated name, or shares that do not sum to 1.</exception>
    /// <remarks>Claim C04 ("shares sum to 1").</remarks>
    public static ValueChain Create(IEnumerable<ValueChainLayer> layers)
    {
        Guard.NotNull(layers);
        var copy = layers.ToArray();
        if (copy.Length == 0)
        {
            throw Guard.Invalid(nameof(layers), "at least one layer", "none");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sum = 0.0;
        foreach (var layer in copy)
        {
            if (layer is null)
            {
                throw new ArgumentNullException(nameof(layers), "Expected no null layer; got a null element.");
            }

            if (!names.Add(layer.Name))
            {
                throw Guard.Invalid(nameof(layers), "distinct layer names", $"'{layer.Name}' twice");
            }

            sum += layer.Share;
        }

        if (Math.Abs(sum - 1) > ShareTolerance)
        {
            throw Guard.Invalid(nameof(layers), $"layer shares that sum to 1 (within {Guard.Format(ShareTolerance)})", $"{Guard.Format(sum)}");
        }

        return new ValueChain(copy);
    }

    /// <summary>
    /// Builds a chain from each layer's margin when money flows from the customer down the layers: the first layer
    /// keeps margin m₁ of the end spend and pays the rest to the second layer, which keeps m₂ of that, and so on.
    /// </summary>
    /// <param name="layersFromCustomer">The layers from the customer-facing one down to the last supplier, each with its margin. Range of each margin: [0, 1]; at least one margin &gt; 0. Names distinct and not empty.</param>
    /// <returns>
    /// The chain of profit shares: layer i earns mᵢ·∏ⱼ&lt;ᵢ(1 − mⱼ) of the end spend, and the shares are these profits divided
    /// by their sum (the last layer's own costs leave the chain).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="layersFromCustomer"/> is null.</exception>
    /// <exception cref="ArgumentException">No layers, an empty or repeated name, or every margin is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A margin is NaN, ±∞ or outside [0, 1].</exception>
    /// <remarks>
    /// Claim C04. A stylized pass-through: it assumes each layer's costs are all purchases from the next layer,
    /// so it overstates the lower layers' revenue (a cloud's costs are not all chips). Thread-safe.
    /// </remarks>
    [Cites("C04")]
    public static ValueChain FromPassThroughMargins(params (string Layer, double Margin)[] layersFromCustomer)
    {
        Guard.NotNull(layersFromCustomer);
        if (layersFromCustomer.Length == 0)
        {
            throw Guard.Invalid(nameof(layersFromCustomer), "at least one layer", "none");
        }

        var profits = new double[layersFromCustomer.Length];
        var passedDown = 1.0;
        var total = 0.0;
        for (var i = 0; i < layersFromCustomer.Length; i++)
        {
            var margin = Guard.Probability(layersFromCustomer[i].Margin, $"{nameof(layersFromCustomer)}[{i}].Margin");
            profits[i] = passedDown * margin;
            total += profits[i];
            passedDown *= 1 - margin;
        }

        if (!(total > 0))
        {
            throw Guard.Invalid(nameof(layersFromCustomer), "at least one layer with a positive margin", "all margins 0");
        }

        var layers = new ValueChainLayer[profits.Length];
        for (var i = 0; i < profits.Length; i++)
        {
            var name = layersFromCustomer[i].Layer;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw Guard.Invalid(nameof(layersFromCustomer), "a layer name", $"an empty one at index {i}");
            }

            layers[i] = new ValueChainLayer(name, profits[i] / total);
        }

        return Create(layers);
    }

    /// <summary>Finds a layer's share by name (ordinal, case-insensitive).</summary>
    /// <param name="layer">The layer's name.</param>
    /// <returns>The share, in [0, 1].</returns>
    /// <exception cref="ArgumentException"><paramref name="layer"/> is null, empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">No layer has that name (the message lists the layers).</exception>
    public double ShareOf(string layer) => KeyLookup.Find(_layers, l => l.Name, layer, "layers").Share;

    /// <summary>One layer's pool: its share × the market.</summary>
    /// <param name="layer">The layer's name (ordinal, case-insensitive).</param>
    /// <param name="market">The size of the pool the shares divide, e.g. USD per year. Range: [0, ∞).</param>
    /// <returns>The layer's pool, in the unit of <paramref name="market"/>; 0 when the market is 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="layer"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="market"/> is NaN, ±∞ or negative.</exception>
    /// <exception cref="KeyNotFoundException">No layer has that name.</exception>
    /// <remarks>Claim C04.</remarks>
    public double PoolOf(string layer, double market)
    {
        Guard.NonNegative(market);
        return ShareOf(layer) * market;
    }

    /// <summary>Every layer's pool for a market size, in layer order.</summary>
    /// <param name="market">The size of the pool the shares divide, e.g. USD per year. Range: [0, ∞).</param>
    /// <returns>(layer name, pool) pairs that add up to <paramref name="market"/> (within the share tolerance).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="market"/> is NaN, ±∞ or negative.</exception>
    /// <remarks>Claim C04.</remarks>
    public IReadOnlyList<(string Layer, double Pool)> Pools(double market)
    {
        Guard.NonNegative(market);
        return [.. _layers.Select(l => (l.Name, l.Share * market))];
    }

    /// <summary>What a share of a pool is worth: share × pool (the interview's "even 10% is enormous").</summary>
    /// <param name="pool">The pool, e.g. USD per year. Range: [0, ∞).</param>
    /// <param name="share">The slice. Range: [0, 1]; the interview's example is <see cref="OneLayerShare"/> (0.10).</param>
    /// <returns>The slice's value in the unit of <paramref name="pool"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C04. Allocation-free; thread-safe.</remarks>
    [Cites("C04")]
    public static double SliceValue(double pool, double share)
    {
        Guard.NonNegative(pool);
        Guard.Probability(share);
        return pool * share;
    }

    /// <summary>
    /// The end-user revenue that GPU spending requires (Sequoia's chain): data-center cost = GPU spend / GPU share of that cost,
    /// and revenue = data-center cost / (1 − required gross margin).
    /// </summary>
    /// <param name="gpuSpend">Spending on GPUs, e.g. USD per year. Range: [0, ∞).</param>
    /// <param name="gpuShareOfDataCenterCost">GPUs' share of data-center cost. Range: (0, 1]; default in Sequoia's piece 0.50.</param>
    /// <param name="requiredGrossMargin">Gross margin the buyers of the compute need. Range: [0, 1); Sequoia's 0.50.</param>
    /// <returns>The required revenue; 150e9 × 2 × 2 = 600e9 with Sequoia's inputs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>
    /// Sequoia600B, Sequoia200B. Sequoia doubles twice; this is cost / (1 − m), which equals cost × 1/m only at m = 0.5 —
    /// with a margin of 0.6 the required revenue is 2.5× the cost, not 1.67×. Allocation-free; thread-safe.
    /// </remarks>
    [Cites("Sequoia600B")]
    [Cites("C04")]
    public static double RequiredEndRevenue(double gpuSpend, double gpuShareOfDataCenterCost, double requiredGrossMargin)
    {
        Guard.NonNegative(gpuSpend);
        if (!(Guard.Finite(gpuShareOfDataCenterCost) > 0 && gpuShareOfDataCenterCost <= 1))
        {
            throw Guard.OutOfRange(nameof(gpuShareOfDataCenterCost), gpuShareOfDataCenterCost, "a number in (0, 1]");
        }

        if (!(Guard.Finite(requiredGrossMargin) >= 0 && requiredGrossMargin < 1))
        {
            throw Guard.OutOfRange(nameof(requiredGrossMargin), requiredGrossMargin, "a number in [0, 1)");
        }

        return gpuSpend / gpuShareOfDataCenterCost / (1 - requiredGrossMargin);
    }

    /// <summary>The chain as "layer: share" lines.</summary>
    /// <returns>One "name: share" entry per layer, separated by "; ".</returns>
    public override string ToString() => string.Join("; ", _layers.Select(l => l.ToString()));
}
