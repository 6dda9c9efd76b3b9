namespace ScalingScenarios.Uncertainty;

/// <content>Diagnosis: when a chunk holds a non-finite value, finds the first sample and node that produced it and says why.</content>
internal static partial class SimulationEngine
{
    /// <content>Re-evaluation of a failing chunk and the search for the failure.</content>
    private sealed partial class Worker
    {
        private SimulationException? EvaluateForDiagnosis(long chunk, long start, int n)
        {
            try
            {
                Evaluate(chunk, start, n);
                return null;
            }
            catch (SimulationException ex)
            {
                return ex;
            }
        }

        private string Inputs(int s, int i)
            => string.Join(", ", _model.Inputs[s].Select(p => $"{_model.Nodes[p]} = {Guard.Format(_buffers[p][i])}"));

        /// <summary>
        /// Finds the failure in a chunk with a non-finite value: the lowest sample index, then the earliest node,
        /// among values that reach an output (a value in the branch an <c>If</c> or a mixture did not take is not an error).
        /// </summary>
        private SimulationException? Diagnose(long chunk, long start, int n)
        {
            var count = _model.Count;
            var live = new bool[count][];
            for (var s = 0; s < count; s++)
            {
                live[s] = new bool[n];
            }

            foreach (var root in _model.RootSlots)
            {
                live[root].AsSpan().Fill(true);
            }

            for (var s = count - 1; s >= 0; s--)
            {
                if (_model.IsConstant[s])
                {
                    continue;
                }

                var node = _model.Nodes[s];
                var inputs = _model.Inputs[s];
                int[]? picks = null;
                if (node.Kind == NodeKind.Mixture)
                {
                    var rng = new RandomStream(StreamKeys.ChunkSeed(_leafKeys[s], chunk));
                    var cumulative = DiscreteDistribution.Cumulative((double[])node.Payload!);
                    picks = new int[n];
                    for (var i = 0; i < n; i++)
                    {
                        picks[i] = Samplers.PickIndex(cumulative, rng.NextDouble());
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    if (!live[s][i])
                    {
                        continue;
                    }

                    if (node.Kind == NodeKind.If)
                    {
                        live[inputs[0]][i] = true;
                        live[inputs[_buffers[inputs[0]][i] != 0 ? 1 : 2]][i] = true;
                    }
                    else if (picks is not null)
                    {
                        live[inputs[picks[i]]][i] = true;
                    }
                    else
                    {
                        foreach (var input in inputs)
                        {
                            live[input][i] = true;
                        }
                    }
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var s = 0; s < count; s++)
                {
                    var value = _buffers[s][i];
                    if (live[s][i] && !double.IsFinite(value))
                    {
                        return Failure(s, start + i, i, value);
                    }
                }
            }

            return null;
        }

        private SimulationException Failure(int s, long sampleIndex, int i, double value)
        {
            var node = _model.Nodes[s];
            var name = node.ToString();
            var inputs = _model.Inputs[s];
            var parameters = inputs.Select(p => _buffers[p][i]).ToArray();
            var invalid = ParameterRules.Explain(node, parameters);
            if (invalid is not null)
            {
                return new SimulationException(name, sampleIndex, $"'{name}' has an invalid parameter at sample {sampleIndex}: {invalid.Describe()}.");
            }

            var what = double.IsNaN(value) ? "NaN" : (value > 0 ? "+∞" : "−∞");
            var detail = inputs.Length == 0 ? string.Empty : $" (inputs: {Inputs(s, i)})";
            return new SimulationException(name, sampleIndex, $"'{name}' produced {what} at sample {sampleIndex}{detail}.");
        }
    }
}
