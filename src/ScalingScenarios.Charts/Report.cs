using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ScalingScenarios.Claims;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Charts;

/// <summary>
/// One self-contained HTML page about a scenario run — what was assumed and where it comes from, the results table,
/// inline SVG charts, the argument check, the seed, the sample count and the library version — that a student hands in or an analyst mails.
/// </summary>
/// <remarks>
/// The page makes no request: styles are inline, charts are inline SVG, source addresses are plain text, and a
/// Content-Security-Policy of <c>default-src 'none'</c> keeps a browser from fetching anything even if something slipped
/// in. Build one with <see cref="Create(ScenarioResult, string?, ReportOptions?)"/>; immutable and thread-safe.
/// </remarks>
public sealed partial class Report
{
    private readonly ScenarioResult _result;
    private readonly IReadOnlyDictionary<string, string> _comments;
    private readonly ReportOptions _options;
    private readonly SensitivityResult? _sensitivity;
    private readonly ArgumentCheck? _check;

    private Report(ScenarioResult result, IReadOnlyDictionary<string, string> comments, ReportOptions options, SensitivityResult? sensitivity, ArgumentCheck? check)
    {
        _check = check;
        _result = result;
        _comments = comments;
        _options = options;
        _sensitivity = sensitivity;
    }

    /// <summary>Gets the run the report is about.</summary>
    public ScenarioResult Result => _result;

