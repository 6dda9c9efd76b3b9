// QuickStart: the claim catalog as a NuGet consumer sees it.
using ScalingScenarios.Claims;

foreach (var claim in ClaimCatalog.All)
{
    Console.WriteLine($"{claim.Id} {claim.Topic}: {claim.Arithmetic ?? "(no arithmetic)"}");
}

Console.WriteLine($"{ClaimCatalog.Defaults.Count} library defaults cite a claim or a public source.");
