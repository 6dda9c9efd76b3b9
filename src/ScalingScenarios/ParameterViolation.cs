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
    /// <summary>The key under which <see cref="ToException"/> stores the violation in <see cref="Exception.Data"/>.</summary>
    private const string DataKey = "ScalingScenarios.ParameterViolation";

    /// <summary>The sentence the library's exceptions carry: <c>Expected a positive number (&gt; 0); got -1.</c></summary>
    internal string Message => $"Expected {Expected}; got {Got}.";

    /// <summary>The text of a per-sample failure in a run: <c>stdDev: expected a positive number (&gt; 0); got -1</c>.</summary>
    internal string Describe() => $"{Parameter}: expected {Expected}; got {Got}";

    /// <summary>A violation for a single out-of-range value.</summary>
    internal static ParameterViolation Range(string parameter, string expected, double got) => new(parameter, expected, Guard.Format(got));

    /// <summary>The exception the library throws for this violation; it carries the violation for <see cref="Of"/>.</summary>
    internal ArgumentException ToException()
    {
        ArgumentException ex = IsRange ? new ArgumentOutOfRangeException(Parameter, Message) : new ArgumentException(Message, Parameter);
        ex.Data[DataKey] = this;
        return ex;
    }

    /// <summary>The violation an exception of <see cref="ToException"/> carries, or null for any other exception.</summary>
    internal static ParameterViolation? Of(Exception ex) => ex.Data[DataKey] as ParameterViolation;
}
