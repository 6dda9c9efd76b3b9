using ScalingScenarios.Cli.Commands;
using ScalingScenarios.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace ScalingScenarios.Cli;

/// <summary>The command tree of <c>scaling-scenarios</c> and the mapping of failures to exit codes.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool in-process (tests use this with captured writers).</summary>
    /// <returns>0 success, 1 invalid input, 2 usage error.</returns>
    public static int Run(string[] args, CliConsole console)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsole), console);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("scaling-scenarios");
            config.ConfigureConsole(console.Ansi);
            config.PropagateExceptions();
            config.AddCommand<ClaimsCommand>("claims")
                .WithDescription("The interview's claims C01-C14 with the parameters they drive, and the defaults that cite them.")
                .WithExample("claims")
                .WithExample("claims", "--claim", "C07")
                .WithExample("claims", "--defaults", "--format", "markdown");
            config.AddCommand<TiersCommand>("tiers")
                .WithDescription("The C02 tier ladder (four tiers, x10 each) on the parameter and the dollar reading, with tokens, FLOPs, cost and loss per tier.")
                .WithExample("tiers")
                .WithExample("tiers", "--basis", "training-cost", "--fit", "besiroglu2024")
                .WithExample("tiers", "--allocation", "fit", "--usd-per-hour", "3", "--format", "json");
            config.AddCommand<ComputeCommand>("compute")
                .WithDescription("One model size, FLOP budget or dollar budget: compute-optimal tokens or split, FLOPs, predicted loss, and time and cost on given hardware.")
                .WithExample("compute", "--parameters", "70e9")
                .WithExample("compute", "--flops", "5.76e23", "--fit", "hoffmann2022-exact")
                .WithExample("compute", "--budget-usd", "1e8", "--accelerator", "h100", "--mfu", "0.4", "--usd-per-hour", "2");
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandAppException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            console.Error.WriteLine("Run 'scaling-scenarios --help' for the commands and options.");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static bool IsInputError(Exception ex)
        => ex is ArgumentException or FormatException or CliInputException or InvalidDataException
            or FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException;
}
