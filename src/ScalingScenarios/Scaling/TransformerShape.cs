using System.Globalization;

namespace ScalingScenarios.Scaling;

/// <summary>The shape of a transformer that the attention term of inference compute needs: layers, context length, attention width.</summary>
/// <remarks>Kaplan et al. 2020, Table 1: the attention term is 2·n_layer·n_ctx·d_attn FLOPs per token. Immutable and thread-safe.</remarks>
public sealed class TransformerShape
{
    private TransformerShape(int layers, int contextLength, int attentionDimension)
    {
        Layers = layers;
        ContextLength = contextLength;
        AttentionDimension = attentionDimension;
    }

    /// <summary>n_layer: the number of transformer layers.</summary>
    public int Layers { get; }

    /// <summary>n_ctx: the context length in tokens.</summary>
    public int ContextLength { get; }

    /// <summary>d_attn: the width of the attention output.</summary>
    public int AttentionDimension { get; }

    /// <summary>The attention term 2·n_layer·n_ctx·d_attn in FLOPs per token.</summary>
    public double AttentionFlopsPerToken => 2.0 * Layers * ContextLength * AttentionDimension;

    /// <summary>Creates a shape.</summary>
    /// <param name="layers">n_layer. Range: [1, int.MaxValue].</param>
    /// <param name="contextLength">n_ctx in tokens. Range: [1, int.MaxValue].</param>
    /// <param name="attentionDimension">d_attn. Range: [1, int.MaxValue].</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is below 1.</exception>
    public static TransformerShape Create(int layers, int contextLength, int attentionDimension)
    {
        Guard.AtLeast(layers, 1);
        Guard.AtLeast(contextLength, 1);
        Guard.AtLeast(attentionDimension, 1);
        return new TransformerShape(layers, contextLength, attentionDimension);
    }

    /// <summary>The shape as "n_layer=…, n_ctx=…, d_attn=…".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"n_layer={Layers}, n_ctx={ContextLength}, d_attn={AttentionDimension}");
}
