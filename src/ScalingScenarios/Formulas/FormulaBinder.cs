using ScalingScenarios.Reporting;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Formulas;

/// <summary>
/// Turns checked syntax trees into nodes of the model graph, variable by variable in dependency order.
/// Constant sub-expressions are folded to numbers, so that constant parameters are validated when the
/// model is built: the engine's constructors throw, and their <see cref="ArgumentException"/> becomes a
/// positioned <see cref="ScenarioError"/> at the argument it names (one mechanism for every parameter check).
/// </summary>
internal sealed class FormulaBinder
{
    /// <summary>The longest formula excerpt a leaf's label or a message shows (longer ones are cut with '…').</summary>
    private const int MaxShown = 120;

    private readonly Dictionary<string, BoundValue> _bound = new(StringComparer.Ordinal);
    private readonly HashSet<Uncertain> _variableNodes = [];
    private readonly List<ScenarioError> _errors = [];
    private readonly Dictionary<string, int> _leafLabels = new(StringComparer.Ordinal);
    private int _leafCount;
    private VariableDefinition _variable = null!;

    /// <summary>The nodes of the variables that bound without error, and every error found.</summary>
    public sealed record Result(IReadOnlyDictionary<string, Uncertain> Nodes, IReadOnlyList<ScenarioError> Errors);

    /// <summary>Binds every variable that passed the static checks and whose dependencies bound.</summary>
    /// <param name="checkedModel">The checked variables; correlated variables must come before everything that uses them (see <see cref="FormulaChecker.Check"/>).</param>
    /// <param name="correlations">Stated rank correlations between variables; connected pairs form one correlated group.</param>
    public static Result Bind(FormulaChecker.Result checkedModel, IReadOnlyList<CorrelationDefinition>? correlations = null)
    {
        var binder = new FormulaBinder();
        var nodes = new Dictionary<string, Uncertain>(StringComparer.Ordinal);
        var groups = CorrelationGroups(correlations ?? []);
        foreach (var variable in checkedModel.Order)
        {
            if (variable.Failed || variable.References.Any(r => !binder._bound.ContainsKey(r.Name)))
            {
                continue;
            }

            binder._variable = variable.Definition;
            binder._leafLabels.Clear();
            binder._leafCount = 0;
            try
            {
                var value = variable.Tree is null ? BoundValue.Of(variable.Definition.Number ?? 0) : binder.BindNode(variable.Tree);
                var node = value.AsNode();
                if (binder._variableNodes.Contains(node))
                {
                    // An alias of another variable: renaming a random leaf would make a new, independent leaf,
                    // so wrap it to keep one draw per sample shared by both names.
                    node = Uncertain.Map(static x => x, node);
                }

                node = node.Named(variable.Name);
                binder._bound[variable.Name] = value.IsConstant ? value : BoundValue.Of(node);
                binder._variableNodes.Add(node);
                nodes[variable.Name] = node;
            }
            catch (BindException)
            {
                // Already recorded in _errors; dependants are skipped.
            }

            foreach (var group in groups.Where(g => g.Members.Contains(variable.Name) && g.Members.All(nodes.ContainsKey)))
            {
                binder.Correlate(group, nodes);
            }
        }

        return new Result(nodes, binder._errors);
    }

    /// <summary>A set of variables correlated together: the connected pairs, with their rank-correlation matrix (0 where no pair was stated).</summary>
    private sealed record Group(List<string> Members, List<CorrelationDefinition> Pairs);

    private static List<Group> CorrelationGroups(IReadOnlyList<CorrelationDefinition> correlations)
    {
        var groups = new List<Group>();
        foreach (var pair in correlations)
        {
            var touching = groups.Where(g => g.Members.Contains(pair.First) || g.Members.Contains(pair.Second)).ToList();
            var merged = new Group([], []);
            foreach (var g in touching)
            {
                groups.Remove(g);
                merged.Members.AddRange(g.Members);
                merged.Pairs.AddRange(g.Pairs);
            }

            foreach (var name in new[] { pair.First, pair.Second }.Where(n => !merged.Members.Contains(n)))
            {
                merged.Members.Add(name);
            }

            merged.Pairs.Add(pair);
            groups.Add(merged);
        }

        return groups;
    }

    /// <summary>Replaces a group's nodes by jointly sampled copies (Iman–Conover in the engine); an invalid group becomes an error at its first pair.</summary>
    private void Correlate(Group group, Dictionary<string, Uncertain> nodes)
    {
        var n = group.Members.Count;
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
        }

