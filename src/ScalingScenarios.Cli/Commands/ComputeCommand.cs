using System.ComponentModel;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>compute</c>: one model size, FLOP budget or dollar budget: allocation, FLOPs, loss, and (with hardware) time and cost.</summary>
internal sealed class ComputeCommand(CliConsole console) : Command<ComputeCommand.Settings>
{
    internal sealed class Settings : ScalingSettings
    {
        [CommandOption("--parameters <N>")]
        [Description("Model size in parameters, e.g. [green]70e9[/]. Tokens default to --tokens-per-parameter × N.")]
        public double? Parameters { get; init; }

        [CommandOption("--tokens <D>")]
        [Description("Training tokens (only with --parameters), e.g. [green]1.4e12[/].")]
        public double? Tokens { get; init; }

        [CommandOption("--flops <C>")]
        [Description("Training budget in FLOPs (C = 6·N·D), e.g. [green]5.76e23[/]; split by the fit's closed form unless --tokens-per-parameter is given.")]
        public double? Flops { get; init; }

        [CommandOption("--budget-usd <USD>")]
        [Description("Training budget in US dollars, turned into FLOPs with --accelerator, --mfu and --usd-per-hour; split like --flops.")]
        public double? BudgetUsd { get; init; }

        [CommandOption("--shape <LAYERS,CONTEXT,DATTN>")]
        [Description("Transformer shape n_layer,n_ctx,d_attn (e.g. [green]96,2048,12288[/]) to add the attention term 2·n_layer·n_ctx·d_attn to inference FLOPs per token (Kaplan et al. 2020, Table 1).")]
        public string? Shape { get; init; }

