namespace ScalingScenarios.Formulas;

/// <summary>
/// The checks that need no simulation engine: parsing, unknown variables and functions (with "did you mean"),
/// argument counts, lists where numbers belong (and the reverse), and cycles between variables. Every error is
/// collected; nothing stops at the first one.
/// </summary>
internal sealed class FormulaChecker
{
    /// <summary>The most variable names a cycle's message lists (its first and last halves).</summary>
    private const int MaxCycleShown = 10;

    private readonly Dictionary<string, VariableDefinition> _variables;
    private readonly List<ScenarioError> _errors = [];

    private FormulaChecker(IReadOnlyList<VariableDefinition> variables)
    {
        _variables = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
        foreach (var v in variables)
        {
            _variables.TryAdd(v.Name, v);
        }
    }

    /// <summary>The result: every variable with its tree, the order to evaluate them in (dependencies first) and every error found.</summary>
    public sealed record Result(IReadOnlyList<CheckedVariable> Variables, IReadOnlyList<CheckedVariable> Order, IReadOnlyList<ScenarioError> Errors);

    /// <summary>Parses and checks the variables of one scenario.</summary>
    /// <param name="variables">The variables in file order.</param>
    /// <param name="first">Variables to place as early as the dependencies allow (correlated inputs, which must all exist before anything uses them).</param>
    public static Result Check(IReadOnlyList<VariableDefinition> variables, IReadOnlyCollection<string>? first = null)
    {
        var checker = new FormulaChecker(variables);
        var checkedVariables = variables.Select(checker.CheckOne).ToList();
        var roots = first is null || first.Count == 0
            ? checkedVariables
            : [.. checkedVariables.Where(v => first.Contains(v.Name)), .. checkedVariables.Where(v => !first.Contains(v.Name))];
        var order = checker.Order(roots);
        return new Result(checkedVariables, order, checker._errors);
    }

    /// <summary>Builds an error located in a variable's formula.</summary>
    internal static ScenarioError Error(ScenarioErrorKind kind, VariableDefinition variable, int offset, int length, string expected, string found, string? hint = null)
        => new(kind, expected, found, variable.Name, offset + 1, Math.Max(1, length), hint, variable.Line, variable.Column, formula: variable.Text);

    private CheckedVariable CheckOne(VariableDefinition variable)
    {
        if (variable.Formula is null)
        {
            return new CheckedVariable(variable, null, [], failed: false);
        }

        SyntaxNode tree;
        try
        {
            tree = Parser.Parse(variable.Formula);
        }
        catch (FormulaSyntaxException ex)
        {
            _errors.Add(Error(ScenarioErrorKind.Syntax, variable, ex.Offset, ex.Length, ex.Expected, ex.Found, ex.Hint));
            return new CheckedVariable(variable, null, [], failed: true);
        }

        var before = _errors.Count;
        var references = new List<NameNode>();
        Walk(variable, tree, ParameterKind.Number, references, null);
        return new CheckedVariable(variable, tree, references, failed: _errors.Count > before);
    }

    /// <summary>Checks a tree in source order with an explicit stack, so that a 100,000-term sum needs no deep recursion.</summary>
    private void Walk(VariableDefinition variable, SyntaxNode root, ParameterKind rootExpected, List<NameNode> references, string? rootArgumentOf)
    {
        var pending = new Stack<(SyntaxNode Node, ParameterKind Expected, string? ArgumentOf)>();
        pending.Push((root, rootExpected, rootArgumentOf));
        while (pending.Count > 0)
        {
            var (node, expected, argumentOf) = pending.Pop();
            switch (node)
            {
                case NumberNode:
                    break;
                case NameNode name:
                    CheckName(variable, name, references);
                    break;
                case UnaryNode u:
                    pending.Push((u.Operand, ParameterKind.Number, null));
                    break;
                case BinaryNode b:
                    // Pushed right first so that the left operand is checked first (source order).
                    pending.Push((b.Right, ParameterKind.Number, null));
                    pending.Push((b.Left, ParameterKind.Number, null));
                    break;
                case ConditionalNode c:
                    pending.Push((c.WhenFalse, ParameterKind.Number, null));
                    pending.Push((c.WhenTrue, ParameterKind.Number, null));
                    pending.Push((c.Condition, ParameterKind.Number, null));
                    break;
                case CallNode call:
                    var arguments = CheckCall(variable, call);
                    for (var i = arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push(arguments[i]);
                    }

                    break;
                case ListNode list when expected == ParameterKind.Number:
                    _errors.Add(Error(ScenarioErrorKind.TypeMismatch, variable, list.Start, list.End - list.Start,
                        argumentOf is null ? "a number or an uncertain value" : $"a number or an uncertain value for {argumentOf}",
                        "a list", "Lists [...] are only arguments of discrete and mixture."));
                    break;
                case ListNode list:
                    for (var i = list.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push((list.Items[i], ParameterKind.Number, null));
                    }

                    break;
            }
        }
    }

