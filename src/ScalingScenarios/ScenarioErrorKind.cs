namespace ScalingScenarios;

/// <summary>What kind of problem a <see cref="ScenarioError"/> reports.</summary>
public enum ScenarioErrorKind
{
    /// <summary>The scenario file is not valid JSON (the error carries a line and a column).</summary>
    JsonSyntax,

    /// <summary>The JSON is valid but a field is missing, unknown or of the wrong type (e.g. <c>"samples": "many"</c>).</summary>
    InvalidScenario,

    /// <summary>A formula does not follow the grammar (e.g. <c>2 * (3 + 4</c>).</summary>
    Syntax,

    /// <summary>A formula names a variable that the scenario does not define.</summary>
    UnknownVariable,

    /// <summary>A formula calls a function that does not exist.</summary>
    UnknownFunction,

    /// <summary>A function is called with the wrong number of arguments.</summary>
    ArgumentCount,

    /// <summary>A list is used where a number is expected, or a number where a list is expected, or an uncertain value where a constant is needed.</summary>
    TypeMismatch,

    /// <summary>A parameter is out of its domain (e.g. <c>uniform(3, 1)</c>, <c>-1 to 5</c>, <c>beta(0, 1)</c>).</summary>
    InvalidParameter,

    /// <summary>Variables depend on each other in a cycle.</summary>
    Cycle,

    /// <summary>An output names no variable, or is listed twice.</summary>
    UnknownOutput,
}
