using System.CommandLine;
using System.Text.Json;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>compute</c>: one model size, FLOP budget or dollar budget: allocation, FLOPs, loss, and (with hardware) time and cost.</summary>
internal sealed class ComputeCommand : CliCommand
{
    private readonly Option<double?> _parameters = new("--parameters")
    {
        HelpName = "N",
        Description = "Model size in parameters, e.g. 70e9. Tokens default to --tokens-per-parameter × N.",
        CustomParser = ValueParsers.Number,
    };

    private readonly Option<double?> _tokens = new("--tokens")
    {
        HelpName = "D",
        Description = "Training tokens (only with --parameters), e.g. 1.4e12.",
        CustomParser = ValueParsers.Number,
    };

    private readonly Option<double?> _flops = new("--flops")
    {
        HelpName = "C",
        Description = "Training budget in FLOPs (C = 6·N·D), e.g. 5.76e23; split by the fit's closed form unless --tokens-per-parameter is given.",
        CustomParser = ValueParsers.Number,
    };

    private readonly Option<double?> _budgetUsd = new("--budget-usd")
    {
        HelpName = "USD",
        Description = "Training budget in US dollars, turned into FLOPs with --accelerator, --mfu and --usd-per-hour; split like --flops.",
        CustomParser = ValueParsers.Number,
    };

    private readonly Option<string?> _shape = new("--shape")
    {
        HelpName = "LAYERS,CONTEXT,DATTN",
        Description = "Transformer shape n_layer,n_ctx,d_attn (e.g. 96,2048,12288) to add the attention term 2·n_layer·n_ctx·d_attn to inference FLOPs per token (Kaplan et al. 2020, Table 1).",
        CustomParser = ValueParsers.Text,
    };

    private readonly Option<double?> _tokensPerParameter = new("--tokens-per-parameter")
    {
        HelpName = "RATIO",
        Description = "Tokens per parameter. With --parameters: default 20 (Chinchilla). With --flops or --budget-usd: use this rule instead of the fit's closed form.",
        CustomParser = ValueParsers.Number,
    };

    private readonly ScalingOptions _scaling = new();

    public ComputeCommand()
        : base("compute", "One model size, FLOP budget or dollar budget: compute-optimal tokens or split, FLOPs, predicted loss, and time and cost on given hardware.")
    {
        Options.Add(_parameters);
        Options.Add(_tokens);
        Options.Add(_flops);
        Options.Add(_budgetUsd);
        Options.Add(_shape);
        Options.Add(_tokensPerParameter);
        _scaling.AddTo(this);
        AddFormat();
        AddExamples("compute --parameters 70e9", "compute --flops 5.76e23 --fit hoffmann2022-exact", "compute --budget-usd 1e8 --accelerator h100 --mfu 0.4 --usd-per-hour 2");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var parametersGiven = parse.GetValue(_parameters);
        var tokensGiven = parse.GetValue(_tokens);
        var flopsGiven = parse.GetValue(_flops);
        var budgetUsd = parse.GetValue(_budgetUsd);
        var ratioGiven = parse.GetValue(_tokensPerParameter);
        var given = new[] { parametersGiven is not null, flopsGiven is not null, budgetUsd is not null }.Count(x => x);
        if (given != 1)
        {
            throw new CliInputException("expected exactly one of --parameters, --flops or --budget-usd.");
        }

        if (tokensGiven is not null && parametersGiven is null)
        {
            throw new CliInputException("--tokens: only valid together with --parameters.");
        }

        if (tokensGiven is not null && ratioGiven is not null)
        {
            throw new CliInputException("--tokens and --tokens-per-parameter: give one or the other.");
        }

        var shape = parse.GetValue(_shape) is { } shapeText ? ParseShape(shapeText) : null;
        var fit = _scaling.ResolveFit(parse);
        Hardware? hardware = _scaling.HasHardwareOptions(parse) || budgetUsd is not null ? _scaling.ResolveHardware(parse) : null;
        TrainingRun run;
        if (parametersGiven is { } parameters)
        {
            run = tokensGiven is { } tokens
                ? TrainingRun.Create(parameters, tokens, fit)
                : ComputeOptimal.ForParameters(parameters, fit, ratioGiven ?? ComputeOptimal.ChinchillaTokensPerParameter);
        }
        else
        {
            var flops = flopsGiven ?? hardware!.FlopsForBudget(budgetUsd!.Value);
            run = ratioGiven is { } ratio ? ComputeOptimal.ForBudget(flops, fit, ratio) : ComputeOptimal.ForBudget(flops, fit);
        }

        var inferenceFlopsPerToken = shape is null ? run.InferenceFlopsPerToken : TrainingCompute.InferenceFlopsPerToken(run.Parameters, shape);
        var breakEven = TrainingCompute.BreakEvenInferenceTokens(run.TrainingFlops, inferenceFlopsPerToken);
        if (format == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteDouble("parameters", run.Parameters);
                w.WriteDouble("tokens", run.Tokens);
                w.WriteDouble("tokensPerParameter", run.TokensPerParameter);
                w.WriteDouble("trainingFlops", run.TrainingFlops);
                w.WriteDouble("loss", run.Loss);
                w.WriteDouble("inferenceFlopsPerToken", inferenceFlopsPerToken);
                w.WriteDouble("breakEvenInferenceTokens", breakEven);
                if (shape is not null)
                {
                    w.WriteStartObject("shape");
                    w.WriteNumber("layers", shape.Layers);
                    w.WriteNumber("contextLength", shape.ContextLength);
                    w.WriteNumber("attentionDimension", shape.AttentionDimension);
                    w.WriteEndObject();
                }

                w.WriteString("fit", fit.Key);
                w.WriteString("fitName", fit.Name);
                w.WriteString("allocation", AllocationName(run.Allocation));
                if (hardware is not null)
                {
                    w.WritePropertyName("hardware");
                    WriteHardware(w, hardware);
                    w.WriteDouble("acceleratorHours", run.AcceleratorHours(hardware));
                    w.WriteDouble("wallClockDays", run.WallClockDays(hardware));
                    w.WriteDouble("trainingCostUsd", run.CostUsd(hardware));
                }

                w.WriteEndObject();
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

        Output.Tables(console, format, new TextTable("Training run", ["Quantity", "Value"], rows, notes));
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
            throw new CliInputException($"--shape: expected three integers n_layer,n_ctx,d_attn such as 96,2048,12288; got '{Printable.Quote(text)}'.");
        }

        return TransformerShape.Create(layers, context, attention);
    }

    internal static void WriteAssumptions(Utf8JsonWriter w, LossFit fit, Hardware hardware, AllocationRule allocation, double? tokensPerParameter)
    {
        w.WriteStartObject();
        w.WriteString("fit", fit.Key);
        w.WriteString("fitName", fit.Name);
        w.WriteString("allocation", AllocationName(allocation));
        w.WriteOptional("tokensPerParameter", tokensPerParameter);
        w.WritePropertyName("hardware");
        WriteHardware(w, hardware);
        w.WriteEndObject();
    }

    private static void WriteHardware(Utf8JsonWriter w, Hardware h)
    {
        w.WriteStartObject();
        w.WriteString("accelerator", h.Accelerator.Key);
        w.WriteDouble("peakFlopsPerSecond", h.Accelerator.PeakFlopsPerSecond);
        w.WriteDouble("modelFlopsUtilization", h.ModelFlopsUtilization);
        w.WriteDouble("usdPerAcceleratorHour", h.UsdPerAcceleratorHour);
        w.WriteNumber("acceleratorCount", h.AcceleratorCount);
        w.WriteEndObject();
    }

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
