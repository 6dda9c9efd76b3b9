namespace ScalingScenarios.Formulas;

/// <summary>A stated rank correlation between two variables of a scenario, with where it was written (for messages).</summary>
internal sealed record CorrelationDefinition(string First, string Second, double RankCorrelation, int Index, int? Line = null, int? Column = null)
{
    /// <summary>The field of the file, e.g. "correlations[0]".</summary>
    public string Field => $"correlations[{Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
}
