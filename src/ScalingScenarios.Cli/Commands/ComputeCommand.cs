using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
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

        var report = ComputeReport.Create(run, hardware, shape);
        Output.Result(console, format, [report.ToTable()], report.ToCsv, report.WriteJson);
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
}
