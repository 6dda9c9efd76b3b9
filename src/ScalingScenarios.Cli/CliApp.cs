using ScalingScenarios.Cli.Commands;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Uncertainty;
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
            config.AddCommand<RunCommand>("run")
                .WithDescription("Runs a scenario file (default: the interview scenario) and summarizes each output: mean, 5%, median, 95%.")
                .WithExample("run")
                .WithExample("run", "samples/scenarios/interview.json", "--samples", "1e6", "--threads", "2")
                .WithExample("run", "my.json", "--format", "json");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Checks a scenario file without running it and lists every error with its line, variable and character.")
                .WithExample("validate", "samples/scenarios/interview.json");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Runs two scenario files with the same samples and seed and shows their shared outputs side by side, with differences.")
                .WithExample("compare", "samples/scenarios/interview.json", "samples/scenarios/later-odds.json");
            config.AddCommand<SensitivityCommand>("sensitivity")
                .WithDescription("Ranks the uncertain inputs by how much they move one output: tornado swings (input at its 10th vs 90th percentile) and rank correlations.")
                .WithExample("sensitivity", "--output", "modelProfit")
                .WithExample("sensitivity", "samples/scenarios/branches.json", "--output", "market", "--samples", "20000");
            config.AddCommand<FunctionsCommand>("functions")
                .WithDescription("Lists every function of the formula language with its signature, meaning and source.")
                .WithExample("functions")
                .WithExample("functions", "--format", "markdown");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Prints the JSON Schema of scenario files (point your editor's \"$schema\" at it).")
                .WithExample("schema");
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandAppException ex)
        {
            console.Error.WriteLine($"error: {ErrorMessages.ForUsageError(ex.Message, args)}");
            console.Error.WriteLine("Run 'scaling-scenarios --help' for the commands and options.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C during a run: no partial result on stdout.
            console.Error.WriteLine("error: cancelled.");
            return ExitCodes.InvalidInput;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1 && IsInputError(ex.InnerExceptions[0]))
        {
            console.Error.WriteLine($"error: {ErrorMessages.ForInputError(ex.InnerExceptions[0])}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            console.Error.WriteLine($"error: {ErrorMessages.ForInputError(ex)}");
            return ExitCodes.InvalidInput;
        }
    }

    private static bool IsInputError(Exception ex)
        => ex is ArgumentException or FormatException or CliInputException or InvalidDataException
            or FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException
            or ScenarioException or SimulationException;
}
