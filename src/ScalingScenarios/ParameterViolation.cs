namespace ScalingScenarios;

/// <summary>
/// One broken parameter rule, as data: which parameter, what it expected and what it got. It is formatted in one
/// place for each audience — the library's exception message (<see cref="ToException"/>), a scenario file's error and a
/// run's per-sample message — so nobody parses a message back.
/// </summary>
/// <param name="Parameter">The public name of the parameter, e.g. "stdDev" or "weights[2]".</param>
/// <param name="Expected">What the rule expects, starting lower case, e.g. "a positive number (> 0)".</param>
/// <param name="Got">What was got, formatted, e.g. "-1" or "min = 3 and max = 1".</param>
/// <param name="IsRange">True for a single value outside its range (<see cref="ArgumentOutOfRangeException"/>), false for a relation between parameters (<see cref="ArgumentException"/>).</param>
internal sealed record ParameterViolation(string Parameter, string Expected, string Got, bool IsRange = true)
{
    /// <summary>The <see cref="Exception.Data"/> key of <see cref="Parameter"/> in an exception of <see cref="ToException"/> (a string).</summary>
    internal const string ParameterKey = "ScalingScenarios.Parameter";

    /// <summary>The <see cref="Exception.Data"/> key of <see cref="Expected"/> (a string, starting lower case).</summary>
    internal const string ExpectedKey = "ScalingScenarios.Expected";

    /// <summary>The <see cref="Exception.Data"/> key of <see cref="Got"/> (a string).</summary>
    internal const string GotKey = "ScalingScenarios.Got";

    /// <summary>The sentence the library's exceptions carry: <c>Expected a positive number (&gt; 0); got -1.</c></summary>
    internal string Message => $"Expected {Expected}; got {Got}.";

    /// <summary>The text of a per-sample failure in a run: <c>stdDev: expected a positive number (&gt; 0); got -1</c>.</summary>
    internal string Describe() => $"{Parameter}: expected {Expected}; got {Got}";

    /// <summary>A violation for a single out-of-range value.</summary>
    internal static ParameterViolation Range(string parameter, string expected, double got) => new(parameter, expected, Guard.Format(got));

    /// <summary>
    /// The exception the library throws for this violation. Its <see cref="Exception.Data"/> carries the three parts as
    /// strings (<see cref="ParameterKey"/>, <see cref="ExpectedKey"/>, <see cref="GotKey"/>), so that any caller — the
    /// binder through <see cref="Of"/>, the CLI by the keys — can word the error its own way without parsing the message.
    /// </summary>
    internal ArgumentException ToException()
    {
        ArgumentException ex = IsRange ? new ArgumentOutOfRangeException(Parameter, Message) : new ArgumentException(Message, Parameter);
        ex.Data[ParameterKey] = Parameter;
        ex.Data[ExpectedKey] = Expected;
        ex.Data[GotKey] = Got;
        return ex;
    }

    /// <summary>The violation an exception of <see cref="ToException"/> carries, or null for any other exception.</summary>
    internal static ParameterViolation? Of(Exception ex)
        => ex.Data[ParameterKey] is string parameter && ex.Data[ExpectedKey] is string expected && ex.Data[GotKey] is string got
            ? new ParameterViolation(parameter, expected, got, ex is ArgumentOutOfRangeException)
            : null;
}
