using ScalingScenarios.Cli;
using ScalingScenarios.Cli.Infrastructure;

return CliApp.Run(args, CliConsole.FromProcess());
