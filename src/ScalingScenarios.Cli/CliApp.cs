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
