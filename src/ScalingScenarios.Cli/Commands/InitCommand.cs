using System.CommandLine;
using System.Text;
using ScalingScenarios.Cli.Infrastructure;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Commands;

/// <summary><c>init [DIR]</c>: writes the built-in interview scenario, the feature samples and the schema, for someone who has only the tool.</summary>
internal sealed class InitCommand : CliCommand
{
    /// <summary>The prefix of the sample files embedded in the tool (links to samples/scenarios/*.json).</summary>
    public const string SamplePrefix = "ScalingScenarios.Cli.Samples.";

    private readonly Argument<string?> _directory = new("DIR")
    {
        HelpName = "DIR",
        Description = "The folder to write into (created if missing). Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Overwrite files that already exist (without it, nothing is written when any would be overwritten).",
        Arity = ArgumentArity.Zero,
    };

    public InitCommand()
        : base("init", "Writes the built-in interview scenario, one sample file per feature and the JSON Schema into a folder, to edit and run.")
    {
        Arguments.Add(_directory);
        Options.Add(_force);
        AddFormat(OutputFormat.Table, OutputFormat.Json);
        AddExamples("init", "init my-scenarios", "init my-scenarios --force");
    }

    /// <summary>The files init writes, by name: the library's interview scenario and schema, and the tool's embedded samples.</summary>
    public static IReadOnlyList<(string Name, string Text)> Files()
    {
        var assembly = typeof(InitCommand).Assembly;
        var samples = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SamplePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return (n[SamplePrefix.Length..], reader.ReadToEnd());
            });
        return [("interview.json", InterviewScenario.Json), .. samples, ("scenario.schema.json", ScenarioSchema.Text)];
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        var console = context.Console;
        var directory = parse.GetValue(_directory) ?? ".";
        var files = Files();
        if (File.Exists(directory))
        {
            throw new CliInputException($"init: '{Printable.Quote(directory)}' is a file, not a folder.");
        }

        var existing = files.Select(f => f.Name).Where(n => File.Exists(Path.Combine(directory, n))).ToList();
        if (existing.Count > 0 && !parse.GetValue(_force))
        {
            throw new CliInputException($"init: {string.Join(", ", existing)} already exist{(existing.Count == 1 ? "s" : string.Empty)} in '{Printable.Quote(directory)}'; nothing was written (add --force to overwrite).");
        }

        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // "Could not find a part of the path" says nothing useful when a parent exists but is a file (/dev/null/x).
            var blocker = FirstFileOnThePath(directory);
            var reason = blocker is not null ? $"'{Printable.Quote(blocker)}' is a file, not a folder." : ex.Message;
            throw new CliInputException($"init: cannot write into '{Printable.Quote(directory)}': {reason}");
        }

        var full = Path.GetFullPath(directory);
        if (FormatOf(parse) == OutputFormat.Json)
        {
            Output.Json(console, w =>
            {
                w.WriteStartObject();
                w.WriteString("directory", full);
                w.WriteStrings("files", files.Select(f => f.Name));
                w.WriteStrings("overwritten", existing);
                w.WriteEndObject();
            });
        }
        else
        {
            Output.Tables(console, OutputFormat.Table, new TextTable(
                $"Wrote {files.Count} files to {full}",
                ["File", "What it is"],
                files.Select(f => new[] { f.Name, Describe(f.Name, f.Text) }),
                [$"Run one: scaling-scenarios run {Path.Combine(directory, "interview.json")}; check the argument: scaling-scenarios check {Path.Combine(directory, "interview.json")}."]));
        }

        return ExitCodes.Ok;
    }

    private static string Describe(string name, string text)
    {
        if (name == "scenario.schema.json")
        {
            return "the JSON Schema the files point editors at";
        }

        return Scenario.TryParse(text, out var scenario, out _) ? scenario!.Name : "a scenario file";
    }

    /// <summary>The first existing file among the parents of <paramref name="directory"/> (or itself), if any.</summary>
    private static string? FirstFileOnThePath(string directory)
    {
        for (var path = Path.GetFullPath(directory); !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
