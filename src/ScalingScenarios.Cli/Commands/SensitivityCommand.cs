using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Scenarios;
using Spectre.Console;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>sensitivity [FILE] --output NAME</c>: which uncertain inputs drive one output (tornado swings and rank correlations, ranked).</summary>
internal sealed class SensitivityCommand : CliCommand
{
    private readonly Argument<string?> _file = new("FILE")
    {
        HelpName = "FILE",
        Description = "A scenario file. Without it: the built-in interview scenario.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _output = new("--output")
    {
        HelpName = "NAME",
        Description = "The variable to explain (default: the file's first output). Any variable may be named, not only outputs.",
        CustomParser = ValueParsers.Text,
    };

    private readonly ScenarioRunOptions _run = new();

    public SensitivityCommand()
        : base("sensitivity", "Ranks the uncertain inputs by how much they move one output: tornado swings (input at its 10th vs 90th percentile) and rank correlations.")
    {
        Arguments.Add(_file);
        Options.Add(_output);
        _run.AddTo(this);
        AddFormat();
        AddExamples("sensitivity --output modelProfit --samples 20000", "sensitivity --output market --samples 20000 --format markdown");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var format = FormatOf(parse);
        var scenario = _run.ApplySets(parse, ScenarioLoader.Load(parse.GetValue(_file)));
        var variable = parse.GetValue(_output);
        if (variable is not null && !scenario.Variables.Any(v => v.Name == variable))
        {
            try
            {
                _ = scenario.Variable(variable);
            }
            catch (KeyNotFoundException ex)
            {
                throw new CliInputException($"--output: {ex.Message}");
            }
        }

        var options = _run.Apply(parse, scenario.Options);
        ScenarioSensitivity result = null!;
        if (console.IsInteractive)
        {
            var name = variable ?? scenario.Outputs[0].Name;
            console.Progress.Status().Start(Markup.Escape(Printable.Sanitize($"Analyzing {name}: one run per input at its 10th and 90th percentile...")), _ =>
                result = ScenarioSensitivity.Analyze(scenario, variable, options, context.CancellationToken));
        }
        else
        {
            result = ScenarioSensitivity.Analyze(scenario, variable, options, context.CancellationToken);
        }

        Output.Result(console, format, [result.ToTable()], result.ToCsv, result.WriteJson);
        return ExitCodes.Ok;
    }
}
