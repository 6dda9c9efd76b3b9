using System.Reflection;

namespace ScalingScenarios.Tests;

/// <summary>Reflection checks that protect the design rules of STYLE.md.</summary>
public class DesignTests
{
    private static readonly Assembly Core = typeof(ScalingScenarios.Claims.ClaimCatalog).Assembly;

    [Fact]
    public void PublicClasses_AreSealedOrAbstractOrStatic()
    {
        var open = Core.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName);

        open.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var setters = Core.GetExportedTypes()
            .Where(t => !typeof(Attribute).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        setters.Should().BeEmpty();
    }

    [Fact]
    public void PublicSignatures_DoNotExposeMathNet()
    {
        static IEnumerable<Type> Exposed(MemberInfo m) => m switch
        {
            MethodBase b => b.GetParameters().Select(p => p.ParameterType).Concat(b is MethodInfo mi ? [mi.ReturnType] : []),
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            _ => [],
        };

        var leaks = Core.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(m => Exposed(m).Select(x => (Member: $"{t.Name}.{m.Name}", Type: x))))
            .Where(x => (x.Type.Namespace ?? string.Empty).StartsWith("MathNet", StringComparison.Ordinal))
            .Select(x => x.Member);

        leaks.Should().BeEmpty();
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}

/// <summary>Collections handed out as read-only interfaces cannot be cast back to a mutable collection and changed.</summary>
public class ReadOnlyCollectionTests
{
    /// <summary>One instance of every public type that hands out collections (plus the static catalogs).</summary>
    private static IEnumerable<object> Instances()
    {
        var scenario = ScalingScenarios.Scenarios.Scenario.FromFormulas("t", [new("a", "uniform(0, 1)"), new("b", "a * 2")], ["a", "b"]);
        var result = scenario.Run(ScalingScenarios.Uncertainty.SimulationOptions.Default.WithSamples(100));
        var a = ScalingScenarios.Uncertainty.Uncertain.Uniform(0, 1).Named("a");
        yield return scenario;
        yield return result;
        yield return result.Outputs[0];
        yield return ScalingScenarios.Uncertainty.Simulation.Run(ScalingScenarios.Uncertainty.SimulationOptions.Default.WithSamples(100), a);
        yield return ScalingScenarios.Uncertainty.Sensitivity.Analyze(a * 2, ScalingScenarios.Uncertainty.SimulationOptions.Default.WithSamples(100));
        yield return new ScalingScenarios.ScenarioException([new ScalingScenarios.ScenarioError(ScalingScenarios.ScenarioErrorKind.Syntax, "x", "y")]);
        yield return new ScalingScenarios.Reporting.TextTable("t", ["a"], [["1"]], ["note"]);
        yield return ScalingScenarios.Formulas.FormulaFunctions.All[0];
        yield return ScalingScenarios.Claims.ClaimCatalog.All[0];
        yield return ScalingScenarios.Claims.ClaimCatalog.Defaults[0];
        yield return ScalingScenarios.Economics.ValueChain.DefaultMargins;
        var interview = ScalingScenarios.Scenarios.InterviewScenario.Default.WithSamples(2000);
        var interviewResult = interview.Run();
        yield return interview;
        yield return interviewResult;
        yield return interviewResult.Branches!;
        yield return interviewResult.Branches!.ExpectedValue(interviewResult.Outputs[0].Name);
        var comparison = ScalingScenarios.Scenarios.ScenarioComparison.Run([interview, interview.WithSeed(7)]);
        yield return comparison;
        yield return comparison.Outputs[0];
        var check = ScalingScenarios.Scenarios.ArgumentCheck.Run(interview);
        yield return check;
        yield return check.Checks[0];
        yield return ScalingScenarios.Scenarios.InterviewScenario.Presets[0];
        yield return ScalingScenarios.Scaling.TierLadder.Create(ScalingScenarios.Scaling.TierBasis.Parameters, ScalingScenarios.Scaling.TierAssumptions.Create(ScalingScenarios.Scaling.ChinchillaFit.Hoffmann2022, ScalingScenarios.Scaling.Hardware.Create(ScalingScenarios.Scaling.Accelerator.H100Sxm, 2.0)));
    }

    private static readonly Type[] Catalogs =
    [
        typeof(ScalingScenarios.Claims.ClaimCatalog), typeof(ScalingScenarios.Claims.Sources), typeof(ScalingScenarios.Formulas.FormulaFunctions),
        typeof(ScalingScenarios.Scaling.LossFit), typeof(ScalingScenarios.Scaling.Accelerator), typeof(ScalingScenarios.Scaling.TierLadder),
        typeof(ScalingScenarios.Scenarios.InterviewScenario),
    ];

    [Fact]
    public void ReadOnlyCollections_CannotBeCastToMutableOnes()
    {
        var values = Instances()
            .SelectMany(o => o.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Where: $"{o.GetType().Name}.{p.Name}", Property: p, Owner: (object?)o)))
            .Concat(Catalogs.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (Where: $"{t.Name}.{p.Name}", Property: p, Owner: (object?)null))))
            .Where(x => x.Property.GetIndexParameters().Length == 0 && x.Property.PropertyType.IsInterface
                && x.Property.PropertyType.IsGenericType && x.Property.PropertyType.Name.StartsWith("IReadOnly", StringComparison.Ordinal))
            .Select(x => (x.Where, Value: x.Property.GetValue(x.Owner)))
            .ToList();

        values.Should().HaveCountGreaterThan(15, "the scan must see the collections it guards");
        string.Join("; ", values.Where(x => IsMutable(x.Value)).Select(x => $"{x.Where} is a {x.Value!.GetType().Name}")).Should().BeEmpty();
    }

    private static bool IsMutable(object? value)
        => value switch
        {
            null => false,
            Array => true,
            System.Collections.IList list => !list.IsReadOnly,
            _ => value.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)
                && !(bool)i.GetProperty("IsReadOnly")!.GetValue(value)!),
        };
}
