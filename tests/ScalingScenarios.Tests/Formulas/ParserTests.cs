using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

public class ParserTests
{
    private static string S(string formula) => Parser.Parse(formula).ToSExpression();

    public class Precedence
    {
        // The documented precedence table (docs/scenarios.md), lowest first:
        //   ?:  <  comparisons  <  to  <  + -  <  * /  <  unary -  <  ^
        [Theory]
        [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
        [InlineData("1 * 2 + 3", "(+ (* 1 2) 3)")]
        [InlineData("2 to 3 * 10", "(to 2 (* 3 10))")]
        [InlineData("2 * 3 to 10", "(to (* 2 3) 10)")]
        [InlineData("1 + 1 to 2 + 2", "(to (+ 1 1) (+ 2 2))")]
        [InlineData("1 to 10 > 5", "(> (to 1 10) 5)")]
        [InlineData("a < b ? 1 : 2", "(? (< a b) 1 2)")]
        [InlineData("p ? 1 to 2 : 3 to 4", "(? p (to 1 2) (to 3 4))")]
        [InlineData("-2 ^ 2", "(neg (^ 2 2))")]
        [InlineData("2 ^ -1", "(^ 2 (neg 1))")]
        [InlineData("-a * b", "(* (neg a) b)")]
        [InlineData("a == b + 1", "(== a (+ b 1))")]
        [InlineData("a != b", "(!= a b)")]
        [InlineData("a <= b", "(<= a b)")]
        [InlineData("a >= b", "(>= a b)")]
        [InlineData("(1 + 2) * 3", "(* (+ 1 2) 3)")]
        [InlineData("-(1 to 2)", "(neg (to 1 2))")]
        public void Parse_MixedOperators_FollowsPrecedenceTable(string formula, string expected)
            => S(formula).Should().Be(expected);

        [Theory]
        [InlineData("1 - 2 - 3", "(- (- 1 2) 3)")]
        [InlineData("8 / 4 / 2", "(/ (/ 8 4) 2)")]
        [InlineData("2 ^ 3 ^ 2", "(^ 2 (^ 3 2))")]
        [InlineData("a ? b : c ? d : e", "(? a b (? c d e))")]
        [InlineData("a ? b ? c : d : e", "(? a (? b c d) e)")]
        [InlineData("--x", "(neg (neg x))")]
        public void Parse_SameLevel_FollowsAssociativity(string formula, string expected)
            => S(formula).Should().Be(expected);
    }

    public class Literals
    {
        [Theory]
        [InlineData("1e9", "1000000000")]
        [InlineData("2.5E-3", "0.0025")]
        [InlineData(".5", "0.5")]
        [InlineData("5%", "0.05")]
        [InlineData("3k", "3000")]
        [InlineData("2.5M", "2500000")]
        [InlineData("100B", "100000000000")]
        [InlineData("1.5T", "1500000000000")]
        public void Parse_Number_ReadsExponentsAndSuffixes(string formula, string expected)
            => S(formula).Should().Be(expected);

        [Fact]
        public void Parse_CallWithListsAndTrailingComma_KeepsArgumentsInOrder()
            => S("discrete([1, 2, 3,], [0.2, 0.3, 0.5])").Should().Be("(discrete [1 2 3] [0.2 0.3 0.5])");

        [Fact]
        public void Parse_UnicodeMinusAndTimes_ReadAsOperators()
            => S("2 \u00D7 \u22123").Should().Be("(* 2 (neg 3))");

        [Fact]
        public void Parse_CallWithoutArguments_IsACall()
            => S("f()").Should().Be("(f)");

        [Fact]
        public void Parse_Positions_AreZeroBasedOffsetsOfTheSource()
        {
            var tree = (BinaryNode)Parser.Parse("  ab + uniform(1, 2)");

            tree.Left.Should().Be(new NameNode("ab", 2, 4));
            tree.OperatorStart.Should().Be(5);
            var call = (CallNode)tree.Right;
            (call.Start, call.NameEnd, call.End).Should().Be((7, 14, 20));
        }
    }

