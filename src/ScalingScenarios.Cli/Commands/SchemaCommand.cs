using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Scenarios;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>schema</c>: prints the JSON Schema of scenario files, for editors.</summary>
internal sealed class SchemaCommand(CliConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        console.Out.Write(ScenarioSchema.Text);
        return ExitCodes.Ok;
    }
}
