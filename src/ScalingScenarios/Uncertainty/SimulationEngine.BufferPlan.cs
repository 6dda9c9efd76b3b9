namespace ScalingScenarios.Uncertainty;

/// <content>Buffer planning: which physical buffer each node writes.</content>
internal static partial class SimulationEngine
{
    /// <summary>
    /// Which physical buffer each node writes: nodes whose lifetimes do not overlap share one, so a worker needs about
    /// as many buffers as the model's widest point, not one per node. Constants get one buffer per distinct value (bit
    /// pattern: −0 and +0 are two).
    /// </summary>
    internal sealed class BufferPlan
    {
        private BufferPlan(int[] bufferOf, int physicalCount)
        {
            BufferOf = bufferOf;
            PhysicalCount = physicalCount;
        }

        internal int[] BufferOf { get; }

        internal int PhysicalCount { get; }

        /// <summary>One buffer per node (used to diagnose a failing chunk).</summary>
        internal static BufferPlan Unshared(CompiledModel model)
            => new([.. Enumerable.Range(0, model.Count)], model.Count);

        /// <summary>Buffers shared by liveness: a node's buffer is freed after its last consumer; roots and kept nodes live to the end.</summary>
        internal static BufferPlan Shared(CompiledModel model, bool[] keptSlots)
        {
            var count = model.Count;
            var lastUse = new int[count];
            for (var s = 0; s < count; s++)
            {
                lastUse[s] = keptSlots[s] ? count : s;
                foreach (var input in model.Inputs[s])
                {
                    lastUse[input] = Math.Max(lastUse[input], s);
                }
            }

            foreach (var root in model.RootSlots)
            {
                lastUse[root] = count;
            }

            var bufferOf = new int[count];
            var free = new Stack<int>();
            var constants = new Dictionary<long, int>(); // by bit pattern: −0 and +0 are equal doubles but other constants
            var physical = 0;
            for (var s = 0; s < count; s++)
            {
                if (model.IsConstant[s])
                {
                    var bits = BitConverter.DoubleToInt64Bits(model.Constants[s]);
                    if (!constants.TryGetValue(bits, out var shared))
                    {
                        shared = physical++;
                        constants[bits] = shared;
                    }

                    bufferOf[s] = shared;
                    continue;
                }

                bufferOf[s] = free.Count > 0 ? free.Pop() : physical++;
                foreach (var input in model.Inputs[s].Distinct())
                {
                    if (lastUse[input] == s && !model.IsConstant[input])
                    {
                        free.Push(bufferOf[input]);
                    }
                }
            }

            return new BufferPlan(bufferOf, physical);
        }
    }
}
