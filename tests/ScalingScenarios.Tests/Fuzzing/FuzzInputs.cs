using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Fuzzing;

/// <summary>
/// Generators of hostile inputs for the fuzzer: formulas from the grammar (docs/scenarios.md section 2, every
/// operator, function and number form, plus near misses), deeply nested and very long formulas, whole scenario
/// files with every field (valid and invalid values), and random byte-level mutations of those and of the sample
/// files in samples/scenarios.
/// </summary>
internal static class FuzzInputs
{
    private static readonly string[] VariableNames = ["a", "b", "c", "share", "x_1", "_y"];

    private static readonly Gen<string> Space = Gen.Frequency((8, Gen.Const(" ")), (3, Gen.Const(string.Empty)), (1, Gen.OneOf("  ", "\t", "\n", "\u00a0")));

    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.Int[0, 1000].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Double[0, 1e6].Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.Int[-330, 330].Select(e => $"1e{e}")),
        (2, Gen.OneOf("0", ".5", "0.25", "1e308", "1e309", "2e-320", "3k", "2.5M", "100B", "1.5T", "5%", "1e9", "7E-3")),
        (1, Gen.OneOf("1e", "1e+", ".", "1.2.3", "0x10", "1_000", "3kk", "2M2", "1%%", "12abc", new string('9', 400))));

    private static readonly Gen<string> Name = Gen.Frequency(
        (6, Gen.OneOf(VariableNames)),
        (1, Gen.OneOf("to", "unknown", "uniform", "Normal", "shares", "e", "k", "T", "x" + new string('y', 200))));

    private static readonly Gen<string> FunctionName = Gen.Frequency(
        (8, Gen.OneOf([.. FormulaFunctions.All.Select(f => f.Name)])),
        (1, Gen.OneOf("unifrom", "f", "a", "to", "Uniform", "map", "log2")));

    private static readonly Gen<string> BinaryOperator = Gen.Frequency(
        (10, Gen.OneOf("+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!=")),
        (1, Gen.OneOf("\u2212", "\u00d7", "=", "&", "|", "%", "**", "!", "=>", ",")));

    private static readonly Gen<string> Atom = Gen.Frequency((5, Number), (4, Name));

    private static readonly Gen<string>[] ByDepth = BuildFormulas(4);

    /// <summary>Characters inserted by mutations: JSON and formula punctuation, escapes, controls, non-ASCII and lone surrogates.</summary>
    private static readonly string Alphabet = "{}[]\":,\\/*()+-^?<>=!%.eE0129az_ \t\n\r\0\u001b\u007f\u00e9\u2212\u00d7\ud800\udc00\uffff\ufeff";

    /// <summary>Formulas of nesting depth up to 4, with near misses of the grammar.</summary>
    public static Gen<string> Formula => ByDepth[^1];

    /// <summary>Formulas nested or chained far beyond the nesting limit, or near it, or very long flat chains.</summary>
    public static Gen<string> DeepFormula { get; } = Gen.OneOf(Gen.Select(
        Gen.OneOf("(", "-", "abs(", "[", "2 ^ ", "1 ? 1 : ", "(1 ? ", "- (", "min(1, "),
        Gen.Frequency((3, Gen.Int[Parser.MaxNesting - 2, Parser.MaxNesting + 2]), (1, Gen.Int[1, 5000])),
        Gen.Bool,
        (opener, depth, close) =>
        {
            var closer = opener switch
            {
                "(" or "abs(" or "- (" or "min(1, " => ")",
                "[" => "]",
                "(1 ? " => " : 0)",
                _ => string.Empty,
            };
            var sb = new StringBuilder().Insert(0, opener, depth).Append("uniform(1, 2)");
            return (close ? sb.Insert(sb.Length, closer, depth) : sb).ToString();
        }),
        Gen.Select(Gen.Int[1, 20_000], Gen.OneOf(" + 1", " * 1", " - x", "+1", " / 2", " + uniform(0, 1)"), (n, term) => "1" + new StringBuilder().Insert(0, term, n)));

    /// <summary>Whole scenario files: every field, with valid and invalid values, duplicates and unknown fields.</summary>
    public static Gen<string> ScenarioFile { get; } = Gen.Select(
        Gen.Frequency((6, Gen.OneOf("\"t\"", "\"A scenario\"")), (1, Gen.OneOf("1", "null", "\"\"", "[\"x\"]", "\"\\u0000\\u001b[2J\"", "\"\\ud800\""))),
        Gen.OneOf(string.Empty, "\"samples\": 1000,", "\"samples\": 0,", "\"samples\": -5,", "\"samples\": 1e5,", "\"samples\": 2147483647,", "\"samples\": 2147483648,", "\"samples\": 1.5,", "\"samples\": \"many\",", "\"samples\": 1e400,"),
        Gen.OneOf(string.Empty, "\"seed\": 7,", "\"seed\": -1,", "\"seed\": 9007199254740993,", "\"seed\": 1e300,", "\"seed\": null,"),
        Gen.Frequency(
            (4, Gen.Frequency((8, Formula.Select(Quote)), (1, Gen.OneOf("1", "-2.5", "1e400", "true", "null", "[]", "{}"))).Array[1, 6]
                .Select(values => values.Select((v, i) => $"\"{VariableNames[i]}\": {v}").ToArray())),
            (1, Gen.Select(Gen.OneOf(VariableNames), Formula.Select(Quote), (n, v) => $"\"{n}\": {v}").Array[0, 6])),
        Gen.OneOf(VariableNames).Select(Quote).Array[0, 4],
        Gen.OneOf(
            string.Empty,
            ", \"units\": { \"a\": \"USD\", \"b\": \"percent\" }",
            ", \"units\": { \"a\": \"USD\", \"a\": \"x\" }",
            ", \"descriptions\": { \"a\": \"first\", \"zz\": 1 }",
            ", \"correlations\": [ { \"variables\": [\"a\", \"b\"], \"rankCorrelation\": 0.5 } ]",
            ", \"correlations\": [ { \"variables\": [\"a\", \"b\"], \"rankCorrelation\": 0.5 }, { \"variables\": [\"b\", \"a\"], \"rankCorrelation\": 0.2 } ]",
            ", \"correlations\": [ { \"variables\": [\"a\", \"c\"], \"rankCorrelation\": 2 }, { \"variables\": [\"a\"] }, 1 ]",
            ", \"correlations\": [ { \"variables\": [\"a\", \"b\"], \"rankCorrelation\": 0.9 }, { \"variables\": [\"b\", \"c\"], \"rankCorrelation\": 0.9 }, { \"variables\": [\"a\", \"c\"], \"rankCorrelation\": -0.9 } ]",
            ", \"sample\": 5, \"$schema\": \"x\"",
            ", \"branches\": { \"up\": { \"probability\": \"0.6\", \"variables\": { \"a\": \"2\" } }, \"down\": { \"probability\": \"0.4\" } }",
            ", \"branches\": { \"up\": { \"probability\": \"b\", \"variables\": { \"zz\": \"1\" } }, \"up\": { \"probability\": 2 } }",
            ", \"branches\": { \"up\": { \"probability\": \"uniform(0, 1)\", \"variables\": { \"a\": \"b +\" } } }",
            ", \"branches\": [1]",
            ", \"name\": \"again\""),
        (name, samples, seed, variables, outputs, extra) =>
            $"{{ \"name\": {name}, {samples} {seed} \"variables\": {{ {string.Join(", ", variables)} }}, \"outputs\": [{string.Join(", ", outputs)}]{extra} }}");

    /// <summary>Formulas valid by construction, with '@k' standing for a reference to an earlier variable (see <see cref="Resolve"/>).</summary>
    private static Gen<string> FormulaTemplate { get; } = BuildTemplates(3);

    /// <summary>
    /// Files valid by construction, so that the fuzzer reaches the binder, the engine, correlations and branches and not only
    /// the error paths (the generated files above are valid about once in 25,000): up to six variables whose formulas refer
    /// only to earlier ones, distributions with valid constant or uncertain parameters, operators and functions whose
    /// domains hold or may fail per sample (a located <see cref="ScalingScenarios.Uncertainty.SimulationException"/> is allowed), optional
    /// units, a rank correlation and two branches whose probabilities sum to 1.
    /// </summary>
    public static Gen<string> WellFormedFile { get; } = Gen.Select(
        FormulaTemplate.Array[6],
        Gen.Int[1, 6],
        Gen.Int[1, 63],
        Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Double[-0.9, 0.9].Select(r => r.ToString("R", CultureInfo.InvariantCulture)))),
        Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Int[0, 5])),
        Gen.Bool,
        (templates, count, outputMask, correlation, branchOverride, units) =>
        {
            var names = Enumerable.Range(0, count).Select(i => $"v{i}").ToArray();
            var variables = names.Select((n, i) => $"\"{n}\": {Quote(Resolve(templates[i], i))}").ToList();
            var outputs = names.Where((_, i) => (outputMask & (1 << i)) != 0).DefaultIfEmpty(names[^1]).Select(Quote);
            var extra = new StringBuilder();
            if (correlation.Length > 0)
            {
                variables.Add("\"c0\": \"uniform(0, 1)\"");
                variables.Add("\"c1\": \"normal(0, 1)\"");
                extra.Append(CultureInfo.InvariantCulture, $", \"correlations\": [ {{ \"variables\": [\"c0\", \"c1\"], \"rankCorrelation\": {correlation} }} ]");
            }

            if (branchOverride >= 0)
            {
                var target = Math.Min(branchOverride, count - 1);
                variables.Add("\"p\": \"beta(6, 4)\"");
                extra.Append(CultureInfo.InvariantCulture, $", \"branches\": {{ \"up\": {{ \"probability\": \"p\", \"variables\": {{ \"{names[target]}\": {Quote(Resolve(templates[5 - target], target))} }} }}, \"down\": {{ \"probability\": \"1 - p\" }} }}");
            }

            if (units)
            {
                extra.Append(CultureInfo.InvariantCulture, $", \"units\": {{ \"{names[0]}\": \"USD\" }}, \"descriptions\": {{ \"{names[^1]}\": \"the last\" }}");
            }

            return $"{{ \"name\": \"well-formed\", \"variables\": {{ {string.Join(", ", variables)} }}, \"outputs\": [{string.Join(", ", outputs)}]{extra} }}";
        });

    /// <summary>The sample scenario files of the repository (valid starting points for mutations).</summary>
    public static string[] SampleFiles { get; } =
        [.. Directory.GetFiles(RepositoryFiles.Path("samples", "scenarios"), "*.json").Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Sample files and generated files with one to six random edits (insert, delete, duplicate, replace, truncate).</summary>
    public static Gen<string> MutatedFile { get; } = Gen.Select(
        Gen.Frequency((1, Gen.OneOf(SampleFiles)), (1, ScenarioFile)),
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, Alphabet.Length - 1], Gen.Int[1, 40]).Array[1, 6],
        Mutate);

    /// <summary>Generated formulas with random edits, as a variable of a minimal valid file.</summary>
    public static Gen<string> MutatedFormulaFile { get; } = Gen.Select(
        Gen.Frequency((4, Formula), (1, DeepFormula)),
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, Alphabet.Length - 1], Gen.Int[1, 8]).Array[0, 3],
        (formula, edits) => FileWithFormula(Mutate(formula, edits)));

    /// <summary>A minimal file whose variable 'a' has <paramref name="formula"/>; b and c are defined so that references resolve.</summary>
    public static string FileWithFormula(string formula)
        => $"{{ \"name\": \"fuzz\", \"variables\": {{ \"b\": \"uniform(1, 2)\", \"c\": 3, \"share\": \"beta(2, 3)\", \"x_1\": 0.5, \"_y\": \"normal(0, 1)\", \"a\": {Quote(formula)} }}, \"outputs\": [\"a\"] }}";

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static Gen<string>[] BuildFormulas(int maxDepth)
    {
        var byDepth = new Gen<string>[maxDepth + 1];
        byDepth[0] = Atom;
        for (var depth = 1; depth <= maxDepth; depth++)
        {
            var inner = byDepth[depth - 1];
            byDepth[depth] = Gen.Frequency(
                (3, Atom),
                (4, Gen.Select(inner, Space, BinaryOperator, Space, inner, (l, s1, op, s2, r) => l + s1 + op + s2 + r)),
                (1, Gen.Select(inner, inner, (l, h) => $"{l} to {h}")),
                (1, inner.Select(x => "-" + x)),
                (1, inner.Select(x => $"({x})")),
                (3, Gen.Select(FunctionName, inner.Array[0, 4], (f, args) => $"{f}({string.Join(", ", args)})")),
                (1, inner.Array[0, 4].Select(items => $"[{string.Join(", ", items)}]")),
                (1, Gen.Select(inner, inner, inner, (c, a, b) => $"{c} ? {a} : {b}")),
                (1, Gen.Select(inner, Gen.OneOf("(", ")", "[", "]", ",", "?", ":", "to", "''", "\""), Gen.Bool, (x, junk, before) => before ? junk + x : x + junk)));
        }

        return byDepth;
    }

    private static Gen<string> BuildTemplates(int maxDepth)
    {
        var number = Gen.OneOf("0.5", "2", "3", "10", "0.1", "1e3", "2.5k", "1M", "25%", "1e-3", "7");
        var reference = Gen.Int[0, 7].Select(k => $"@{k}");
        var distribution = Gen.OneOf(
            "uniform(1, 2)", "normal(10, 2)", "1 to 10", "0.5 to 0.9", "beta(2, 5)", "beta(0.01, 0.01)", "lognormal(0, 0.5)",
            "triangular(0, 1, 3)", "bernoulli(0.3)", "discrete([1, 2, 3], [1, 1, 2])", "mixture([1 to 2, normal(5, 1)], [1, 3])",
            "uniform(@0, @0 + 1)", "normal(@1, 1)", "abs(@2) + 1 to abs(@2) * 3 + 2", "bernoulli(clamp(@3, 0, 1))", "beta(abs(@4) + 0.1, 2)",
            "betaMeanSd(0.4, 0.1)", "studentT(0, 1, 3)", "logUniform(1, 100)");
        var atom = Gen.Frequency((3, number), (4, reference), (3, distribution));
        var level = atom;
        for (var depth = 1; depth <= maxDepth; depth++)
        {
            var inner = level;
            level = Gen.Frequency(
                (3, atom),
                (4, Gen.Select(inner, Gen.OneOf("+", "-", "*"), inner, (l, op, r) => $"{l} {op} {r}")),
                (1, Gen.Select(inner, inner, (l, r) => $"{l} / (abs({r}) + 1)")),
                (1, Gen.Select(inner, inner, (l, r) => $"({l}) ^ 2 + {r}")),
                (1, Gen.Select(inner, inner, Gen.OneOf("min", "max"), (l, r, f) => $"{f}({l}, {r})")),
                (1, Gen.Select(inner, inner, inner, (c, a, b) => $"{c} > 1 ? {a} : {b}")),
                (1, Gen.Select(inner, Gen.OneOf("exp(-abs({0}))", "log(abs({0}) + 1)", "sqrt(abs({0}))", "clamp({0}, 0, 1)", "-({0})", "({0})"), (x, f) => string.Format(CultureInfo.InvariantCulture, f, x))),
                (1, Gen.Select(inner, inner, (a, b) => $"chainSuccess(clamp({a}, 0, 1), 3) * {b}")));
        }

        return level;
    }

    /// <summary>Turns '@k' into the name of an earlier variable (v0 … v(i-1)); the first variable gets a number instead.</summary>
    private static string Resolve(string template, int index)
    {
        var sb = new StringBuilder(template);
        for (var k = 0; k <= 7; k++)
        {
            sb.Replace($"@{k}", index == 0 ? "2" : $"v{k % index}");
        }

        return sb.ToString();
    }

    private static string Mutate(string text, (int Kind, double Where, int Char, int Length)[] edits)
    {
        var sb = new StringBuilder(text);
        foreach (var (kind, where, c, length) in edits)
        {
            var at = (int)(where * sb.Length);
            var span = Math.Min(length, sb.Length - at);
            switch (kind)
            {
                case 0:
                    sb.Insert(at, Alphabet[c].ToString(), Math.Max(1, length / 8));
                    break;
                case 1:
                    sb.Remove(at, span);
                    break;
                case 2:
                    sb.Insert(at, sb.ToString(at, span));
                    break;
                case 3 when span > 0:
                    sb[at] = Alphabet[c];
                    break;
                default:
                    sb.Length = at;
                    break;
            }
        }

        return sb.ToString();
    }
}
