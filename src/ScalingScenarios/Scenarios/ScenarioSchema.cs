using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScalingScenarios.Formulas;

namespace ScalingScenarios.Scenarios;

/// <summary>The JSON Schema (draft 2020-12) of scenario files, so that editors can check and complete them.</summary>
/// <remarks>
/// The schema checks the shape of a file (fields, types, names of variables); formulas are strings to it, and their
/// grammar, names and cycles are checked by <see cref="Scenario.Validate(string)"/>. Thread-safe.
/// </remarks>
public static class ScenarioSchema
{
    /// <summary>The identifier the schema declares as its <c>$id</c>.</summary>
    public const string Id = "https://scalingscenarios.dev/schemas/scenario.schema.json";

    private static readonly Lazy<string> LazyText = new(Build);

    /// <summary>The schema as indented JSON text ending with a newline.</summary>
    public static string Text => LazyText.Value;

    private static string Build()
    {
        const string NamePattern = "^[A-Za-z_][A-Za-z0-9_]*$";
        var functions = string.Join(", ", FormulaFunctions.All.Select(f => f.Signature));
        var annotation = new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["pattern"] = NamePattern },
            ["additionalProperties"] = new JsonObject { ["type"] = "string" },
        };
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "ScalingScenarios scenario file",
            ["description"] = "A named set of uncertain variables (formulas or numbers) and the outputs to summarize. Comments and trailing commas are allowed.",
            ["type"] = "object",
            ["required"] = new JsonArray("name", "variables", "outputs"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string", ["description"] = "The schema this file follows (for editors)." },
                ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "The scenario's name, shown above results." },
                ["description"] = new JsonObject { ["type"] = "string", ["description"] = "What the scenario models, shown under the results table." },
                ["samples"] = new JsonObject
                {
                    ["type"] = "integer",
                    ["minimum"] = 1,
                    ["maximum"] = int.MaxValue,
                    ["default"] = Scenario.DefaultSamples,
                    ["description"] = "Monte Carlo samples per run (the CLI's --samples overrides it).",
                },
                ["seed"] = new JsonObject
                {
                    ["type"] = "integer",
                    ["default"] = Scenario.DefaultSeed,
                    ["description"] = "Random seed: the same seed gives the same results on any machine and thread count.",
                },
                ["variables"] = new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["description"] = "Ordered variables. Each is a formula or a number; formulas may use variables defined later (not in a cycle). Functions: " + functions + ".",
                    ["propertyNames"] = new JsonObject { ["pattern"] = NamePattern, ["not"] = new JsonObject { ["const"] = "to" } },
                    ["additionalProperties"] = new JsonObject
                    {
                        ["oneOf"] = new JsonArray(
                            new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "A formula, e.g. \"market * share\" or \"1e9 to 1e10\"." },
                            new JsonObject { ["type"] = "number", ["description"] = "A constant." }),
                    },
                },
                ["outputs"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["uniqueItems"] = true,
                    ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = NamePattern },
                    ["description"] = "The variables to summarize, in the order to show them.",
                },
                ["descriptions"] = new JsonObject(annotation.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
                {
                    ["description"] = "Optional: a sentence per variable, shown next to each output.",
                },
                ["correlations"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "Optional: rank (Spearman) correlations between variables that are distributions with constant parameters. Pairs that share a variable form one correlated group.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("variables", "rankCorrelation"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["variables"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["minItems"] = 2,
                                ["maxItems"] = 2,
                                ["uniqueItems"] = true,
                                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = NamePattern },
                            },
                            ["rankCorrelation"] = new JsonObject { ["type"] = "number", ["minimum"] = -1, ["maximum"] = 1 },
                        },
                    },
                },
                ["branches"] = new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["description"] = "Optional: named branches (e.g. scaling continues / stops), each with a probability and the variables it redefines. The probabilities must each be in [0, 1] and sum to 1. Runs show each branch, the expected value and the mixture.",
                    ["propertyNames"] = new JsonObject { ["pattern"] = NamePattern },
                    ["additionalProperties"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("probability"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["probability"] = new JsonObject
                            {
                                ["oneOf"] = new JsonArray(
                                    new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "A formula over the variables, e.g. \"pContinue\" or \"1 - pContinue\"." },
                                    new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 }),
                            },
                            ["description"] = new JsonObject { ["type"] = "string", ["description"] = "What the branch stands for." },
                            ["variables"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["description"] = "The variables this branch redefines (names from \"variables\"); the others are shared with every branch.",
                                ["propertyNames"] = new JsonObject { ["pattern"] = NamePattern },
                                ["additionalProperties"] = new JsonObject
                                {
                                    ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["minLength"] = 1 }, new JsonObject { ["type"] = "number" }),
                                },
                            },
                        },
                    },
                },
                ["units"] = new JsonObject(annotation.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
                {
                    ["description"] = "Optional: a unit per variable. \"USD\" shows $1.2B, \"percent\" shows a fraction as 12%, any other text follows the number.",
                },
            },
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options) + "\n";
    }
}