    public class Errors
    {
        [Theory]
        [InlineData("2 * (3 + 4", 10, "')'", "the end of the formula")]
        [InlineData("2 +", 3, "a value (a number, a name, a function call, '(' or '[')", "the end of the formula")]
        [InlineData("", 0, "a value (a number, a name, a function call, '(' or '[')", "the end of the formula")]
        [InlineData("a b", 2, "an operator or the end of the formula", "the name 'b'")]
        [InlineData("1 to 2 to 3", 7, "the end of the interval ('a to b' takes two bounds)", "'to'")]
        [InlineData("a < b < c", 6, "the end of the comparison (comparisons do not chain)", "'<'")]
        [InlineData("a ? b", 5, "':' (the else part of 'condition ? a : b')", "the end of the formula")]
        [InlineData("f(1 2)", 4, "')' or ',' (between arguments)", "the number 2")]
        [InlineData("[1, 2", 5, "']' or ',' (between list items)", "the end of the formula")]
        [InlineData("a = b", 2, "'==' (a comparison)", "'='")]
        [InlineData("a # b", 2, "a number, a name, an operator or a bracket", "'#'")]
        [InlineData("1e+", 1, "digits after the exponent 'e'", "the end of the formula")]
        [InlineData("2x", 0, "a number or a name (names cannot start with a digit)", "'2x'")]
        public void Parse_Invalid_ReportsOffsetExpectedAndFound(string formula, int offset, string expected, string found)
        {
            var act = () => Parser.Parse(formula);

            var error = act.Should().Throw<FormulaSyntaxException>().Which;
            error.Offset.Should().Be(offset);
            error.Expected.Should().Be(expected);
            error.Found.Should().Be(found);
        }
    }

    public class RoundTrip
    {
        [Theory]
        [InlineData("bernoulli(pContinue) ? (1000 to 10000) : (100 to 1000)", "bernoulli(pContinue) ? 1000 to 10000 : 100 to 1000")]
        [InlineData("(a + b) * c", "(a + b) * c")]
        [InlineData("a - (b - c)", "a - (b - c)")]
        [InlineData("(a - b) - c", "a - b - c")]
        [InlineData("(2 ^ 3) ^ 2", "(2 ^ 3) ^ 2")]
        [InlineData("(-2) ^ 2", "(-2) ^ 2")]
        [InlineData("-(2 ^ 2)", "-2 ^ 2")]
        [InlineData("(a ? b : c) ? d : e", "(a ? b : c) ? d : e")]
        [InlineData("(1 to 2) to 3", "(1 to 2) to 3")]
        [InlineData("(a < b) < c", "(a < b) < c")]
        [InlineData("mixture([1 to 2, normal(0, 1)], [0.3, 0.7])", "mixture([1 to 2, normal(0, 1)], [0.3, 0.7])")]
        [InlineData("5%*2M", "0.05 * 2000000")]
        public void Print_ThenParse_GivesTheSameTree(string formula, string printed)
        {
            var tree = Parser.Parse(formula);

            var text = FormulaPrinter.Print(tree);

            text.Should().Be(printed);
            Parser.Parse(text).ToSExpression().Should().Be(tree.ToSExpression());
        }

        [Fact]
        public void Print_RandomTrees_ParseBackToTheSameTree()
        {
            // 2,000 random trees from a fixed seed cover every pair of nested operators many times.
            var random = new Random(20240601);
            for (var i = 0; i < 2000; i++)
            {
                var tree = RandomTree(random, depth: 4);

                var text = FormulaPrinter.Print(tree);

                Parser.Parse(text).ToSExpression().Should().Be(tree.ToSExpression(), because: $"'{text}' must parse back");
            }
        }

        private static SyntaxNode RandomTree(Random random, int depth)
        {
            if (depth == 0 || random.Next(4) == 0)
            {
                return random.Next(2) == 0
                    ? new NumberNode(Math.Round(random.NextDouble() * 100, random.Next(4)), 0, 0)
                    : new NameNode(((char)('a' + random.Next(5))).ToString(), 0, 0);
            }

            var operators = Enum.GetValues<BinaryOperator>();
            return random.Next(6) switch
            {
                0 => new UnaryNode(RandomTree(random, depth - 1), 0, 0),
                1 => new ConditionalNode(RandomTree(random, depth - 1), RandomTree(random, depth - 1), RandomTree(random, depth - 1), 0, 0),
                2 => new CallNode("max", [RandomTree(random, depth - 1), RandomTree(random, depth - 1)], 0, 0, 0),
                _ => new BinaryNode(operators[random.Next(operators.Length)], RandomTree(random, depth - 1), RandomTree(random, depth - 1), 0, 0, 0),
            };
        }
    }
}
