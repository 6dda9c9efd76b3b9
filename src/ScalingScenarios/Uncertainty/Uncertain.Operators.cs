using System.Runtime.CompilerServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>Operators and functions over uncertain quantities; each returns a new node and samples nothing.</summary>
public sealed partial class Uncertain
{
    /// <summary>The sum, sample by sample.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The node <c>left + right</c>.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator +(Uncertain left, Uncertain right) => Binary(NodeKind.Add, left, right);

    /// <summary>The difference, sample by sample.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The node <c>left - right</c>.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator -(Uncertain left, Uncertain right) => Binary(NodeKind.Subtract, left, right);

    /// <summary>The product, sample by sample.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The node <c>left * right</c>.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator *(Uncertain left, Uncertain right) => Binary(NodeKind.Multiply, left, right);

    /// <summary>The quotient, sample by sample; a division by zero is reported by the run as ±∞ or NaN at that sample.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The node <c>left / right</c>.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator /(Uncertain left, Uncertain right) => Binary(NodeKind.Divide, left, right);

    /// <summary>The negation, sample by sample.</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The node <c>-value</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static Uncertain operator -(Uncertain value) => Unary(NodeKind.Negate, value);

    /// <summary>1 where left &lt; right, else 0.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator <(Uncertain left, Uncertain right) => Binary(NodeKind.Less, left, right);

    /// <summary>1 where left &gt; right, else 0.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator >(Uncertain left, Uncertain right) => Binary(NodeKind.Greater, left, right);

    /// <summary>1 where left ≤ right, else 0.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator <=(Uncertain left, Uncertain right) => Binary(NodeKind.LessOrEqual, left, right);

    /// <summary>1 where left ≥ right, else 0.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain operator >=(Uncertain left, Uncertain right) => Binary(NodeKind.GreaterOrEqual, left, right);

    /// <summary>1 where left = right, else 0 (C#'s <c>==</c> stays reference equality of nodes).</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Equal(Uncertain left, Uncertain right) => Binary(NodeKind.Equal, left, right);

    /// <summary>1 where left ≠ right, else 0.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain NotEqual(Uncertain left, Uncertain right) => Binary(NodeKind.NotEqual, left, right);

    /// <summary>The sum (named alternative of <c>+</c>).</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Add(Uncertain left, Uncertain right) => left + right;

    /// <summary>The difference (named alternative of <c>-</c>).</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Subtract(Uncertain left, Uncertain right) => left - right;

    /// <summary>The product (named alternative of <c>*</c>).</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Multiply(Uncertain left, Uncertain right) => left * right;

    /// <summary>The quotient (named alternative of <c>/</c>).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Divide(Uncertain left, Uncertain right) => left / right;

    /// <summary>The negation (named alternative of unary <c>-</c>).</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static Uncertain Negate(Uncertain value) => -value;

    /// <summary>A constant node (named alternative of the implicit conversion).</summary>
    /// <param name="value">The value. Range: any finite number.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or ±∞.</exception>
    public static Uncertain FromDouble(double value) => Constant(value);

    /// <summary>1 where left &lt; right, else 0 (named alternative of <c>&lt;</c>).</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain LessThan(Uncertain left, Uncertain right) => left < right;

    /// <summary>1 where left &gt; right, else 0 (named alternative of <c>&gt;</c>).</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain GreaterThan(Uncertain left, Uncertain right) => left > right;

    /// <summary>1 where left ≤ right, else 0 (named alternative of <c>&lt;=</c>).</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain LessThanOrEqual(Uncertain left, Uncertain right) => left <= right;

    /// <summary>1 where left ≥ right, else 0 (named alternative of <c>&gt;=</c>).</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>The indicator node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain GreaterThanOrEqual(Uncertain left, Uncertain right) => left >= right;

    /// <summary>The power x^y, sample by sample (as <see cref="Math.Pow(double, double)"/>).</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The exponent.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Pow(Uncertain x, Uncertain y) => Binary(NodeKind.Pow, x, y);

    /// <summary>The smaller of two values, sample by sample.</summary>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Min(Uncertain a, Uncertain b) => Binary(NodeKind.Min, a, b);

    /// <summary>The larger of two values, sample by sample.</summary>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static Uncertain Max(Uncertain a, Uncertain b) => Binary(NodeKind.Max, a, b);

    /// <summary>The absolute value, sample by sample.</summary>
    /// <param name="x">The operand.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Uncertain Abs(Uncertain x) => Unary(NodeKind.Abs, x);

    /// <summary>e^x, sample by sample; an overflow to +∞ is reported by the run.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Uncertain Exp(Uncertain x) => Unary(NodeKind.Exp, x);

    /// <summary>The natural logarithm, sample by sample; x ≤ 0 is reported by the run.</summary>
    /// <param name="x">The operand. Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Uncertain Log(Uncertain x) => Unary(NodeKind.Log, x);

    /// <summary>The base-10 logarithm, sample by sample; x ≤ 0 is reported by the run.</summary>
    /// <param name="x">The operand. Range: (0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Uncertain Log10(Uncertain x) => Unary(NodeKind.Log10, x);

    /// <summary>The square root, sample by sample; x &lt; 0 is reported by the run.</summary>
    /// <param name="x">The operand. Range: [0, ∞) in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Uncertain Sqrt(Uncertain x) => Unary(NodeKind.Sqrt, x);

