using ScalingScenarios.Reporting;
namespace ScalingScenarios;

/// <summary>A formula or a scenario file has one or more problems; <see cref="Errors"/> lists all of them.</summary>
/// <remarks>The message is the first error's message, followed by a count of the others.</remarks>
public sealed class ScenarioException : Exception
{
    private readonly ScenarioError[] _errors;

    /// <summary>Creates the exception from a non-empty list of errors.</summary>
    /// <param name="errors">The errors, in the order they were found. At least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or contains null.</exception>
    public ScenarioException(IEnumerable<ScenarioError> errors)
        : this(Validate(errors))
    {
    }

    /// <summary>Creates the exception with a plain message and no structured errors (for serializers and tooling).</summary>
    public ScenarioException()
        : this([new ScenarioError(ScenarioErrorKind.InvalidScenario, "a valid scenario", "an invalid one")])
    {
    }

    /// <summary>Creates the exception with one error of kind <see cref="ScenarioErrorKind.InvalidScenario"/>.</summary>
    /// <param name="message">What was wrong.</param>
    public ScenarioException(string message)
        : this([new ScenarioError(ScenarioErrorKind.InvalidScenario, "a valid scenario", string.IsNullOrEmpty(message) ? "an invalid one" : message)])
    {
    }

    /// <summary>Creates the exception with one error of kind <see cref="ScenarioErrorKind.InvalidScenario"/> and an inner exception.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
        => _errors = [new ScenarioError(ScenarioErrorKind.InvalidScenario, "a valid scenario", string.IsNullOrEmpty(message) ? "an invalid one" : message)];

    private ScenarioException(ScenarioError[] errors)
        : base(Describe(errors))
        => _errors = errors;

    /// <summary>Every problem found, in file order (at least one).</summary>
    public IReadOnlyList<ScenarioError> Errors => Array.AsReadOnly(_errors);

    private static ScenarioError[] Validate(IEnumerable<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ScenarioError[] copy = [.. errors];
        if (copy.Length == 0 || copy.Any(e => e is null))
        {
            throw new ArgumentException("Expected at least one error and no null entries; got " + (copy.Length == 0 ? "none." : "a null entry."), nameof(errors));
        }

        return copy;
    }

    private static string Describe(ScenarioError[] errors)
        => errors.Length == 1
            ? errors[0].Message
            : $"{errors[0].Message} (and {Display.Count(errors.Length - 1, "more error")})";
}