        [CommandOption("--tokens-per-parameter <RATIO>")]
        [Description("Tokens per parameter. With --parameters: default 20 (Chinchilla). With --flops or --budget-usd: use this rule instead of the fit's closed form.")]
        public double? TokensPerParameter { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var given = new[] { settings.Parameters is not null, settings.Flops is not null, settings.BudgetUsd is not null }.Count(x => x);
        if (given != 1)
        {
            throw new CliInputException("expected exactly one of --parameters, --flops or --budget-usd.");
        }

        if (settings.Tokens is not null && settings.Parameters is null)
        {
            throw new CliInputException("--tokens: only valid together with --parameters.");
        }

        if (settings.Tokens is not null && settings.TokensPerParameter is not null)
        {
            throw new CliInputException("--tokens and --tokens-per-parameter: give one or the other.");
        }

        var shape = settings.Shape is null ? null : ParseShape(settings.Shape);
        var fit = settings.ResolveFit();
        Hardware? hardware = settings.HasHardwareOptions || settings.BudgetUsd is not null ? settings.ResolveHardware() : null;
        TrainingRun run;
        if (settings.Parameters is { } parameters)
        {
            run = settings.Tokens is { } tokens
                ? TrainingRun.Create(parameters, tokens, fit)
                : ComputeOptimal.ForParameters(parameters, fit, settings.TokensPerParameter ?? ComputeOptimal.ChinchillaTokensPerParameter);
        }
        else
        {
            var flops = settings.Flops ?? hardware!.FlopsForBudget(settings.BudgetUsd!.Value);
            run = settings.TokensPerParameter is { } ratio ? ComputeOptimal.ForBudget(flops, fit, ratio) : ComputeOptimal.ForBudget(flops, fit);
        }

        var inferenceFlopsPerToken = shape is null ? run.InferenceFlopsPerToken : TrainingCompute.InferenceFlopsPerToken(run.Parameters, shape);
        var breakEven = TrainingCompute.BreakEvenInferenceTokens(run.TrainingFlops, inferenceFlopsPerToken);
        if (settings.Format == OutputFormat.Json)
        {
            Output.Json(console, new
            {
                parameters = run.Parameters,
                tokens = run.Tokens,
                tokensPerParameter = run.TokensPerParameter,
                trainingFlops = run.TrainingFlops,
                loss = run.Loss,
                inferenceFlopsPerToken,
                breakEvenInferenceTokens = breakEven,
                shape = shape is null ? null : new { layers = shape.Layers, contextLength = shape.ContextLength, attentionDimension = shape.AttentionDimension },
                fit = fit.Key,
                fitName = fit.Name,
                allocation = AllocationName(run.Allocation),
                hardware = hardware is null ? null : HardwareToJson(hardware),
                acceleratorHours = hardware is null ? (double?)null : run.AcceleratorHours(hardware),
                wallClockDays = hardware is null ? (double?)null : run.WallClockDays(hardware),
                trainingCostUsd = hardware is null ? (double?)null : run.CostUsd(hardware),
            });
            return ExitCodes.Ok;
        }

        var rows = new List<string[]>
        {
            new[] { "Fit", fit.Name },
            new[] { "Allocation", AllocationText(run) },
            new[] { "Parameters", Display.Number(run.Parameters) },
            new[] { "Training tokens", Display.Number(run.Tokens) },
            new[] { "Tokens per parameter", Display.Number(run.TokensPerParameter) },
            new[] { "Training FLOPs (6·N·D)", Display.Number(run.TrainingFlops) },
            new[] { "Predicted loss (nats/token)", Display.Number(run.Loss, 4) },
            new[] { shape is null ? "Inference FLOPs per token (2·N)" : $"Inference FLOPs per token (2·N + attention, {shape})", Display.Number(inferenceFlopsPerToken) },
            new[] { "Break-even inference tokens", Display.Number(breakEven) },
        };
        if (hardware is not null)
        {
            rows.Add(["Hardware", hardware.ToString()]);
            rows.Add(["Accelerator-hours", Display.Number(run.AcceleratorHours(hardware))]);
            rows.Add(["Wall-clock days", Display.Number(run.WallClockDays(hardware))]);
            rows.Add(["Training cost", Display.Usd(run.CostUsd(hardware))]);
        }

        var notes = new List<string>
        {
            $"Source: {fit.Source}; FLOPs: Kaplan et al. 2020 (6ND to train, 2N per inference token).",
            "Break-even: inference tokens whose forward passes cost as many FLOPs as the training run (C07).",
        };
        if (hardware is null)
        {
            notes.Add("Add --accelerator, --mfu, --usd-per-hour or --accelerators for time and cost.");
        }
        else
        {
            notes.Add("Cost counts rented accelerator time only; the price per hour is an assumption (--usd-per-hour).");
        }

        Output.Tables(console, settings.Format, new TextTable("Training run", ["Quantity", "Value"], rows, notes));
        return ExitCodes.Ok;
    }

    private static TransformerShape ParseShape(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var layers)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var context)
            || !int.TryParse(parts[2], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var attention))
        {
            throw new CliInputException($"--shape: expected three integers n_layer,n_ctx,d_attn such as 96,2048,12288; got '{text}'.");
        }

        return TransformerShape.Create(layers, context, attention);
    }

    internal static object AssumptionsToJson(LossFit fit, Hardware hardware, AllocationRule allocation, double? tokensPerParameter) => new
    {
        fit = fit.Key,
        fitName = fit.Name,
        allocation = AllocationName(allocation),
        tokensPerParameter,
        hardware = HardwareToJson(hardware),
    };

    private static object HardwareToJson(Hardware h) => new
    {
        accelerator = h.Accelerator.Key,
        peakFlopsPerSecond = h.Accelerator.PeakFlopsPerSecond,
        modelFlopsUtilization = h.ModelFlopsUtilization,
        usdPerAcceleratorHour = h.UsdPerAcceleratorHour,
        acceleratorCount = h.AcceleratorCount,
    };

    private static string AllocationName(AllocationRule rule) => rule switch
    {
        AllocationRule.GivenTokens => "givenTokens",
        AllocationRule.TokensPerParameter => "tokensPerParameter",
        _ => "fitClosedForm",
    };

    private static string AllocationText(TrainingRun run) => run.Allocation switch
    {
        AllocationRule.GivenTokens => "parameters and tokens given",
        AllocationRule.TokensPerParameter => $"{Display.Number(run.TokensPerParameter)} tokens per parameter",
        _ => "the fit's compute-optimal frontier (closed form)",
    };
}
