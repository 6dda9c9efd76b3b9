using System.ComponentModel;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Scaling;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary>The options <c>tiers</c> and <c>compute</c> share: the loss fit and the hardware and price assumptions.</summary>
internal class ScalingSettings : FormatSettings
{
    [CommandOption("--fit <FIT>")]
    [Description("Loss fit: [green]hoffmann2022[/] (default; Chinchilla eq. 10, rounded), [green]hoffmann2022-exact[/] (unrounded LaTeX constants), [green]besiroglu2024[/] (Epoch AI refit) or [green]kaplan2020[/]. Losses are nats per token and only comparable within one fit.")]
    [DefaultValue("hoffmann2022")]
    public string Fit { get; init; } = "hoffmann2022";

    [CommandOption("--accelerator <KEY>")]
    [Description("Accelerator: [green]h100[/] (H100 SXM, 989.4 TFLOP/s dense BF16; default) or [green]a100[/] (312 TFLOP/s).")]
    public string? Accelerator { get; init; }

    [CommandOption("--mfu <FRACTION>")]
    [Description("Model FLOPs utilization in (0, 1]]. Default 0.40 (PaLM 46.2%, GPT-3 21.3%, Llama 3.1 405B 38-43%; plausible range 0.2-0.5).")]
    public double? Mfu { get; init; }

    [CommandOption("--usd-per-hour <USD>")]
    [Description("Price of one accelerator-hour in US dollars, an explicit assumption. Default for h100: $2 (the H800 rental price assumed in DeepSeek-V3's Table 1); required for a100.")]
    public double? UsdPerHour { get; init; }

    [CommandOption("--accelerators <COUNT>")]
    [Description("Cluster size; changes wall-clock time, not cost. Default 16384 (the Llama 3.1 405B run).")]
    public int? Accelerators { get; init; }

    /// <summary>True when the user gave any hardware or price option.</summary>
    public bool HasHardwareOptions => Accelerator is not null || Mfu is not null || UsdPerHour is not null || Accelerators is not null;

    public LossFit ResolveFit() => LossFit.FromKey(Fit);

    public Hardware ResolveHardware()
    {
        var accelerator = Accelerator is null ? Scaling.Accelerator.H100Sxm : Scaling.Accelerator.FromKey(Accelerator);
        double price;
        if (UsdPerHour is { } given)
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

        return Hardware.Create(accelerator, price, Mfu ?? Hardware.DefaultModelFlopsUtilization, Accelerators ?? Hardware.ReferenceAcceleratorCount);
    }
}
