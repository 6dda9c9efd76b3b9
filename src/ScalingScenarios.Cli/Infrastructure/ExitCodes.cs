namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>The exit codes of the tool (a public contract).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Invalid input: the message is on stderr and nothing is on stdout.</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage error: unknown command or option, or an option value of the wrong type.</summary>
    public const int Usage = 2;
}