        foreach (var pair in group.Pairs)
        {
            var (i, j) = (group.Members.IndexOf(pair.First), group.Members.IndexOf(pair.Second));
            matrix[i, j] = matrix[j, i] = pair.RankCorrelation;
        }

        var first = group.Pairs[0];
        var notLeaf = group.Members.FirstOrDefault(m => nodes[m].Distribution is null);
        ParameterViolation? violation = null;
        if (notLeaf is null)
        {
            try
            {
                var correlated = Uncertain.Correlate(matrix, [.. group.Members.Select(m => nodes[m])]);
                for (var i = 0; i < n; i++)
                {
                    var name = group.Members[i];
                    _variableNodes.Remove(nodes[name]);
                    nodes[name] = correlated[i];
                    _variableNodes.Add(correlated[i]);
                    _bound[name] = BoundValue.Of(correlated[i]);
                }

                return;
            }
            catch (ArgumentException ex) when (ParameterViolation.Of(ex) is { } v)
            {
                violation = v; // only the matrix can be wrong here: the members were checked above
            }
        }

        var (expected, found) = violation is null
            ? ($"variables that are distributions with constant parameters, to correlate {string.Join(", ", group.Members)}",
                $"'{notLeaf}', which is computed from other values or has uncertain parameters")
            : ($"a valid rank correlation between {string.Join(", ", group.Members)}: {violation.Expected}", violation.Got);
        _errors.Add(new ScenarioError(ScenarioErrorKind.InvalidParameter, expected, found, line: first.Line, column: first.Column, field: first.Field));
        foreach (var name in group.Members)
        {
            // Nothing may use the uncorrelated draws: drop the group so that its dependants are skipped.
            _bound.Remove(name);
            nodes.Remove(name);
        }
    }

    private BoundValue BindNode(SyntaxNode node) => node switch
    {
        NumberNode n => BoundValue.Of(n.Value),
        NameNode n => _bound[n.Name],
        UnaryNode u => Negate(u),
        BinaryNode b when b.Operator == BinaryOperator.To => BindTo(b),
        BinaryNode b => BindBinary(b),
        ConditionalNode c => BindConditional(c),
        CallNode call => BindCall(call),
        _ => throw Fail(ScenarioErrorKind.TypeMismatch, node, "a number or an uncertain value", "a list"),
    };

    private BoundValue Negate(UnaryNode u)
    {
        var operand = BindNode(u.Operand);
        return operand.IsConstant ? BoundValue.Of(-operand.Constant) : BoundValue.Of(-operand.Node!);
    }

    /// <summary>
    /// Binds a binary operation. A left-associative chain (<c>a + b - c * d …</c>) is bound along its left spine in a loop,
    /// so that a 100,000-term sum does not recurse 100,000 deep; operands nest only as deep as the parser allows.
    /// </summary>
    private BoundValue BindBinary(BinaryNode b)
    {
        var spine = new List<BinaryNode>();
        SyntaxNode leftmost = b;
        while (leftmost is BinaryNode { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide } link)
        {
            spine.Add(link);
            leftmost = link.Left;
        }

        if (spine.Count == 0)
        {
            return Combine(b, BindNode(b.Left), BindNode(b.Right));
        }

        var value = BindNode(leftmost);
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            value = Combine(spine[i], value, BindNode(spine[i].Right));
        }

        return value;
    }

    private BoundValue Combine(BinaryNode b, BoundValue left, BoundValue right)
    {
        if (left.IsConstant && right.IsConstant)
        {
            var (x, y) = (left.Constant, right.Constant);
            var value = b.Operator switch
            {
                BinaryOperator.Add => x + y,
                BinaryOperator.Subtract => x - y,
                BinaryOperator.Multiply => x * y,
                BinaryOperator.Divide => x / y,
                BinaryOperator.Power => Math.Pow(x, y),
                BinaryOperator.Less => x < y ? 1 : 0,
                BinaryOperator.LessOrEqual => x <= y ? 1 : 0,
                BinaryOperator.Greater => x > y ? 1 : 0,
                BinaryOperator.GreaterOrEqual => x >= y ? 1 : 0,
                BinaryOperator.Equal => x == y ? 1 : 0,
                _ => x != y ? 1 : 0,
            };
            return Finite(value, b);
        }

        var (l, r) = (left.AsNode(), right.AsNode());
        return BoundValue.Of(b.Operator switch
        {
            BinaryOperator.Add => l + r,
            BinaryOperator.Subtract => l - r,
            BinaryOperator.Multiply => l * r,
            BinaryOperator.Divide => l / r,
            BinaryOperator.Power => Uncertain.Pow(l, r),
            BinaryOperator.Less => l < r,
            BinaryOperator.LessOrEqual => l <= r,
            BinaryOperator.Greater => l > r,
            BinaryOperator.GreaterOrEqual => l >= r,
            BinaryOperator.Equal => Uncertain.Equal(l, r),
            _ => Uncertain.NotEqual(l, r),
        });
    }

    private BoundValue BindTo(BinaryNode b)
    {
        var low = BindNode(b.Left);
        var high = BindNode(b.Right);
        if (low.IsConstant && high.IsConstant)
        {
            var hint = low.Constant <= 0
                ? "'low to high' is a log-normal range, so both bounds must be positive; for a range that includes 0 or negative values write normal(mean, stdDev) or uniform(low, high)."
                : low.Constant >= high.Constant ? "Write the smaller bound first: 'low to high'." : null;
            return Leaf(b, () => Uncertain.To(low.Constant, high.Constant), name => name == "low" ? b.Left : b.Right, "'low to high'", hint);
        }

        // Uncertain bounds: the same log-normal, with mu and sigma computed per sample. The node computing mu checks the
        // bounds of each sample, so that a bad sample is reported as "0 < low < high" with the variable and formula (named
        // after them), not as a NaN from an anonymous helper node.
        var (l, h) = (low.AsNode(), high.AsNode());
        var formula = $"{_variable.Name}: {FormulaPrinter.Print(b, MaxShown)}";
        var mu = Uncertain.Map(static (a, c) => a > 0 && a < c
                ? (Math.Log(a) + Math.Log(c)) / 2
                : throw new ArgumentException(FormattableString.Invariant($"expected bounds with 0 < low < high; got low = {a:R} and high = {c:R}.")),
            l, h).Named(formula + " (log centre)");
        var sigma = Uncertain.Map(static (a, c) => (Math.Log(c) - Math.Log(a)) / (2 * ParameterRules.Z95), l, h).Named(formula + " (log spread)");
        return BoundValue.Of(Label(Uncertain.LogNormal(mu, sigma), b));
    }

    private BoundValue BindConditional(ConditionalNode c)
    {
        var condition = BindNode(c.Condition);
        var whenTrue = BindNode(c.WhenTrue);
        var whenFalse = BindNode(c.WhenFalse);
        if (condition.IsConstant)
        {
            return condition.Constant != 0 ? whenTrue : whenFalse;
        }

        if (whenTrue.IsConstant && whenFalse.IsConstant && whenTrue.Constant == whenFalse.Constant)
        {
            return whenTrue;
        }

        return BoundValue.Of(Uncertain.If(condition.Node!, whenTrue.AsNode(), whenFalse.AsNode()));
    }

    private BoundValue BindCall(CallNode call)
    {
        var function = FormulaFunctions.Find(call.Name)!;
        var args = call.Arguments;
        SyntaxNode ArgumentNamed(string? paramName)
        {
            var name = paramName is null ? null : paramName.Split('[')[0];
            for (var i = 0; i < args.Count; i++)
            {
                if (string.Equals(function.ParameterAt(i), name, StringComparison.OrdinalIgnoreCase))
                {
                    return args[i];
                }
            }

            return call;
        }

        switch (call.Name)
        {
            case "discrete":
                {
                    var values = ConstantList(function, args, 0);
                    var weights = ConstantList(function, args, 1);
                    return Leaf(call, () => Uncertain.Discrete(values, weights), ArgumentNamed, function.Signature);
                }

            case "mixture":
                {
                    var components = ((ListNode)args[0]).Items.Select(item => BindNode(item).AsNode()).ToArray();
                    var weights = ConstantList(function, args, 1);
                    return Leaf(call, () => Uncertain.Mixture(components, weights), ArgumentNamed, function.Signature);
                }

            case "betaMeanSd":
                {
                    // The one derived family: constant moments give a beta distribution, validated at once; uncertain ones
                    // give beta shapes computed per sample (checked per sample by the engine).
                    var (mean, stdDev) = (BindNode(args[0]), BindNode(args[1]));
                    return mean.IsConstant && stdDev.IsConstant
                        ? Leaf(call, () => Uncertain.BetaFromMeanAndStdDev(mean.Constant, stdDev.Constant), ArgumentNamed, function.Signature)
                        : Leaf(call, () => BetaFromUncertainMoments(mean.AsNode(), stdDev.AsNode(), $"{_variable.Name}: {FormulaPrinter.Print(call, MaxShown)} (moments)"), ArgumentNamed, function.Signature);
                }
        }

        var bound = args.Select(BindNode).ToArray();
        var nodes = bound.Select(v => v.AsNode()).ToArray();
        var allConstant = bound.All(v => v.IsConstant);
        if (DistributionSpecs.Find(call.Name) is { } spec)
        {
            return Leaf(call, () => Uncertain.Sampled(spec, nodes), ArgumentNamed, function.Signature);
        }

        // Every other function is numeric (math and the calculators): folded when constant, else lifted.
        if (allConstant)
        {
            double value;
            try
            {
                value = function.Compute!(bound.Select(v => v.Constant).ToArray());
            }
            catch (ArgumentException ex)
            {
                throw FromArgumentException(ex, ArgumentNamed(ex.ParamName), function.Signature);
            }

            return Finite(value, call);
        }

        return BoundValue.Of(Lift(call.Name, function, nodes, ArgumentNamed, call));
    }

    private Uncertain Lift(string name, FormulaFunction function, Uncertain[] nodes, Func<string?, SyntaxNode> argumentNamed, CallNode call)
    {
        switch (name)
        {
            case "exp": return Uncertain.Exp(nodes[0]);
            case "log": return Uncertain.Log(nodes[0]);
            case "log10": return Uncertain.Log10(nodes[0]);
            case "sqrt": return Uncertain.Sqrt(nodes[0]);
            case "abs": return Uncertain.Abs(nodes[0]);
            case "pow": return Uncertain.Pow(nodes[0], nodes[1]);
            case "min": return nodes.Skip(1).Aggregate(nodes[0], Uncertain.Min);
            case "max": return nodes.Skip(1).Aggregate(nodes[0], Uncertain.Max);
            case "clamp":
                try
                {
                    return Uncertain.Clamp(nodes[0], nodes[1], nodes[2]);
                }
                catch (ArgumentException ex)
                {
                    throw FromArgumentException(ex, argumentNamed(ex.ParamName), function.Signature);
                }

            default:
                var raw = function.Compute!;
                var functionName = function.Name;

                // A calculator's per-sample ArgumentException names its C# parameter: the run's
                // error shows the formula's argument instead.
                double compute(ReadOnlySpan<double> args)
                {
                    try
                    {
                        return raw(args);
                    }
                    catch (ArgumentException ex)
                    {
                        throw new ArgumentException(SampleMessage(ex, functionName), ex);
                    }
                }

                var lifted = nodes.Length switch
                {
                    1 => Uncertain.Map(a => compute([a]), nodes[0]),
                    2 => Uncertain.Map((a, b) => compute([a, b]), nodes[0], nodes[1]),
                    3 => Uncertain.Map((a, b, c) => compute([a, b, c]), nodes[0], nodes[1], nodes[2]),
                    _ => Uncertain.Map(compute, nodes),
                };

                // Named "variable: formula", so that a failing sample is reported at the call the user wrote, not at "map(…)".
                return lifted.Named($"{_variable.Name}: {FormulaPrinter.Print(call, MaxShown)}");
        }
    }

    /// <summary>"Expected a number in [0, 1] for 'shares[1]' of hhi; got 596." from a calculator's exception (its violation as data).</summary>
    private static string SampleMessage(ArgumentException ex, string function)
    {
        if (ParameterViolation.Of(ex) is { } v)
        {
            return $"Expected {v.Expected} for '{v.Parameter}' of {function}; got {v.Got}.";
        }

        // Every calculator the formulas lift throws through Guard, so this is only a safety net: no message is parsed.
        return $"{function}: {ex.Message}";
    }

    private static Uncertain BetaFromUncertainMoments(Uncertain mean, Uncertain stdDev, string name)
    {
        // Method of moments, per sample: k = m (1 - m) / s^2 - 1, alpha = m k, beta = (1 - m) k. The node computing k checks
        // the moments of each sample (the rule of Uncertain.BetaFromMeanAndStdDev), so that a bad sample is reported with the
        // variable and formula it is named after, not as an infinite or NaN shape from an anonymous helper node.
        var k = Uncertain.Map(static (m, s) =>
            {
                try
                {
                    return Distribution.BetaConcentration(m, s);
                }
                catch (ArgumentException)
                {
                    // One message for both moments of the sample, without the C# parameter names of the constant rule.
                    throw new ArgumentException(FormattableString.Invariant($"expected 0 < mean < 1 and 0 < stdDev < sqrt(mean (1 - mean)); got mean = {m:R} and stdDev = {s:R}."));
                }
            },
            mean, stdDev).Named(name);
        return Uncertain.Beta(mean * k, (1 - mean) * k);
    }

    private double[] ConstantList(FormulaFunction function, IReadOnlyList<SyntaxNode> args, int index)
    {
        var list = (ListNode)args[index];
        var values = new double[list.Items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var item = BindNode(list.Items[i]);
            if (!item.IsConstant)
            {
                throw Fail(ScenarioErrorKind.TypeMismatch, list.Items[i],
                    $"a constant number for '{function.ParameterAt(index)}' of {function.Name}", "an uncertain value",
                    "Only mixture's components may be uncertain; weights and discrete values are fixed numbers.");
            }

            values[i] = item.Constant;
        }

        return values;
    }

    /// <summary>Builds a distribution leaf, turning the engine's parameter exceptions into positioned errors.</summary>
    private BoundValue Leaf(SyntaxNode at, Func<Uncertain> build, Func<string?, SyntaxNode> argumentNamed, string signature, string? hint = null)
    {
        try
        {
            return BoundValue.Of(Label(build(), at));
        }
        catch (ArgumentException ex)
        {
            throw FromArgumentException(ex, argumentNamed(ex.ParamName), signature, hint);
        }
    }

    /// <summary>
    /// Names a random leaf "variable: formula" (unique within the variable), so sensitivity tables and errors say where
    /// it comes from. Its random stream is keyed on the variable's name and the leaf's position among the variable's
    /// random leaves, not on that display text, so a change to the printer cannot change a seeded number.
    /// </summary>
    private Uncertain Label(Uncertain node, SyntaxNode at)
    {
        if (!node.IsRandomLeaf)
        {
            return node;
        }

        var label = $"{_variable.Name}: {FormulaPrinter.Print(at, MaxShown)}";
        var count = _leafLabels[label] = _leafLabels.GetValueOrDefault(label) + 1;
        return node.Named(count == 1 ? label : $"{label} #{count}", $"{_variable.Name}#{++_leafCount}");
    }

    private BoundValue Finite(double value, SyntaxNode at)
    {
        if (double.IsFinite(value))
        {
            return BoundValue.Of(value);
        }

        // Point at the operator of a binary operation (the '/' of 1 / 0), else at the whole call.
        var (start, length) = at is BinaryNode b ? (b.OperatorStart, Syntax.Symbol(b.Operator).Length) : (at.Start, at.End - at.Start);
        _errors.Add(FormulaChecker.Error(ScenarioErrorKind.InvalidParameter, _variable, start, length,
            "a finite result", $"{Display.Number(value)} from {FormulaPrinter.Print(at, MaxShown)}"));
        throw new BindException();
    }

    /// <summary>
    /// The positioned error for a library exception: its <see cref="ParameterViolation"/> (data, never the message text)
    /// names the parameter, what it expected and what it got.
    /// </summary>
    private BindException FromArgumentException(ArgumentException ex, SyntaxNode at, string signature, string? hint = null)
    {
        var (expected, found) = ParameterViolation.Of(ex) is { } v
            ? ($"{v.Expected} for {v.Parameter} in {signature}", v.Got)
            : ($"valid parameters for {signature}", ex.Message);
        return Fail(ScenarioErrorKind.InvalidParameter, at, expected, found, hint);
    }

    private BindException Fail(ScenarioErrorKind kind, SyntaxNode at, string expected, string found, string? hint = null)
    {
        _errors.Add(FormulaChecker.Error(kind, _variable, at.Start, at.End - at.Start, expected, found, hint));
        return new BindException();
    }

    /// <summary>Stops binding one variable after its error was recorded.</summary>
    private sealed class BindException : Exception
    {
        public BindException()
            : base("The variable has an error.")
        {
        }

        public BindException(string message)
            : base(message)
        {
        }

        public BindException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
