using System.Reflection;
using System.Reflection.Emit;

namespace ScalingScenarios.Tests;

/// <summary>
/// The namespace dependency rules of docs/ARCHITECTURE.md, asserted over the compiled core assembly: every type
/// reference in signatures, attributes and method bodies (IL) is collected and checked against the allowed matrix.
/// </summary>
public class DependencyTests
{
    private static readonly Assembly Core = typeof(ScalingScenarios.Claims.ClaimCatalog).Assembly;

    /// <summary>
    /// Which core areas each area may use. "(root)" is the ScalingScenarios namespace itself (Guard, ScenarioError):
    /// every area may use it and Reporting, the bottom text layer; nothing else is implied.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["(root)"] = ["Reporting"],
        ["Reporting"] = ["(root)"],
        ["Claims"] = ["(root)", "Reporting"],
        ["Scaling"] = ["(root)", "Reporting", "Claims"],
        ["Economics"] = ["(root)", "Reporting", "Claims"],
        ["Uncertainty"] = ["(root)", "Reporting", "Claims"],
        ["Formulas"] = ["(root)", "Reporting", "Claims", "Uncertainty", "Scaling", "Economics"],
        ["Scenarios"] = ["(root)", "Reporting", "Claims", "Uncertainty", "Scaling", "Economics", "Formulas"],
    };

    /// <summary>Types that touch files, directories or the console: the core does no I/O of its own.</summary>
    private static readonly HashSet<Type> IoTypes =
    [
        typeof(File), typeof(FileInfo), typeof(Directory), typeof(DirectoryInfo), typeof(FileStream),
        typeof(FileSystemInfo), typeof(DriveInfo), typeof(FileSystemWatcher), typeof(Console),
    ];

    private static readonly Lazy<List<(string From, Type To, string Where)>> Edges = new(CollectEdges);

    [Fact]
    public void CoreAreas_UseOnlyTheAreasTheMatrixAllows()
    {
        var violations = Edges.Value
            .Select(e => (e.From, ToArea: Area(e.To), e.To, e.Where))
            .Where(e => e.ToArea is not null && e.ToArea != e.From && !Allowed[e.From].Contains(e.ToArea))
            .Select(e => $"{e.From} -> {e.ToArea}: {e.Where} uses {e.To.FullName}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        violations.Should().BeEmpty();
    }

    [Fact]
    public void EveryCoreArea_IsInTheMatrix()
        => Core.GetTypes().Select(Area).OfType<string>().Distinct().Should().BeSubsetOf(Allowed.Keys);

    [Fact]
    public void Core_ReferencesNoFileOrConsoleApi()
    {
        var io = Edges.Value.Where(e => IoTypes.Contains(e.To)).Select(e => $"{e.Where} uses {e.To.FullName}").Distinct();

        io.Should().BeEmpty();
    }

    [Fact]
    public void Core_ReferencesNeitherTheCliNorCharts()
        => Core.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(n => n!.StartsWith("ScalingScenarios.", StringComparison.Ordinal));

    [Fact]
    public void Scanner_SeesReferencesInMethodBodies()
    {
        // Known edges that exist only inside method bodies; if the IL scan broke, the matrix test would pass vacuously.
        var found = Edges.Value.Select(e => (e.From, Area(e.To))).ToHashSet();

        found.Should().Contain(("Formulas", "Uncertainty")).And.Contain(("Scenarios", "Formulas")).And.Contain(("Uncertainty", "(root)"));
        Edges.Value.Should().Contain(e => e.To == typeof(Math));
    }

    /// <summary>The core area of a type: "(root)", "Claims", ...; null for types outside the ScalingScenarios namespaces.</summary>
    private static string? Area(Type type)
    {
        if (type.Assembly != Core)
        {
            return null;
        }

        var ns = type.Namespace;
        if (ns == "ScalingScenarios")
        {
            return "(root)";
        }

        return ns is not null && ns.StartsWith("ScalingScenarios.", StringComparison.Ordinal) ? ns["ScalingScenarios.".Length..].Split('.')[0] : null;
    }

    private static List<(string From, Type To, string Where)> CollectEdges()
    {
        var edges = new List<(string, Type, string)>();
        foreach (var type in Core.GetTypes())
        {
            if (Area(type) is not { } from)
            {
                continue;
            }

            void Add(Type? t, string where)
            {
                foreach (var part in Expand(t))
                {
                    edges.Add((from, part, where));
                }
            }

            Add(type.BaseType, type.Name);
            foreach (var i in type.GetInterfaces())
            {
                Add(i, type.Name);
            }

            foreach (var a in type.GetCustomAttributesData())
            {
                Add(a.AttributeType, type.Name);
            }

            const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var f in type.GetFields(All))
            {
                Add(f.FieldType, $"{type.Name}.{f.Name}");
            }

            foreach (var p in type.GetProperties(All))
            {
                Add(p.PropertyType, $"{type.Name}.{p.Name}");
            }

            foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                var where = $"{type.Name}.{m.Name}";
                foreach (var p in m.GetParameters())
                {
                    Add(p.ParameterType, where);
                }

                if (m is MethodInfo mi)
                {
                    Add(mi.ReturnType, where);
                }

                foreach (var a in m.GetCustomAttributesData())
                {
                    Add(a.AttributeType, where);
                }

                foreach (var referenced in BodyReferences(m))
                {
                    Add(referenced, where);
                }
            }
        }

        return edges;
    }

    /// <summary>A type with its generic arguments and element types, recursively (generic parameters are skipped).</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()))
            {
                yield return t;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types referenced by the operands of a method body's instructions (calls, fields, types, tokens).</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    var member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    switch (member)
                    {
                        case Type t:
                            yield return t;
                            break;
                        case FieldInfo f:
                            yield return f.DeclaringType!;
                            yield return f.FieldType;
                            break;
                        case MethodBase m:
                            yield return m.DeclaringType!;
                            if (m.IsGenericMethod)
                            {
                                foreach (var a in m.GetGenericArguments())
                                {
                                    yield return a;
                                }
                            }

                            break;
                    }

                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4; // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    break;
            }
        }
    }
}
