namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>The exit codes of the tool (a public contract, documented in the README and docs/ERRORS.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success: the result is on stdout.</summary>
    public const int Ok = 0;

    /// <summary>The input is wrong (a file, a formula, a value out of range, nothing to compute): the message is on stderr, nothing is on stdout.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong (unknown command or option, an extra argument, a value of the wrong type, a missing argument).</summary>
    public const int Usage = 2;

    /// <summary>A bug in the tool (an exception no input should cause, 70 = EX_SOFTWARE of sysexits.h): one line on stderr that says so, nothing on stdout, instead of a crash with a stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>Cancelled by Ctrl+C or SIGTERM (128 + SIGINT, the shell convention): nothing is on stdout.</summary>
    public const int Cancelled = 130;
}