    private void CheckName(VariableDefinition variable, NameNode name, List<NameNode> references)
    {
        if (_variables.ContainsKey(name.Name))
        {
            references.Add(name);
            return;
        }

        var function = FormulaFunctions.Find(name.Name);
        var hint = function is not null
            ? $"'{name.Name}' is a function; call it with arguments, e.g. {function.Signature}."
            : NameSuggester.Suggest(name.Name, _variables.Keys) is { } suggestion ? $"Did you mean '{suggestion}'?" : null;
        _errors.Add(Error(ScenarioErrorKind.UnknownVariable, variable, name.Start, name.End - name.Start,
            "a variable defined in this scenario", $"unknown name '{name.Name}'", hint));
    }

    /// <summary>Checks a call's name, argument count and list arguments; returns the arguments to check next, with what each must be.</summary>
    private List<(SyntaxNode Node, ParameterKind Expected, string? ArgumentOf)> CheckCall(VariableDefinition variable, CallNode call)
    {
        var next = new List<(SyntaxNode Node, ParameterKind Expected, string? ArgumentOf)>(call.Arguments.Count);
        var function = FormulaFunctions.Find(call.Name);
        if (function is null)
        {
            var hint = NameSuggester.Suggest(call.Name, FormulaFunctions.All.Select(f => f.Name)) is { } suggestion
                ? $"Did you mean '{suggestion}'?"
                : _variables.ContainsKey(call.Name) ? $"'{call.Name}' is a variable, not a function; use '*' to multiply." : null;
            _errors.Add(Error(ScenarioErrorKind.UnknownFunction, variable, call.Start, call.NameEnd - call.Start,
                "a function name", $"unknown function '{call.Name}'", hint));
            next.AddRange(call.Arguments.Select(argument => (argument, ParameterKind.UncertainList, (string?)null)));
            return next;
        }

        if (!function.Accepts(call.Arguments.Count))
        {
            var count = call.Arguments.Count;
            _errors.Add(Error(ScenarioErrorKind.ArgumentCount, variable, call.Start, call.End - call.Start,
                $"{function.DescribeArity()} for {function.Name}", count == 1 ? "1 argument" : $"{count} arguments"));
        }

        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var kind = function.KindAt(i);
            var what = $"'{function.ParameterAt(i)}' of {function.Name}";
            if (kind != ParameterKind.Number && argument is not ListNode)
            {
                _errors.Add(Error(ScenarioErrorKind.TypeMismatch, variable, argument.Start, argument.End - argument.Start,
                    $"a list such as [1, 2, 3] for {what}", "a single value"));
                next.Add((argument, ParameterKind.Number, null));
                continue;
            }

            next.Add((argument, kind, what));
        }

        return next;
    }

    /// <summary>
    /// Orders the variables dependencies first (a depth-first search with an explicit stack, so that a chain of
    /// 100,000 variables each using the next needs no deep recursion) and reports every cycle it closes.
    /// </summary>
    private List<CheckedVariable> Order(List<CheckedVariable> variables)
    {
        var byName = new Dictionary<string, CheckedVariable>(StringComparer.Ordinal);
        foreach (var v in variables)
        {
            byName.TryAdd(v.Name, v);
        }

        var order = new List<CheckedVariable>(variables.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done

        // The path being explored: each variable, the reference it was reached through, and its next reference to follow.
        var path = new List<(CheckedVariable Variable, NameNode? Via)>();
        var next = new List<int>();
        foreach (var root in variables)
        {
            if (state.ContainsKey(root.Name))
            {
                continue;
            }

            state[root.Name] = 1;
            path.Add((root, null));
            next.Add(0);
            while (path.Count > 0)
            {
                var top = path.Count - 1;
                var v = path[top].Variable;
                if (next[top] == v.References.Count)
                {
                    state[v.Name] = 2;
                    order.Add(v);
                    path.RemoveAt(top);
                    next.RemoveAt(top);
                    continue;
                }

                var reference = v.References[next[top]++];
                var target = byName[reference.Name];
                state.TryGetValue(target.Name, out var s);
                if (s == 1)
                {
                    ReportCycle(path.GetRange(0, top), v, reference, target);
                }
                else if (s == 0)
                {
                    state[target.Name] = 1;
                    path.Add((target, reference));
                    next.Add(0);
                }
            }
        }

        return order;
    }

    private void ReportCycle(List<(CheckedVariable Variable, NameNode? Via)> stack, CheckedVariable from, NameNode reference, CheckedVariable target)
    {
        var members = new List<CheckedVariable>();
        var startIndex = stack.FindIndex(frame => frame.Variable == target);
        if (startIndex >= 0)
        {
            members.AddRange(stack.Skip(startIndex).Select(frame => frame.Variable));
        }

        members.Add(from);
        if (members[0] != target)
        {
            members.Insert(0, target);
        }

        foreach (var member in members)
        {
            member.Failed = true;
        }

        // A long cycle is shown by its ends, so that the message stays short.
        var names = members.Select(m => m.Name).Append(target.Name).ToList();
        var path = names.Count <= MaxCycleShown
            ? string.Join(" -> ", names)
            : string.Join(" -> ", names.Take(MaxCycleShown / 2)) + $" -> … ({names.Count - MaxCycleShown} more) -> " + string.Join(" -> ", names.TakeLast(MaxCycleShown / 2));
        _errors.Add(Error(ScenarioErrorKind.Cycle, from.Definition, reference.Start, reference.End - reference.Start,
            "a variable that does not depend on itself", $"the cycle {path}",
            "Variables may refer to variables defined later, but not in a circle."));
    }
}