    /// <summary>Gets the version of the ScalingScenarios library that computed the results (its informational version).</summary>
    public static string LibraryVersion { get; } =
        typeof(Scenario).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Scenario).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Builds the report of a run.</summary>
    /// <param name="result">The run; its samples kept, or a bounded-memory run (<see cref="ScenarioResult.BoundedMemory"/>), whose histograms are drawn and whose sensitivity analysis is left out with a note.</param>
    /// <param name="scenarioText">The scenario file's text, or null. When given, the comment lines written above each variable (where scenario files state their sources) are shown beside the variable.</param>
    /// <param name="options">What to include; default <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The report; with <see cref="ReportOptions.Sensitivity"/> set, the sensitivity analysis of the first output has been run (one run per random input), and with <see cref="ReportOptions.ArgumentCheck"/> the argument check on the scenario's inputs (a variable the scenario lacks takes the library default its source names).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The samples of the run were not kept and it was not a bounded-memory run (<see cref="SimulationOptions.WithKeepSamples(bool)"/> false).</exception>
    public static Report Create(ScenarioResult result, string? scenarioText = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= ReportOptions.Default;
        var kept = result.Outputs.Count == 0 || result.Outputs[0].HasSamples;
        if (!kept && !result.BoundedMemory)
        {
            throw new InvalidOperationException("Expected a run that kept its samples (the report draws histograms); got one without. Run with SimulationOptions.WithKeepSamples(true).");
        }

        var comments = scenarioText is null ? new Dictionary<string, string>() : VariableComments(scenarioText);
        SensitivityResult? sensitivity = null;

        // A bounded-memory run has its histograms and exact percentiles, so the report draws them; the sensitivity
        // analysis ranks every sample of every input and has no bounded mode, so it is left out and the report says why.
        if (options.Sensitivity && result.Scenario.Outputs.Count > 0 && kept)
        {
            var first = result.Scenario.Outputs[0];
            sensitivity = Uncertainty.Sensitivity.Analyze(first.Node, result.Scenario.Options.WithSamples(result.Samples).WithSeed(result.Seed));
        }

        var check = options.ArgumentCheck
            ? Scenarios.ArgumentCheck.Run(result.Scenario, result.Scenario.Options.WithSamples(result.Samples).WithSeed(result.Seed))
            : null;
        return new Report(result, comments, options, sensitivity, check);
    }

    /// <summary>The report as one HTML document.</summary>
    /// <returns>The HTML text (UTF-8 when saved), starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    public string ToHtml()
    {
        var scenario = _result.Scenario;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"ScalingScenarios ").Append(Escape(LibraryVersion)).Append("\">\n")
            .Append("<title>").Append(Escape(scenario.Name)).Append(" — ScalingScenarios report</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        sb.Append("<header>\n<h1>").Append(Escape(scenario.Name)).Append("</h1>\n");
        if (scenario.Description is not null)
        {
            sb.Append("<p class=\"description\">").Append(Escape(scenario.Description)).Append("</p>\n");
        }

        sb.Append("<p class=\"meta\" id=\"run\">")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{_result.Samples:N0} samples · seed {_result.Seed} · ScalingScenarios {Escape(LibraryVersion)}"))
            .Append("</p>\n</header>\n");

        sb.Append("<section id=\"results\">\n<h2>Results</h2>\n").Append(_result.ToHtml()).Append("</section>\n");

        sb.Append("<section id=\"charts\">\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        foreach (var output in ChartedOutputs())
        {
            sb.Append("<div class=\"chart\" data-chart=\"histogram\" data-output=\"").Append(Escape(output)).Append("\">\n")
                .Append(_result.Histogram(output).ToHtml(_options.ChartWidth, _options.ChartHeight)).Append("\n</div>\n");
        }

        sb.Append("</div>\n");

        if (_sensitivity is null && _options.Sensitivity && _result.BoundedMemory)
        {
            sb.Append("<p class=\"note\" id=\"sensitivity-skipped\">No sensitivity analysis: this run used the bounded-memory mode (its samples did not fit the memory budget), and ranking inputs needs every sample kept. Run fewer samples or raise the budget for the tornado chart.</p>\n");
        }

        if (_sensitivity is not null)
        {
            var unit = scenario.Outputs[0].Unit;
            sb.Append("<div class=\"chart\" data-chart=\"tornado\" data-output=\"").Append(Escape(scenario.Outputs[0].Name)).Append("\">\n")
                .Append(Charts.Tornado(_sensitivity, unit).ToHtml(_options.ChartWidth, Math.Max(_options.ChartHeight, 120 + (40 * _sensitivity.Entries.Count))))
                .Append("\n</div>\n")
                .Append(_sensitivity.ToHtml());
        }

        sb.Append("</section>\n");

        if (_check is not null)
        {
            sb.Append("<section id=\"check\">\n<h2>The argument check</h2>\n<p>Each claim of the interview with arithmetic, computed from this scenario's inputs: does the stated conclusion follow?</p>\n")
                .Append("<div class=\"chart\" data-chart=\"check\">\n")
                .Append(Charts.ArgumentCheck(_check).ToHtml(1000, Math.Max(Chart.DefaultHeight, 140 + (34 * _check.Checks.Count))))
                .Append("\n</div>\n").Append(_check.ToHtml()).Append("</section>\n");
        }

        AppendAssumptions(sb);
        AppendSources(sb);

        sb.Append("<footer><p>Made with ScalingScenarios ").Append(Escape(LibraryVersion))
            .Append(". Reproduce it: the same scenario, sample count and seed give the same numbers on any thread count.</p></footer>\n")
            .Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Writes the report to a file atomically (a temporary file in the same folder, then a rename).</summary>
    /// <param name="path">The file to write, e.g. "report.html"; its folder must exist.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file could not be written; no temporary file is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.Write(path, Encoding.UTF8.GetBytes(ToHtml()));
    }

    /// <summary>The scenario, samples and seed in one line.</summary>
    /// <returns>For example "Report: The interview's value chain (100,000 samples, seed 42)".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Report: {_result.Scenario.Name} ({_result.Samples:N0} samples, seed {_result.Seed})");

    /// <summary>Reads the comment lines written right above each variable of the "variables" object of a scenario file.</summary>
    /// <param name="scenarioText">The scenario file's text (JSON with comments).</param>
    /// <returns>Variable name → its comment text (lines joined with spaces, without the slashes).</returns>
    internal static IReadOnlyDictionary<string, string> VariableComments(string scenarioText)
    {
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<string>();
        var inVariables = false;
        foreach (var raw in scenarioText.Split('\n'))
        {
            var line = raw.Trim();
            if (!inVariables)
            {
                inVariables = line.StartsWith("\"variables\"", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                pending.Add(line.TrimStart('/').Trim());
                continue;
            }

            var key = KeyLine().Match(line);
            if (key.Success)
            {
                if (pending.Count > 0)
                {
                    comments[key.Groups[1].Value] = string.Join(" ", pending);
                }
            }
            else if (line.StartsWith('}'))
            {
                break;
            }

            pending.Clear();
        }

        return comments;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private IEnumerable<string> ChartedOutputs() => _result.Scenario.Outputs.Take(_options.MaxHistograms).Select(o => o.Name);

    private void AppendAssumptions(StringBuilder sb)
    {
        var scenario = _result.Scenario;
        var outputs = scenario.Outputs.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        sb.Append("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n")
            .Append("<p>Every variable of the scenario, in the file's order, with its formula and unit; \"Source\" is the note written above it in the scenario file, where its numbers come from. ")
            .Append("\"a to b\" is a log-normal with 90% of its mass between a and b.</p>\n")
            .Append("<div class=\"scaling-table\">\n<table>\n<thead><tr><th>Variable</th><th>Formula</th><th>Unit</th><th>Description</th><th>Source</th></tr></thead>\n<tbody>\n");
        foreach (var v in scenario.Variables)
        {
            sb.Append(outputs.Contains(v.Name) ? "<tr class=\"output\">" : "<tr>")
                .Append("<td>").Append(Escape(v.Name)).Append("</td>")
                .Append("<td><code>").Append(Escape(v.Formula)).Append("</code></td>")
                .Append("<td>").Append(Escape(v.Unit ?? string.Empty)).Append("</td>")
                .Append("<td>").Append(Escape(v.Description ?? string.Empty)).Append("</td>")
                .Append("<td>").Append(Escape(_comments.TryGetValue(v.Name, out var c) ? c : string.Empty)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void AppendSources(StringBuilder sb)
    {
        var scenario = _result.Scenario;
        var text = string.Join(" ", scenario.Variables.Select(v => v.Description ?? string.Empty).Concat(_comments.Values).Append(scenario.Description ?? string.Empty));
        var claims = ClaimPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)
            .Select(id => ClaimCatalog.TryParseId(id, out var parsed) ? ClaimCatalog.Get(parsed) : null)
            .OfType<Claim>().OrderBy(c => c.Id).ToList();
        var sources = Sources.All.Where(s => WordPattern(s.Key).IsMatch(text)).ToList();
        if (claims.Count == 0 && sources.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"sources\">\n<h2>Claims and sources cited</h2>\n");
        if (claims.Count > 0)
        {
            sb.Append("<h3>Claims (from the interview)</h3>\n<ul>\n");
            foreach (var claim in claims)
            {
                sb.Append("<li><strong>").Append(Escape(claim.Id.ToString())).Append("</strong> ").Append(Escape(claim.Topic)).Append(": ").Append(Escape(claim.Paraphrase)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        if (sources.Count > 0)
        {
            sb.Append("<h3>Sources</h3>\n<ul>\n");
            foreach (var source in sources)
            {
                sb.Append("<li><strong>").Append(Escape(source.Key)).Append("</strong> ").Append(Escape(source.ToString())).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static Regex WordPattern(string key) => new($"\\b{Regex.Escape(key)}\\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex("^\"([^\"]+)\"\\s*:")]
    private static partial Regex KeyLine();

    [GeneratedRegex("\\bC\\d{2}\\b")]
    private static partial Regex ClaimPattern();

    private const string Style =
        "body{font-family:Inter,'Helvetica Neue',Arial,'DejaVu Sans',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
        + "h1{font-size:1.8em;margin-bottom:.2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}"
        + ".meta{color:#555}.description{font-size:1.05em}"
        + "table{border-collapse:collapse;margin:.5em 0;font-size:.92em}caption{text-align:left;font-weight:600;padding:.3em 0}"
        + "th,td{border:1px solid #ddd;padding:.3em .6em;vertical-align:top}th{background:#f4f6f8}tr.output td:first-child{font-weight:600}"
        + "code{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em}"
        + ".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:1em}.chart{margin:1em 0}.chart svg{max-width:100%;height:auto;border:1px solid #eee}ul.notes{color:#555;font-size:.9em}"
        + "footer{margin-top:3em;color:#777;font-size:.85em}";
}
