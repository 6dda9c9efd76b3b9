using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Cli.Commands;

/// <summary>The options <c>tiers</c> and <c>compute</c> share: the loss fit and the hardware and price assumptions.</summary>
internal sealed class ScalingOptions
{
    /// <summary><c>--fit</c>.</summary>
    public Option<LossFit?> Fit { get; } = new("--fit")
    {
        HelpName = "FIT",
        Description = "Loss fit: hoffmann2022 (default; Chinchilla eq. 10, rounded), hoffmann2022-exact (unrounded LaTeX constants), besiroglu2024 (Epoch AI refit) or kaplan2020. Losses are nats per token and only comparable within one fit.",
        CustomParser = ValueParsers.Choice<LossFit?>([.. LossFit.All.Select(f => (f.Key, (LossFit?)f))]),
    };

    /// <summary><c>--accelerator</c>.</summary>
    public Option<Accelerator?> Accelerator { get; } = new("--accelerator")
    {
        HelpName = "KEY",
        Description = "Accelerator: h100 (H100 SXM, 989.4 TFLOP/s dense BF16; default) or a100 (312 TFLOP/s).",
        CustomParser = ValueParsers.Choice<Accelerator?>([.. Scaling.Accelerator.All.Select(a => (a.Key, (Accelerator?)a))]),
    };

    /// <summary><c>--mfu</c>.</summary>
    public Option<double?> Mfu { get; } = new("--mfu")
    {
        HelpName = "FRACTION",
        Description = "Model FLOPs utilization in (0, 1]. Default 0.40 (PaLM 46.2%, GPT-3 21.3%, Llama 3.1 405B 38-43%; plausible range 0.2-0.5).",
        CustomParser = ValueParsers.Number,
    };

    /// <summary><c>--usd-per-hour</c>.</summary>
    public Option<double?> UsdPerHour { get; } = new("--usd-per-hour")
    {
        HelpName = "USD",
        Description = "Price of one accelerator-hour in US dollars, an explicit assumption. Default for h100: $2 (the H800 rental price assumed in DeepSeek-V3's Table 1); required for a100.",
        CustomParser = ValueParsers.Number,
    };

    /// <summary><c>--accelerators</c>.</summary>
    public Option<int?> Accelerators { get; } = new("--accelerators")
    {
        HelpName = "COUNT",
        Description = "Cluster size; changes wall-clock time, not cost. Default 16384 (the Llama 3.1 405B run).",
        CustomParser = ValueParsers.WholeNumber,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Fit);
        command.Options.Add(Accelerator);
        command.Options.Add(Mfu);
        command.Options.Add(UsdPerHour);
        command.Options.Add(Accelerators);
    }

    /// <summary>True when the user gave any hardware or price option.</summary>
    public bool HasHardwareOptions(ParseResult parse)
        => parse.GetResult(Accelerator) is not null || parse.GetResult(Mfu) is not null || parse.GetResult(UsdPerHour) is not null || parse.GetResult(Accelerators) is not null;

    /// <summary>The loss fit chosen with <c>--fit</c>.</summary>
    public LossFit ResolveFit(ParseResult parse) => parse.GetValue(Fit) ?? ChinchillaFit.Hoffmann2022;

    /// <summary>The hardware from the options, with the library's documented defaults for what is not given.</summary>
    /// <exception cref="CliInputException">No price is given for an accelerator without a documented reference price.</exception>
    /// <exception cref="ArgumentException">A value is out of its domain (e.g. <c>--mfu 2</c>).</exception>
    public Hardware ResolveHardware(ParseResult parse)
    {
        var accelerator = parse.GetValue(Accelerator) ?? Scaling.Accelerator.H100Sxm;
        double price;
        if (parse.GetValue(UsdPerHour) is { } given)
        {
            price = given;
        }
        else if (accelerator == Scaling.Accelerator.H100Sxm)
        {
            price = Hardware.ReferenceH100UsdPerHour;
        }
        else
        {
            throw new CliInputException($"--usd-per-hour: required for {accelerator.Key}; the library documents a reference price for h100 only.");
        }

        return Hardware.Create(
            accelerator,
            price,
            parse.GetValue(Mfu) ?? Hardware.DefaultModelFlopsUtilization,
            parse.GetValue(Accelerators) ?? Hardware.ReferenceAcceleratorCount);
    }
}
