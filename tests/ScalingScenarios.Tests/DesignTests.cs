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
