using Spectre.Console.Cli;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// A minimal registrar for Spectre.Console.Cli: enough to hand the <see cref="CliConsole"/> to every command
/// and to resolve the framework's own services (including <c>IEnumerable&lt;T&gt;</c> of a service).
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<object>>> _factories = [];

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }

    public ITypeResolver Build() => new Resolver(this);

    private void Add(Type service, Func<object> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            _factories[service] = list = [];
        }

        list.Add(factory);
    }

    private object? Resolve(Type type)
    {
        if (_factories.TryGetValue(type, out var list))
        {
            return list[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = _factories.TryGetValue(element, out var all) ? all.Select(f => f()).ToArray() : [];
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            return array;
        }

        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    private object Create(Type type)
    {
        // Use the constructor with the most parameters that we can satisfy.
        foreach (var ctor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = ctor.GetParameters();
            var arguments = new object?[parameters.Length];
            var ok = true;
            for (var i = 0; i < parameters.Length && ok; i++)
            {
                arguments[i] = Resolve(parameters[i].ParameterType);
                ok = arguments[i] is not null || parameters[i].HasDefaultValue;
            }

            if (ok)
            {
                return ctor.Invoke(arguments);
            }
        }

        return Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Could not create an instance of {type.FullName}.");
    }

    private sealed class Resolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type) => type is null ? null : registrar.Resolve(type);
    }
}
