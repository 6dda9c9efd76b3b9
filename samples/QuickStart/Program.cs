// QuickStart: the claim catalog, the C02 tier ladder on both readings, and one compute-optimal allocation,
// as a NuGet consumer sees them.
using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;

foreach (var claim in ClaimCatalog.All)
{
    Console.WriteLine($"{claim.Id} {claim.Topic}: {claim.Arithmetic ?? "(no arithmetic)"}");
}

Console.WriteLine($"{ClaimCatalog.Defaults.Count} library defaults cite a claim or a public source.");

// Explicit assumptions: eq. 10 of Hoffmann et al. 2022, 20 tokens per parameter, H100s at 40% MFU and $2 per hour.
var hardware = Hardware.Create(Accelerator.H100Sxm, usdPerAcceleratorHour: Hardware.ReferenceH100UsdPerHour);
var assumptions = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, hardware);

foreach (var basis in new[] { TierBasis.Parameters, TierBasis.TrainingCostUsd })
{
    Console.WriteLine($"\nTier ladder, {basis} reading:");
    foreach (var tier in TierLadder.Create(basis, assumptions).Tiers)
    {
        Console.WriteLine($"  {tier.Label,-26} N={Display.Number(tier.Parameters),-9} D={Display.Number(tier.Tokens),-9} "
            + $"C={Display.Number(tier.TrainingFlops),-9} cost={Display.Usd(tier.TrainingCostUsd),-7} loss={Display.Number(tier.Loss, 4)}");
    }
}

Console.WriteLine($"\n{TierLadder.TranslationCaveat}");

// Gopher's budget (5.76e23 FLOPs) split on the eq. 10 frontier.
var run = ComputeOptimal.ForBudget(5.76e23, ChinchillaFit.Hoffmann2022);
Console.WriteLine($"\nCompute-optimal for 5.76e23 FLOPs: N={Display.Number(run.Parameters)}, D={Display.Number(run.Tokens)}, "
    + $"loss={Display.Number(run.Loss, 4)}, cost={Display.Usd(run.CostUsd(hardware))}");
