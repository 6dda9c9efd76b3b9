namespace ScalingScenarios.Claims;

/// <summary>The public sources the library's defaults and formulas cite, by key.</summary>
/// <remarks>
/// Cite one in code with <c>[Cites("Hoffmann2022", "eq. 10")]</c>. Figures were checked against stored
/// copies of these works; where only a secondary summary was read, <see cref="Source.Title"/> says so.
/// Thread-safe: the list is built once and never changes.
/// </remarks>
public static class Sources
{
    /// <summary>The interview itself: Dario Amodei with Noah Smith and Erik Torenberg (Econ 102 podcast, 2024), read in a Chinese-language news write-up.</summary>
    public static Source Interview { get; } = new("Interview", "Econ 102 podcast interview of Dario Amodei (news write-up with eight talking points)", "N. Smith, E. Torenberg, D. Amodei", 2024);

    /// <summary>Hoffmann et al. 2022, the Chinchilla paper.</summary>
    public static Source Hoffmann2022 { get; } = new("Hoffmann2022", "Training Compute-Optimal Large Language Models (arXiv 2203.15556)", "J. Hoffmann et al.", 2022, url: "https://arxiv.org/abs/2203.15556");

    /// <summary>Besiroglu et al. 2024, Epoch AI's replication of the Chinchilla fit.</summary>
    public static Source Besiroglu2024 { get; } = new("Besiroglu2024", "Chinchilla Scaling: A replication attempt (arXiv 2404.10102)", "T. Besiroglu, E. Erdil, M. Barnett, J. You (Epoch AI)", 2024, url: "https://arxiv.org/abs/2404.10102");

    /// <summary>Kaplan et al. 2020, the first neural-language-model scaling laws.</summary>
    public static Source Kaplan2020 { get; } = new("Kaplan2020", "Scaling Laws for Neural Language Models (arXiv 2001.08361)", "J. Kaplan et al.", 2020, url: "https://arxiv.org/abs/2001.08361");

    /// <summary>Chowdhery et al. 2022 (PaLM), which reports model FLOPs utilization of several training runs.</summary>
    public static Source Chowdhery2022 { get; } = new("Chowdhery2022", "PaLM: Scaling Language Modeling with Pathways (arXiv 2204.02311)", "A. Chowdhery et al.", 2022, url: "https://arxiv.org/abs/2204.02311");

    /// <summary>Meta 2024, the Llama 3 herd paper, which reports the 405B run's utilization.</summary>
    public static Source Meta2024 { get; } = new("Meta2024", "The Llama 3 Herd of Models (arXiv 2407.21783)", "Llama Team, AI @ Meta", 2024, url: "https://arxiv.org/abs/2407.21783");

    /// <summary>NVIDIA's H100 Tensor Core GPU datasheet.</summary>
    public static Source NvidiaH100Datasheet { get; } = new("NvidiaH100Datasheet", "NVIDIA H100 Tensor Core GPU datasheet", "NVIDIA", 2023);

    /// <summary>NVIDIA's A100 Tensor Core GPU datasheet.</summary>
    public static Source NvidiaA100Datasheet { get; } = new("NvidiaA100Datasheet", "NVIDIA A100 Tensor Core GPU datasheet", "NVIDIA", 2020);

    /// <summary>Sequoia's "AI's $600B Question" (D. Cahn, June 2024): the GPU-spend to required-revenue chain.</summary>
    public static Source Sequoia600B { get; } = new("Sequoia600B", "AI's $600B Question", "D. Cahn (Sequoia Capital)", 2024, url: "https://www.sequoiacap.com/article/ais-600b-question/");

