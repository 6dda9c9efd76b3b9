using CsCheck;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class ChinchillaFitTests
{
    // The hand calculations below keep six significant figures per term, so they agree with the code to ~1e-5.
    private const double HandCalculationTolerance = 1e-4;

    public class Loss
    {
        [Fact]
        public void Hoffmann2022_ChinchillaConfiguration_MatchesHandCalculationOfEq10()
        {
            // Hoffmann et al. 2022, eq. 10 at Chinchilla's own configuration (Table 1: 70B parameters, 1.4T tokens):
            //   70e9^0.34   = 4867.81  → 406.4 / 4867.81 = 0.0834873
            //   1.4e12^0.28 = 2517.19  → 410.7 / 2517.19 = 0.163158
            //   L = 1.69 + 0.0834873 + 0.163158 = 1.936645
            var loss = ChinchillaFit.Hoffmann2022.Loss(70e9, 1.4e12);

            loss.Should().BeApproximately(1.936645, HandCalculationTolerance);
        }

        [Fact]
        public void PublishedPresets_CarryTheCheckedConstants()
        {
            // Hoffmann et al. 2022, eq. 10 (Appendix D.2): E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
            // Besiroglu et al. 2024 (arXiv 2404.10102), point estimates: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.
            var h = ChinchillaFit.Hoffmann2022;
            var b = ChinchillaFit.Besiroglu2024;

            new[] { h.IrreducibleLoss, h.ParameterCoefficient, h.TokenCoefficient, h.ParameterExponent, h.TokenExponent }
                .Should().Equal(1.69, 406.4, 410.7, 0.34, 0.28);
            new[] { b.IrreducibleLoss, b.ParameterCoefficient, b.TokenCoefficient, b.ParameterExponent, b.TokenExponent }
                .Should().Equal(1.8172, 482.01, 2085.43, 0.3478, 0.3658);
        }

        [Fact]
        public void Hoffmann2022Exact_ConstantsAreTheExponentiatedLatexValues()
        {
            // e^0.5267228 = 1.69337, e^6.0073404 = 406.401, e^6.0179186 = 410.723 (round to eq. 10's published values).
            var fit = ChinchillaFit.Hoffmann2022Exact;

            fit.IrreducibleLoss.Should().BeApproximately(1.69337, 1e-5);
            fit.ParameterCoefficient.Should().BeApproximately(406.401, 1e-3);
            fit.TokenCoefficient.Should().BeApproximately(410.723, 1e-3);
            Math.Round(fit.IrreducibleLoss, 2).Should().Be(ChinchillaFit.Hoffmann2022.IrreducibleLoss);
            Math.Round(fit.ParameterExponent, 2).Should().Be(ChinchillaFit.Hoffmann2022.ParameterExponent);
            Math.Round(fit.TokenExponent, 2).Should().Be(ChinchillaFit.Hoffmann2022.TokenExponent);
            Math.Round(fit.ParameterCoefficient, 1).Should().Be(ChinchillaFit.Hoffmann2022.ParameterCoefficient);
            Math.Round(fit.TokenCoefficient, 1).Should().Be(ChinchillaFit.Hoffmann2022.TokenCoefficient);
        }

        [Fact]
        public void Besiroglu2024_ChinchillaConfiguration_MatchesHandCalculation()
        {
            // 482.01 / 70e9^0.3478 + 2085.43 / 1.4e12^0.3658 + 1.8172
            //   70e9^0.3478   = 5914.60 → 0.0814950
            //   1.4e12^0.3658 = 27736.6 → 0.0751869
            //   L = 1.8172 + 0.0814950 + 0.0751869 = 1.973882
            ChinchillaFit.Besiroglu2024.Loss(70e9, 1.4e12).Should().BeApproximately(1.973882, HandCalculationTolerance);
        }

        [Fact]
        public void LargeModelAndData_ApproachesIrreducibleLoss()
        {
            // At N = D = 1e30 the two terms are 406.4 / 1e10.2 = 2.6e-8 and 410.7 / 1e8.4 = 1.6e-6: loss within 1e-5 of E.
            ChinchillaFit.Hoffmann2022.Loss(1e30, 1e30).Should().BeApproximately(1.69, 1e-5).And.BeGreaterThan(1.69);
        }

        [Theory]
        [InlineData(double.NaN, 1e12, "parameters", "Expected a finite number; got NaN. (Parameter 'parameters')")]
        [InlineData(double.PositiveInfinity, 1e12, "parameters", "Expected a finite number; got Infinity. (Parameter 'parameters')")]
        [InlineData(0.0, 1e12, "parameters", "Expected a positive number (> 0); got 0. (Parameter 'parameters')")]
        [InlineData(70e9, -1.0, "tokens", "Expected a positive number (> 0); got -1. (Parameter 'tokens')")]
        [InlineData(70e9, double.NegativeInfinity, "tokens", "Expected a finite number; got -Infinity. (Parameter 'tokens')")]
        public void InvalidInput_ThrowsNamingParameterAndValue(double parameters, double tokens, string paramName, string message)
        {
            var act = () => ChinchillaFit.Hoffmann2022.Loss(parameters, tokens);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == paramName && e.Message == message);
        }

        [Fact]
        public void Property_DecreasesInParametersAndInTokens()
        {
            var fits = LossFit.All;
            Gen.Select(Gen.Int[0, fits.Count - 1], Gen.Double[6, 14], Gen.Double[6, 15], Gen.Double[1.01, 100])
                .Sample((f, logN, logD, k) =>
                {
                    var fit = fits[f];
                    var n = Math.Pow(10, logN);
                    var d = Math.Pow(10, logD);
                    var loss = fit.Loss(n, d);
                    fit.Loss(n * k, d).Should().BeLessThan(loss, fit.Key);
                    fit.Loss(n, d * k).Should().BeLessThan(loss, fit.Key);
                });
        }
    }

    public class ClosedForm
    {
        [Fact]
        public void Hoffmann2022Exact_Exponents_RoundToTable2Approach3()
        {
            // Hoffmann et al. 2022, Table 2, Approach 3: a = 0.46, b = 0.54.
            var fit = ChinchillaFit.Hoffmann2022Exact;

            Math.Round(fit.OptimalParametersExponent, 2).Should().Be(0.46);
            Math.Round(fit.OptimalTokensExponent, 2).Should().Be(0.54);
        }

        [Fact]
        public void Hoffmann2022_FrontierScale_MatchesHandCalculation()
        {
            // G = (0.34·406.4 / (0.28·410.7))^(1/0.62) = (138.176 / 114.996)^1.6129 = 1.20157^1.6129 = 1.34471
            ChinchillaFit.Hoffmann2022.FrontierScale.Should().BeApproximately(1.34471, 1e-5);
        }

        [Theory]
        [InlineData("hoffmann2022")]
        [InlineData("hoffmann2022-exact")]
        [InlineData("besiroglu2024")]
        public void OptimalParameters_IsStationaryPointOfLossAlongIsoFlopLine(string key)
        {
            // Analytic identity: along C = 6·N·D, d L(N, C/(6N)) / d ln N = 0 at N_opt, and non-zero away from it.
            const double Step = 1e-4;            // central difference in ln N; truncation error ~ Step², round-off ~ 1e-16 / Step
            const double Stationary = 1e-9;      // both error terms are below 1e-10 here
            var fit = (ChinchillaFit)LossFit.FromKey(key);
            const double C = 5.76e23;
            double AlongIsoFlop(double lnN) => fit.Loss(Math.Exp(lnN), C / (6 * Math.Exp(lnN)));
            double Slope(double n) => (AlongIsoFlop(Math.Log(n) + Step) - AlongIsoFlop(Math.Log(n) - Step)) / (2 * Step);

            var nOpt = fit.OptimalParameters(C);

            Math.Abs(Slope(nOpt)).Should().BeLessThan(Stationary);
            Slope(nOpt * 2).Should().BeGreaterThan(1e-3);
            Slope(nOpt / 2).Should().BeLessThan(-1e-3);
        }

        [Fact]
        public void OptimalTrainingFlops_InvertsOptimalParameters()
        {
            var fit = ChinchillaFit.Hoffmann2022;

            fit.OptimalTrainingFlops(fit.OptimalParameters(1e24)).Should().BeApproximately(1e24, 1e24 * 1e-12);
        }

        [Fact]
        public void Property_OptimalParametersAndTokensIncreaseWithCompute()
        {
            var fits = LossFit.All;
            Gen.Select(Gen.Int[0, fits.Count - 1], Gen.Double[15, 30], Gen.Double[1.01, 1000])
                .Sample((f, logC, k) =>
                {
                    var fit = fits[f];
                    var c = Math.Pow(10, logC);
                    fit.OptimalParameters(c * k).Should().BeGreaterThan(fit.OptimalParameters(c), fit.Key);
                    fit.OptimalTokens(c * k).Should().BeGreaterThan(fit.OptimalTokens(c), fit.Key);
                });
        }
    }

    public class Create
    {
        [Fact]
        public void ValidConstants_ReproduceThePreset()
        {
            var fit = ChinchillaFit.Create(1.69, 406.4, 410.7, 0.34, 0.28, "mine");

            fit.Loss(70e9, 1.4e12).Should().Be(ChinchillaFit.Hoffmann2022.Loss(70e9, 1.4e12));
            fit.Name.Should().Be("mine");
            fit.Key.Should().Be("custom");
        }

        [Theory]
        [InlineData(-0.1, 1, 1, 1, 1, "irreducibleLoss", "Expected a non-negative number (>= 0); got -0.1. (Parameter 'irreducibleLoss')")]
        [InlineData(1, double.NaN, 1, 1, 1, "parameterCoefficient", "Expected a finite number; got NaN. (Parameter 'parameterCoefficient')")]
        [InlineData(1, 1, 0, 1, 1, "tokenCoefficient", "Expected a positive number (> 0); got 0. (Parameter 'tokenCoefficient')")]
        [InlineData(1, 1, 1, double.PositiveInfinity, 1, "parameterExponent", "Expected a finite number; got Infinity. (Parameter 'parameterExponent')")]
        [InlineData(1, 1, 1, 1, -2, "tokenExponent", "Expected a positive number (> 0); got -2. (Parameter 'tokenExponent')")]
        public void InvalidConstant_ThrowsWithExactMessage(double e, double a, double b, double alpha, double beta, string paramName, string message)
        {
            var act = () => ChinchillaFit.Create(e, a, b, alpha, beta);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .Which.Should().Match<ArgumentOutOfRangeException>(x => x.ParamName == paramName && x.Message == message);
        }
    }

    public class FromKey
    {
        [Fact]
        public void UnknownKey_ThrowsListingKeys()
        {
            var act = () => LossFit.FromKey("gpt5");

            act.Should().Throw<KeyNotFoundException>()
                .WithMessage("Expected one of the loss fits hoffmann2022, hoffmann2022-exact, besiroglu2024, kaplan2020; got 'gpt5'.");
        }

        [Fact]
        public void BlankKey_Throws() => FluentActions.Invoking(() => LossFit.FromKey(" ")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "key");

        [Fact]
        public void KnownKey_IsCaseInsensitive() => LossFit.FromKey("Besiroglu2024").Should().BeSameAs(ChinchillaFit.Besiroglu2024);
    }
}
