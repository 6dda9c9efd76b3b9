using System.CommandLine;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>schema</c>: prints the JSON Schema of scenario files, for editors.</summary>
internal sealed class SchemaCommand : CliCommand
{
    public SchemaCommand()
        : base("schema", "Prints the JSON Schema of scenario files (point your editor's \"$schema\" at it).")
    {
        AddFormat(OutputFormat.Json);
        AddExamples("schema > scenario.schema.json");
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        context.Console.Out.Write(ScenarioSchema.Text);
        return ExitCodes.Ok;
    }
}
