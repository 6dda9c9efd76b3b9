using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class TrainingComputeTests
{
    public class Flops
    {
        [Fact]
        public void Chinchilla_70BOn1_4T_IsAbout5_8e23()
        {
            // Hoffmann et al. 2022, Table 1: Chinchilla 70B parameters, 1.4T tokens. 6 · 70e9 · 1.4e12 = 5.88e23.
            // The paper states the budget as 5.76e23 FLOPs (Gopher's), counted in more detail (its Appendix F): 2.1% apart.
            var flops = TrainingCompute.Flops(70e9, 1.4e12);

            flops.Should().BeApproximately(5.88e23, 1e9);
            (flops / 5.76e23).Should().BeInRange(1.0, 1.025);
        }

        [Fact]
        public void Gopher_280BOn300B_Is5_04e23()
        {
            // Hoffmann et al. 2022, Table 1: Gopher 280B parameters trained on 300B tokens. 6 · 280e9 · 300e9 = 5.04e23.
            TrainingCompute.Flops(280e9, 300e9).Should().BeApproximately(5.04e23, 1e9);
        }

        [Theory]
        // Hoffmann et al. 2022, Table 3 (Approach 1): parameters, FLOPs, tokens. The paper rounds FLOPs to three
        // significant figures and tokens to three or four, so 6ND agrees to within 1%.
        [InlineData(400e6, 1.92e19, 8.0e9)]
        [InlineData(1e9, 1.21e20, 20.2e9)]
        [InlineData(10e9, 1.23e22, 205.1e9)]
        [InlineData(175e9, 3.85e24, 3.7e12)]
        [InlineData(280e9, 9.90e24, 5.9e12)]
        [InlineData(520e9, 3.43e25, 11.0e12)]
        [InlineData(1e12, 1.27e26, 21.2e12)]
        [InlineData(10e12, 1.30e28, 216.2e12)]
        public void Hoffmann2022Table3_SixNDMatchesTheTabulatedFlops(double parameters, double flops, double tokens)
        {
            const double Rounding = 0.01;

            (TrainingCompute.Flops(parameters, tokens) / flops).Should().BeApproximately(1.0, Rounding);
            (tokens / parameters).Should().BeInRange(20, 22, "Table 3 is the origin of the ~20 tokens-per-parameter rule");
        }

        [Fact]
        public void Identity_IsSixTimesParametersTimesTokens()
            => TrainingCompute.Flops(3, 7).Should().Be(126);

        [Fact]
        public void NegativeTokens_Throws()
        {
            var act = () => TrainingCompute.Flops(1e9, -5);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got -5. (Parameter 'tokens')");
        }
    }

    public class InferenceFlopsPerToken
    {
        [Fact]
        public void WithoutShape_IsTwoN() => TrainingCompute.InferenceFlopsPerToken(70e9).Should().Be(140e9);

        [Fact]
        public void WithShape_AddsAttentionTermOfKaplanTable1()
        {
            // GPT-3 175B shape (n_layer 96, n_ctx 2048, d_attn 12288):
            //   2·N = 3.5e11; attention 2 · 96 · 2048 · 12288 = 4.831838e9; total 3.548318e11.
            var shape = TransformerShape.Create(96, 2048, 12288);

            TrainingCompute.InferenceFlopsPerToken(175e9, shape).Should().BeApproximately(3.5e11 + 4.831838e9, 1e3);
        }

        [Fact]
        public void ShapeFactory_ZeroLayers_Throws()
        {
            var act = () => TransformerShape.Create(0, 2048, 128);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected an integer >= 1; got 0. (Parameter 'layers')");
        }
    }

    public class BreakEvenInferenceTokens
    {
        [Fact]
        public void SixNDOverTwoN_IsThreeD()
        {
            // Identity: 6·N·D / (2·N) = 3·D. Chinchilla: 3 · 1.4e12 = 4.2e12 inference tokens repay its training compute.
            var training = TrainingCompute.Flops(70e9, 1.4e12);

            TrainingCompute.BreakEvenInferenceTokens(training, TrainingCompute.InferenceFlopsPerToken(70e9)).Should().BeApproximately(4.2e12, 1e-3 * 4.2e12);
        }

        [Fact]
        public void ZeroInferenceCost_Throws()
        {
            var act = () => TrainingCompute.BreakEvenInferenceTokens(1e20, 0);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'inferenceFlopsPerToken')");
        }
    }
}