    /// <summary>Sequoia's "AI's $200B Question" (D. Cahn, September 2023), the first version of the chain.</summary>
    public static Source Sequoia200B { get; } = new("Sequoia200B", "AI's $200B Question", "D. Cahn (Sequoia Capital)", 2023, url: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/");

    /// <summary>a16z's "Who Owns the Generative AI Platform?" (January 2023) and secondary summaries of its margin figures.</summary>
    public static Source A16zPlatform { get; } = new("A16zPlatform", "Who Owns the Generative AI Platform? (with secondary summaries of its app-margin figures)", "M. Bornstein, G. Appenzeller, M. Casado (a16z)", 2023, url: "https://a16z.com/2023/01/19/who-owns-the-generative-ai-platform/");

    /// <summary>a16z's "Welcome to LLMflation" (November 2024): ~10× per year price decline at constant capability.</summary>
    public static Source A16zLlmflation { get; } = new("A16zLlmflation", "Welcome to LLMflation: LLM inference cost is going down fast", "G. Appenzeller (a16z)", 2024, url: "https://a16z.com/llmflation-llm-inference-cost/");

    /// <summary>Epoch AI's analysis of LLM inference price trends (12 March 2025): 9× to 900× per year, by benchmark and threshold.</summary>
    public static Source EpochInferencePrices { get; } = new("EpochInferencePrices", "LLM inference prices have fallen rapidly but unequally across tasks", "Epoch AI", 2025, url: "https://epoch.ai/data-insights/llm-inference-price-trends");

    /// <summary>NVIDIA's fiscal 2024 and 2025 results: company-wide GAAP gross margin of 72.7% and 75.0% (no segment gross margin is reported).</summary>
    public static Source NvidiaResults { get; } = new("NvidiaResults", "NVIDIA fourth-quarter and fiscal-year results, FY2024 and FY2025 (press releases; company-wide gross margin)", "NVIDIA", 2025);

    /// <summary>Hyperscaler cloud results for 2024 (AWS, Microsoft Intelligent Cloud, Google Cloud): operating margins of 17–47%.</summary>
    public static Source CloudResults2024 { get; } = new("CloudResults2024", "AWS, Microsoft Intelligent Cloud and Google Cloud quarterly results, 2024 (press summaries)", "Amazon, Microsoft, Alphabet", 2024);

    /// <summary>Press reports of model-company gross margins (about 40% guided for Anthropic, mid-40s for OpenAI).</summary>
    public static Source ModelCompanyMargins { get; } = new("ModelCompanyMargins", "Reported gross margins of frontier model companies (press reports of The Information)", "The Information (via secondary reports)", 2026);

    /// <summary>Estimates of training vs inference compute spend at a frontier lab (Epoch AI on OpenAI 2024; The Information, July 2024).</summary>
    public static Source TrainingInferenceSplit { get; } = new("TrainingInferenceSplit", "Estimates of OpenAI's 2024 training and inference compute spend (Epoch AI; The Information)", "Epoch AI; The Information", 2024);

    /// <summary>Epoch AI on trading compute between training and inference.</summary>
    public static Source EpochTrainingInference { get; } = new("EpochTrainingInference", "Optimally Allocating Compute Between Inference and Training", "Epoch AI", 2023, url: "https://epochai.org/blog/optimally-allocating-compute-between-inference-and-training");

    /// <summary>Cottier et al. 2024: frontier training costs grow about 2.4× per year.</summary>
    public static Source Cottier2024 { get; } = new("Cottier2024", "The rising costs of training frontier AI models (arXiv 2405.21015)", "B. Cottier et al. (Epoch AI)", 2024, url: "https://arxiv.org/abs/2405.21015");

    /// <summary>Ho et al. 2024 (Epoch AI): algorithmic efficiency in language models halves compute needs about every 8 months.</summary>
    public static Source Ho2024 { get; } = new("Ho2024", "Algorithmic progress in language models (arXiv 2403.05812)", "A. Ho et al. (Epoch AI)", 2024, url: "https://arxiv.org/abs/2403.05812");

    /// <summary>Sevilla et al. 2024 (Epoch AI): training compute grows about 4–5× per year.</summary>
    public static Source EpochScaling2030 { get; } = new("EpochScaling2030", "Can AI scaling continue through 2030?", "J. Sevilla et al. (Epoch AI)", 2024, url: "https://epoch.ai/blog/can-ai-scaling-continue-through-2030");

    /// <summary>Amodei on the "In Good Company" podcast (June 2024), where model tiers are stated in training dollars.</summary>
    public static Source InGoodCompany2024 { get; } = new("InGoodCompany2024", "In Good Company podcast with Dario Amodei (press summaries)", "N. Tangen, D. Amodei", 2024);

    /// <summary>Swanson's law and Our World in Data's solar module price series: about 20% cheaper per doubling of shipped volume.</summary>
    public static Source SolarLearningCurve { get; } = new("SolarLearningCurve", "Solar PV module prices and cumulative capacity (Swanson's law; Our World in Data)", "R. Swanson; M. Roser (Our World in Data)", 2020);

    /// <summary>Standard industrial-organization results: Cournot, Bertrand, conduct parameter, Lerner index and HHI (Tirole 1988; Cowling and Waterson 1976).</summary>
    public static Source IndustrialOrganization { get; } = new("IndustrialOrganization", "The Theory of Industrial Organization", "J. Tirole", 1988);

    /// <summary>Sutton's endogenous sunk costs: market concentration stays bounded as markets grow.</summary>
    public static Source Sutton1991 { get; } = new("Sutton1991", "Sunk Costs and Market Structure", "J. Sutton", 1991);

    /// <summary>Wright 1936: unit cost falls by a fixed fraction for every doubling of cumulative production.</summary>
    public static Source Wright1936 { get; } = new("Wright1936", "Factors Affecting the Cost of Airplanes (Journal of the Aeronautical Sciences 3(4))", "T. P. Wright", 1936);

    /// <summary>Anthropic's published Claude 3 API prices (Opus $15 / Haiku $0.25 per million input tokens: a 60× ratio).</summary>
    public static Source Claude3Prices { get; } = new("Claude3Prices", "Claude 3 model family API pricing", "Anthropic", 2024, url: "https://docs.anthropic.com/en/docs/about-claude/pricing");

    /// <summary>N. McCarty, "Levers for Biological Progress", discussing a 10× acceleration of biology.</summary>
    public static Source McCarty2024 { get; } = new("McCarty2024", "Levers for Biological Progress (Asimov Press)", "N. McCarty", 2024);

    /// <summary>Amodei on the Big Technology podcast: a later estimate of a 20–25% chance that scaling plateaus.</summary>
    public static Source BigTechnology2025 { get; } = new("BigTechnology2025", "Big Technology podcast with Dario Amodei (press summary)", "A. Kantrowitz, D. Amodei", 2025);

    /// <summary>ICONIQ's State of AI report: inference at about 23% of AI-product revenue.</summary>
    public static Source Iconiq2025 { get; } = new("Iconiq2025", "The State of AI report (press summary)", "ICONIQ Growth", 2025);

    /// <summary>Singh and Vives 1984: price and quantity competition with linear demand for differentiated substitutes.</summary>
    public static Source SinghVives1984 { get; } = new("SinghVives1984", "Price and Quantity Competition in a Differentiated Duopoly (RAND Journal of Economics 15(4))", "N. Singh, X. Vives", 1984);

    /// <summary>DeepSeek-AI 2024, the DeepSeek-V3 technical report, whose cost table prices an H800 (an H100 variant with the same dense BF16 peak) at $2 per GPU-hour.</summary>
    public static Source DeepSeekV3 { get; } = new("DeepSeekV3", "DeepSeek-V3 Technical Report (arXiv 2412.19437)", "DeepSeek-AI", 2024, url: "https://arxiv.org/abs/2412.19437");

    /// <summary>The Squiggle language (QURI), whose "a to b" is a log-normal with a and b at its 5th and 95th percentiles.</summary>
    public static Source Squiggle { get; } = new("Squiggle", "Squiggle language documentation, version 0.10 (distribution shorthand \"to\")", "Quantified Uncertainty Research Institute", 2024, url: "https://www.squiggle-language.com/docs");

    /// <summary>Hyndman and Fan 1996: the nine sample-quantile definitions; the engine uses definition 7 (R's and numpy's default).</summary>
    public static Source HyndmanFan1996 { get; } = new("HyndmanFan1996", "Sample Quantiles in Statistical Packages (The American Statistician 50(4))", "R. J. Hyndman, Y. Fan", 1996);

    /// <summary>Iman and Conover 1982: inducing a rank correlation between sampled inputs by reordering them.</summary>
    public static Source ImanConover1982 { get; } = new("ImanConover1982", "A distribution-free approach to inducing rank correlation among input variables (Communications in Statistics - Simulation and Computation 11(3))", "R. L. Iman, W. J. Conover", 1982);

    /// <summary>Student 1908: the t distribution (sampled here as a normal over the root of a scaled chi-squared).</summary>
    public static Source Student1908 { get; } = new("Student1908", "The probable error of a mean (Biometrika 6(1), 1-25)", "Student (W. S. Gosset)", 1908);

    /// <summary>Marsaglia and Tsang 2000: the squeeze-and-reject gamma sampler used for beta and PERT draws.</summary>
    public static Source MarsagliaTsang2000Gamma { get; } = new("MarsagliaTsang2000Gamma", "A simple method for generating gamma variables (ACM Transactions on Mathematical Software 26(3))", "G. Marsaglia, W. W. Tsang", 2000);

    /// <summary>Marsaglia and Tsang 2000: the ziggurat method used for normal draws.</summary>
    public static Source MarsagliaTsang2000Ziggurat { get; } = new("MarsagliaTsang2000Ziggurat", "The Ziggurat Method for Generating Random Variables (Journal of Statistical Software 5(8))", "G. Marsaglia, W. W. Tsang", 2000);

    /// <summary>Blackman and Vigna: the xoshiro256** generator behind every random stream of the engine.</summary>
    public static Source BlackmanVigna2021 { get; } = new("BlackmanVigna2021", "Scrambled Linear Pseudorandom Number Generators (ACM Transactions on Mathematical Software 47(4))", "D. Blackman, S. Vigna", 2021);

    /// <summary>Malcolm et al. 1959: the PERT estimate, a beta on [min, max] whose mean is (min + 4 mode + max) / 6.</summary>
    public static Source Malcolm1959 { get; } = new("Malcolm1959", "Application of a Technique for Research and Development Program Evaluation (Operations Research 7(5))", "D. G. Malcolm, J. H. Roseboom, C. E. Clark, W. Fazar", 1959);

    /// <summary>Every source above, in declaration order.</summary>
    public static IReadOnlyList<Source> All { get; } =
    [
        Interview, Hoffmann2022, Besiroglu2024, Kaplan2020, Chowdhery2022, Meta2024, NvidiaH100Datasheet,
        NvidiaA100Datasheet, Sequoia600B, Sequoia200B, A16zPlatform, A16zLlmflation, EpochInferencePrices,
        NvidiaResults, CloudResults2024, ModelCompanyMargins, TrainingInferenceSplit, EpochTrainingInference,
        Cottier2024, Ho2024, EpochScaling2030, InGoodCompany2024, SolarLearningCurve, IndustrialOrganization,
        Sutton1991, Wright1936, Claude3Prices, McCarty2024, BigTechnology2025, Iconiq2025,
        SinghVives1984,
        DeepSeekV3,
        Squiggle, HyndmanFan1996, ImanConover1982, Student1908, MarsagliaTsang2000Gamma, MarsagliaTsang2000Ziggurat, BlackmanVigna2021,
        Malcolm1959,
    ];

    /// <summary>Finds a source by its key (case-insensitive).</summary>
    /// <param name="key">A key such as "Hoffmann2022".</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">No source has that key (the message lists the keys).</exception>
    public static Source Get(string key) => KeyLookup.Find(All, s => s.Key, key, "sources");

    /// <summary>Finds a source by its key (case-insensitive), or returns null.</summary>
    /// <param name="key">A key such as "Hoffmann2022".</param>
    /// <returns>The source, or null when no source has that key.</returns>
    public static Source? TryGet(string? key) => KeyLookup.TryFind(All, s => s.Key, key);
}