    /// <summary><paramref name="x"/> limited to [lower, upper], sample by sample.</summary>
    /// <param name="x">The value.</param>
    /// <param name="lower">The lower limit.</param>
    /// <param name="upper">The upper limit. Range: ≥ lower in every sample.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">Both limits are constant and <paramref name="upper"/> &lt; <paramref name="lower"/>.</exception>
    public static Uncertain Clamp(Uncertain x, Uncertain lower, Uncertain upper)
    {
        Operand(x);
        Operand(lower);
        Operand(upper);
        if (lower.IsConstant && upper.IsConstant && ParameterRules.ClampBounds(lower.Value, upper.Value) is { } violation)
        {
            throw violation.ToException();
        }

        return new Uncertain(NodeKind.Clamp, [x, lower, upper]);
    }

    /// <summary>A conditional, sample by sample: <paramref name="whenTrue"/> where <paramref name="condition"/> ≠ 0, else <paramref name="whenFalse"/>.</summary>
    /// <param name="condition">The condition (usually a comparison, 1 or 0).</param>
    /// <param name="whenTrue">The value where the condition holds.</param>
    /// <param name="whenFalse">The value where it does not.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <remarks>Both branches are evaluated in every sample; NaN or ±∞ in the branch not taken is not an error.</remarks>
    public static Uncertain If(Uncertain condition, Uncertain whenTrue, Uncertain whenFalse)
    {
        Operand(condition);
        Operand(whenTrue);
        Operand(whenFalse);
        return new Uncertain(NodeKind.If, [condition, whenTrue, whenFalse]);
    }

    /// <summary>Lifts a scalar function to uncertain inputs: applies <paramref name="function"/> to each sample.</summary>
    /// <param name="function">A pure, thread-safe function.</param>
    /// <param name="a">Its argument.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>An exception thrown by the function, or a NaN/±∞ it returns, is reported by the run as a <see cref="SimulationException"/>.</remarks>
    [OverloadResolutionPriority(1)] // a lambda that ignores its argument would otherwise also fit the span overload
    public static Uncertain Map(Func<double, double> function, Uncertain a)
    {
        Guard.NotNull(function);
        Operand(a);
        return new Uncertain(NodeKind.Map1, [a], payload: function);
    }

    /// <summary>Lifts a scalar function of two arguments to uncertain inputs.</summary>
    /// <param name="function">A pure, thread-safe function.</param>
    /// <param name="a">The first argument.</param>
    /// <param name="b">The second argument.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>An exception thrown by the function, or a NaN/±∞ it returns, is reported by the run as a <see cref="SimulationException"/>.</remarks>
    [OverloadResolutionPriority(1)] // a lambda that ignores its argument would otherwise also fit the span overload
    public static Uncertain Map(Func<double, double, double> function, Uncertain a, Uncertain b)
    {
        Guard.NotNull(function);
        Operand(a);
        Operand(b);
        return new Uncertain(NodeKind.Map2, [a, b], payload: function);
    }

    /// <summary>Lifts a scalar function of three arguments to uncertain inputs.</summary>
    /// <param name="function">A pure, thread-safe function.</param>
    /// <param name="a">The first argument.</param>
    /// <param name="b">The second argument.</param>
    /// <param name="c">The third argument.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>An exception thrown by the function, or a NaN/±∞ it returns, is reported by the run as a <see cref="SimulationException"/>.</remarks>
    [OverloadResolutionPriority(1)] // a lambda that ignores its argument would otherwise also fit the span overload
    public static Uncertain Map(Func<double, double, double, double> function, Uncertain a, Uncertain b, Uncertain c)
    {
        Guard.NotNull(function);
        Operand(a);
        Operand(b);
        Operand(c);
        return new Uncertain(NodeKind.Map3, [a, b, c], payload: function);
    }

    /// <summary>Lifts a scalar function of any number of arguments to uncertain inputs; it receives one sample of each argument, in order.</summary>
    /// <param name="function">A pure, thread-safe function; the span is valid only during the call.</param>
    /// <param name="args">The arguments; at least one.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/>, <paramref name="args"/> or an argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="args"/> is empty.</exception>
    /// <remarks>An exception thrown by the function, or a NaN/±∞ it returns, is reported by the run as a <see cref="SimulationException"/>.</remarks>
    public static Uncertain Map(Func<ReadOnlySpan<double>, double> function, params Uncertain[] args)
    {
        Guard.NotNull(function);
        Guard.NotNull(args);
        if (args.Length == 0)
        {
            throw Guard.Invalid(nameof(args), "at least one argument", "none");
        }

        for (var i = 0; i < args.Length; i++)
        {
            Operand(args[i], $"{nameof(args)}[{i}]");
        }

        return new Uncertain(NodeKind.MapN, [.. args], payload: function);
    }

    private static Uncertain Unary(NodeKind kind, Uncertain value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Operand(value, paramName);
        return new Uncertain(kind, [value]);
    }

    private static Uncertain Binary(NodeKind kind, Uncertain left, Uncertain right, [CallerArgumentExpression(nameof(left))] string? leftName = null, [CallerArgumentExpression(nameof(right))] string? rightName = null)
    {
        Operand(left, leftName);
        Operand(right, rightName);
        return new Uncertain(kind, [left, right]);
    }
}
