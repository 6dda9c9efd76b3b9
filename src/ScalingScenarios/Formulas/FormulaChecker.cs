namespace ScalingScenarios.Formulas;

/// <summary>
/// The checks that need no simulation engine: parsing, unknown variables and functions (with "did you mean"),
/// argument counts, lists where numbers belong (and the reverse), and cycles between variables. Every error is
/// collected; nothing stops at the first one.
/// </summary>
internal sealed class FormulaChecker
{
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

    private void Walk(VariableDefinition variable, SyntaxNode node, ParameterKind expected, List<NameNode> references, string? argumentOf)
    {
        switch (node)
        {
            case NumberNode:
                break;
            case NameNode name:
                CheckName(variable, name, references);
                break;
            case UnaryNode u:
                Walk(variable, u.Operand, ParameterKind.Number, references, null);
                break;
            case BinaryNode b:
                Walk(variable, b.Left, ParameterKind.Number, references, null);
                Walk(variable, b.Right, ParameterKind.Number, references, null);
                break;
            case ConditionalNode c:
                Walk(variable, c.Condition, ParameterKind.Number, references, null);
                Walk(variable, c.WhenTrue, ParameterKind.Number, references, null);
                Walk(variable, c.WhenFalse, ParameterKind.Number, references, null);
                break;
            case CallNode call:
                CheckCall(variable, call, references);
                break;
            case ListNode list when expected == ParameterKind.Number:
                _errors.Add(Error(ScenarioErrorKind.TypeMismatch, variable, list.Start, list.End - list.Start,
                    argumentOf is null ? "a number or an uncertain value" : $"a number or an uncertain value for {argumentOf}",
                    "a list", "Lists [...] are only arguments of discrete and mixture."));
                break;
            case ListNode list:
                foreach (var item in list.Items)
                {
                    Walk(variable, item, ParameterKind.Number, references, null);
                }

                break;
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

    private void CheckCall(VariableDefinition variable, CallNode call, List<NameNode> references)
    {
        var function = FormulaFunctions.Find(call.Name);
        if (function is null)
        {
            var hint = NameSuggester.Suggest(call.Name, FormulaFunctions.All.Select(f => f.Name)) is { } suggestion
                ? $"Did you mean '{suggestion}'?"
                : _variables.ContainsKey(call.Name) ? $"'{call.Name}' is a variable, not a function; use '*' to multiply." : null;
            _errors.Add(Error(ScenarioErrorKind.UnknownFunction, variable, call.Start, call.NameEnd - call.Start,
                "a function name", $"unknown function '{call.Name}'", hint));
            foreach (var argument in call.Arguments)
            {
                Walk(variable, argument, ParameterKind.UncertainList, references, null);
            }

            return;
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
                Walk(variable, argument, ParameterKind.Number, references, null);
                continue;
            }

            Walk(variable, argument, kind, references, what);
        }
    }

    private List<CheckedVariable> Order(List<CheckedVariable> variables)
    {
        var byName = new Dictionary<string, CheckedVariable>(StringComparer.Ordinal);
        foreach (var v in variables)
        {
            byName.TryAdd(v.Name, v);
        }

        var order = new List<CheckedVariable>(variables.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var stack = new List<(CheckedVariable Variable, NameNode? Via)>();

        void Visit(CheckedVariable v)
        {
            state[v.Name] = 1;
            foreach (var reference in v.References)
            {
                var target = byName[reference.Name];
                state.TryGetValue(target.Name, out var s);
                if (s == 1)
                {
                    ReportCycle(stack, v, reference, target);
                }
                else if (s == 0)
                {
                    stack.Add((v, reference));
                    Visit(target);
                    stack.RemoveAt(stack.Count - 1);
                }
            }

            state[v.Name] = 2;
            order.Add(v);
        }

        foreach (var v in variables)
        {
            if (!state.ContainsKey(v.Name))
            {
                Visit(v);
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

        var path = string.Join(" -> ", members.Select(m => m.Name).Append(target.Name));
        _errors.Add(Error(ScenarioErrorKind.Cycle, from.Definition, reference.Start, reference.End - reference.Start,
            "a variable that does not depend on itself", $"the cycle {path}",
            "Variables may refer to variables defined later, but not in a circle."));
    }
}
