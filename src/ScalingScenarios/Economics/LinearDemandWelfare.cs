namespace ScalingScenarios.Economics;

/// <summary>
/// Welfare on linear demand P = a − bQ with constant marginal cost c, for any industry output Q: the formulas that
/// <see cref="Cournot"/> and <see cref="ConductMarket"/> share (Cournot is the conduct form with θ = 1/n).
/// </summary>
/// <remarks>Source: IndustrialOrganization. Inputs are validated by the callers' factories. Thread-safe.</remarks>
internal static class LinearDemandWelfare
{
    /// <summary>Consumer surplus b Q² / 2 (the triangle under demand and above the price).</summary>
    internal static double ConsumerSurplus(double b, double output) => b * output * output / 2;

    /// <summary>Deadweight loss against perfect competition, b (Q_c − Q)² / 2 with Q_c = (a − c)/b.</summary>
    internal static double DeadweightLoss(double a, double b, double c, double output)
    {
        var shortfall = ((a - c) / b) - output;
        return b * shortfall * shortfall / 2;
    }

    /// <summary>Total surplus under perfect competition, (a − c)² / (2b) = CS + Π + DWL.</summary>
    internal static double MaximumSurplus(double a, double b, double c) => (a - c) * (a - c) / (2 * b);

    /// <summary>Each of n symmetric Cournot firms' output, q = (a − c) / (b (n + 1)): the one place it is written.</summary>
    internal static double CournotFirmOutput(double a, double b, double c, double firms) => (a - c) / (b * (firms + 1));

    /// <summary>The Cournot price with n symmetric firms, P = (a + n c) / (n + 1): the one place it is written.</summary>
    internal static double CournotPrice(double a, double c, double firms) => (a + (firms * c)) / (firms + 1);

    /// <summary>The Cournot unit margin P − c = (a − c) / (n + 1): the one place it is written.</summary>
    internal static double CournotUnitMargin(double a, double c, double firms) => (a - c) / (firms + 1);
}
