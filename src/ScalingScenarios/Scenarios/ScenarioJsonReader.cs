using System.Globalization;
using System.Text;
using System.Text.Json;
using ScalingScenarios.Formulas;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// Reads the JSON of a scenario file (comments and trailing commas allowed) into a <see cref="ScenarioDocument"/>,
/// with the line and column of every value so that errors can point at them. Pure: text in, document out.
/// </summary>
internal sealed class ScenarioJsonReader
{
    /// <summary>The top-level fields a scenario file may have.</summary>
    internal static readonly string[] KnownFields = ["$schema", "name", "description", "samples", "seed", "variables", "outputs", "descriptions", "units", "correlations", "branches"];

    private readonly byte[] _utf8;
    private readonly int[] _lineStarts;
    private readonly ScenarioDocument _document = new();

    // The last column computed (line index, byte offset, column), from which the next one on the same line continues.
    private int _cachedLine = -1;
    private int _cachedOffset;
    private int _cachedColumn;

    private ScenarioJsonReader(string json)
    {
        _utf8 = Encoding.UTF8.GetBytes(json);
        var starts = new List<int> { 0 };
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Reads a scenario file's text. Never throws for bad content: problems are in <see cref="ScenarioDocument.Errors"/>.</summary>
    public static ScenarioDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new ScenarioJsonReader(json);
        reader.ReadDocument();
        return reader._document;
    }

    private void ReadDocument()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                AddError(ScenarioErrorKind.JsonSyntax, null, 1, 1, "a JSON object { \"name\": ..., \"variables\": {...}, \"outputs\": [...] }", "an empty file");
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                AddFieldError(ref reader, null, "a JSON object { \"name\": ..., \"variables\": {...}, \"outputs\": [...] }");
                reader.Skip();
                reader.Read();

                // Not an object at all: "name, variables and outputs are missing" would only repeat the same problem.
                return;
            }

            ReadTopLevel(ref reader);

            // Anything after the top-level value is a syntax error, which the reader reports here.
            reader.Read();
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = ColumnOf(line, (int)(ex.BytePositionInLine ?? 0));
            _document.Errors.Add(new ScenarioError(ScenarioErrorKind.JsonSyntax, "valid JSON (comments and trailing commas are allowed)",
                DescribeSyntaxError(ex.Message), line: line, column: column));
            return;
        }
        catch (InvalidOperationException)
        {
            // GetString() refuses a text whose escapes do not form valid Unicode, such as a lone "\ud800".
            var (line, column) = Position(reader.TokenStartIndex);
            _document.Errors.Add(new ScenarioError(ScenarioErrorKind.JsonSyntax, "a text of valid Unicode characters",
                "an escape such as \\ud800 that is half of a character pair", line: line, column: column));
            return;
        }

        CheckRequiredAndReferences();
    }

    /// <summary>Puts a System.Text.Json syntax message in the file's words (no "payload", no "isFinalBlock").</summary>
    internal static string DescribeSyntaxError(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut].TrimEnd();
        }

        // Most messages start with the offending character in quotes, e.g. "'}' is invalid after a property name."
        var quoted = message.Length > 2 && message[0] == '\'' && message.IndexOf('\'', 1) is var close and > 0 ? message[..(close + 1)] : null;
        bool Has(string text) => message.Contains(text, StringComparison.Ordinal);
        return message switch
        {
            _ when Has("does not contain any JSON tokens") => "no JSON value: the file is empty or only white space and comments",
            _ when Has("Expected depth to be zero") => "the end of the file while an object or a list is still open (a '}' or ']' is missing)",
            _ when Has("maximum configured depth") => "objects or lists nested more than 64 levels deep",
            _ when Has("reached end of data") && Has("string") => "the end of the file inside a text (a closing '\"' is missing)",
            _ when Has("reached end of data") => "the end of the file where a value should follow",
            _ when quoted is not null && Has("after a single JSON value") => $"{quoted} after the end of the top-level object",
            _ when quoted is not null && Has("invalid start of a value") => $"{quoted} where a value should start (a text in double quotes, a number, true, false, null, an object or a list)",
            _ when quoted is not null && Has("invalid after a value") => $"{quoted} after a value, where ',', '}}' or ']' should follow",
            _ when quoted is not null && Has("invalid after a property name") => $"{quoted} after a field name, where ':' should follow",
            _ when quoted is not null && Has("start of a property name") => $"{quoted} where a field name in double quotes should start",
            _ when Has("escapable character") || Has("hex digit") => "an invalid escape inside a text (valid ones are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX)",
            _ when Has("leading zero") => "a number with a leading zero (write 1, not 01)",
            _ when quoted is not null && Has("within a JSON string") => $"{quoted} inside a text (control characters must be escaped, e.g. \\n or \\t)",
            _ when Has("invalid UTF-8") || Has("UTF-8") => "bytes that are not valid UTF-8 text",
            _ when Has("literal") => "a misspelled true, false or null",
            _ when Has("number") => "a malformed number",
            _ => "a syntax error: " + message.Replace("JSON payload", "file", StringComparison.Ordinal)
                .Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal)
                .Replace("isFinalBlock", "the end of the file", StringComparison.Ordinal).TrimEnd('.'),
        };
    }

    private void ReadTopLevel(ref Utf8JsonReader reader)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var (line, column) = Position(reader.TokenStartIndex);
            reader.Read();
            if (!seen.Add(field))
            {
                AddError(ScenarioErrorKind.InvalidScenario, field, line, column, $"'{field}' once", $"'{field}' a second time");
                reader.Skip();
                continue;
            }

            switch (field)
            {
                case "$schema":
                    reader.Skip();
                    break;
                case "name":
                    _document.Name = ReadString(ref reader, field);
                    break;
                case "description":
                    _document.Description = ReadString(ref reader, field);
                    break;
                case "samples":
                    _document.Samples = ReadSamples(ref reader);
                    break;
                case "seed":
                    _document.Seed = ReadSeed(ref reader);
                    break;
                case "variables":
                    ReadVariables(ref reader);
                    break;
                case "outputs":
                    ReadOutputs(ref reader);
                    break;
                case "descriptions":
                    ReadAnnotations(ref reader, field, _document.Descriptions);
                    break;
                case "units":
                    ReadAnnotations(ref reader, field, _document.Units);
                    break;
                case "correlations":
                    ReadCorrelations(ref reader);
                    break;
                case "branches":
                    _document.BranchesPosition = (line, column);
                    ReadBranches(ref reader);
                    break;
                default:
                    var suggestion = NameSuggester.Suggest(field, KnownFields);
                    AddError(ScenarioErrorKind.InvalidScenario, field, line, column,
                        "one of the fields " + string.Join(", ", KnownFields.Skip(1)), $"the unknown field '{field}'",
                        suggestion is null ? null : $"Did you mean '{suggestion}'?");
                    reader.Skip();
                    break;
            }
        }
    }

    private string? ReadString(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        AddFieldError(ref reader, field, "a text in double quotes");
        reader.Skip();
        return null;
    }

    private int? ReadSamples(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value)
            && value >= 1 && value <= int.MaxValue && Math.Floor(value) == value)
        {
            return (int)value;
        }

        AddFieldError(ref reader, "samples", "a whole number of samples from 1 to 2147483647");
        reader.Skip();
        return null;
    }

    private long? ReadSeed(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var seed))
            {
                return seed;
            }

            if (reader.TryGetDouble(out var value) && Math.Floor(value) == value && Math.Abs(value) <= 9007199254740992)
            {
                return (long)value;
            }
        }

        AddFieldError(ref reader, "seed", "a whole number");
        reader.Skip();
        return null;
    }

    private void ReadVariables(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddFieldError(ref reader, "variables", "an object of variables, e.g. { \"share\": \"beta(3, 7)\", \"n\": 4 }");
            reader.Skip();
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var (nameLine, nameColumn) = Position(reader.TokenStartIndex);
            reader.Read();
            var (line, column) = Position(reader.TokenStartIndex);
            var field = $"variables.{name}";
            if (!Lexer.IsValidName(name))
            {
                // Reported, and left out: no formula can refer to it, and an empty name cannot name a node.
                AddError(ScenarioErrorKind.InvalidScenario, field, nameLine, nameColumn,
                    "a variable name of letters, digits and '_' that starts with a letter or '_' (and is not 'to')", $"'{name}'");
                reader.Skip();
                continue;
            }

            if (!names.Add(name))
            {
                AddError(ScenarioErrorKind.InvalidScenario, field, nameLine, nameColumn, "each variable defined once", $"a second definition of '{name}'");
                reader.Skip();
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    _document.Variables.Add(VariableDefinition.FromFormula(name, reader.GetString()!, line, column));
                    break;
                case JsonTokenType.Number when reader.TryGetDouble(out var number) && double.IsFinite(number):
                    _document.Variables.Add(VariableDefinition.FromNumber(name, number, line, column));
                    break;
                default:
                    AddFieldError(ref reader, field, "a formula in double quotes or a number");
                    reader.Skip();
                    break;
            }
        }

        if (names.Count == 0 && !_document.Errors.Any(e => e.Field?.StartsWith("variables.", StringComparison.Ordinal) == true))
        {
            var (line, column) = Position(reader.TokenStartIndex);
            AddError(ScenarioErrorKind.InvalidScenario, "variables", line, column, "at least one variable", "an empty object");
        }
    }

    private void ReadOutputs(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            AddFieldError(ref reader, "outputs", "a list of variable names, e.g. [\"profit\", \"market\"]");
            reader.Skip();
            return;
        }

        var (listLine, listColumn) = Position(reader.TokenStartIndex);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var field = $"outputs[{index.ToString(CultureInfo.InvariantCulture)}]";
            if (reader.TokenType == JsonTokenType.String)
            {
                var (line, column) = Position(reader.TokenStartIndex);
                _document.Outputs.Add((reader.GetString()!, line, column));
            }
            else
            {
                AddFieldError(ref reader, field, "the name of a variable in double quotes");
                reader.Skip();
            }

            index++;
        }

        if (index == 0)
        {
            AddError(ScenarioErrorKind.InvalidScenario, "outputs", listLine, listColumn, "at least one output (a variable name)", "an empty list");
        }
    }

    private void ReadAnnotations(ref Utf8JsonReader reader, string field, Dictionary<string, string> target)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddFieldError(ref reader, field, "an object mapping variable names to text, e.g. { \"profit\": \"USD per year\" }");
            reader.Skip();
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var (line, column) = Position(reader.TokenStartIndex);
            reader.Read();
            if (!seen.Add(name))
            {
                // JSON readers disagree on which of two equal keys wins: refuse the ambiguity instead of keeping either.
                AddError(ScenarioErrorKind.InvalidScenario, $"{field}.{name}", line, column, $"each variable once in {field}", $"a second entry for '{name}'");
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                AddFieldError(ref reader, $"{field}.{name}", "a text in double quotes");
                reader.Skip();
                continue;
            }

            target[name] = reader.GetString()!;
            _document.AnnotationKeys.Add((field, name, line, column));
        }
    }

    private void ReadCorrelations(ref Utf8JsonReader reader)
    {
        const string Shape = "a list of { \"variables\": [\"a\", \"b\"], \"rankCorrelation\": 0.5 }";
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            AddFieldError(ref reader, "correlations", Shape);
            reader.Skip();
            return;
        }

        var index = 0;
        var pairs = new Dictionary<(string, string), int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var field = $"correlations[{index.ToString(CultureInfo.InvariantCulture)}]";
            var (line, column) = Position(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                AddFieldError(ref reader, field, Shape);
                reader.Skip();
                index++;
                continue;
            }

            var names = new List<string>();
            double? rho = null;
            var valid = true;
            string? repeated = null;
            var properties = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString()!;
                reader.Read();
                if (!properties.Add(property))
                {
                    valid = false;
                    repeated ??= property;
                    reader.Skip();
                }
                else if (property == "variables" && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            names.Add(reader.GetString()!);
                        }
                        else
                        {
                            valid = false;
                            reader.Skip();
                        }
                    }
                }
                else if (property == "rankCorrelation" && reader.TokenType == JsonTokenType.Number)
                {
                    rho = reader.GetDouble();
                }
                else
                {
                    valid = false;
                    reader.Skip();
                }
            }

            if (!valid || names.Count != 2 || rho is null || names[0] == names[1])
            {
                AddError(ScenarioErrorKind.InvalidScenario, field, line, column, "{ \"variables\": two different variable names, \"rankCorrelation\": a number in [-1, 1] }",
                    repeated is not null ? $"the field '{repeated}' twice"
                    : names.Count == 2 && names[0] == names[1] ? $"the variable '{names[0]}' twice"
                    : !valid ? "a field other than \"variables\" (a list of names) and \"rankCorrelation\" (a number)"
                    : names.Count != 2 ? $"{names.Count} variable name{(names.Count == 1 ? string.Empty : "s")}"
                    : "no \"rankCorrelation\" number");
            }
            else if (pairs.TryGetValue(string.CompareOrdinal(names[0], names[1]) < 0 ? (names[0], names[1]) : (names[1], names[0]), out var first))
            {
                // The same pair twice, even with the same value, is a mistake: with different values one would be silently lost.
                AddError(ScenarioErrorKind.InvalidScenario, field, line, column, "each pair of variables once",
                    $"the pair '{names[0]}', '{names[1]}' again (first in correlations[{first.ToString(CultureInfo.InvariantCulture)}])");
            }
            else
            {
                pairs[string.CompareOrdinal(names[0], names[1]) < 0 ? (names[0], names[1]) : (names[1], names[0])] = index;
                _document.Correlations.Add(new CorrelationDefinition(names[0], names[1], rho.Value, index, line, column));
            }

            index++;
        }
    }

    private void ReadBranches(ref Utf8JsonReader reader)
    {
        const string Shape = "an object of branches, e.g. { \"continues\": { \"probability\": \"pContinue\", \"variables\": { \"market\": \"1T to 10T\" } } }";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddFieldError(ref reader, "branches", Shape);
            reader.Skip();
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var (line, column) = Position(reader.TokenStartIndex);
            var field = $"branches.{name}";
            reader.Read();
            if (!Lexer.IsValidName(name) || !names.Add(name) || reader.TokenType != JsonTokenType.StartObject)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    AddFieldError(ref reader, field, "{ \"probability\": a formula or a number, \"variables\": { name: formula } }");
                }
                else
                {
                    AddError(ScenarioErrorKind.InvalidScenario, field, line, column, "each branch once, named with letters, digits and '_'", $"'{name}'");
                }

                reader.Skip();
                continue;
            }

            VariableDefinition? probability = null;
            string? description = null;
            var overrides = new List<VariableDefinition>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString()!;
                var (propertyLine, propertyColumn) = Position(reader.TokenStartIndex);
                reader.Read();
                var (valueLine, valueColumn) = Position(reader.TokenStartIndex);
                switch (property)
                {
                    case "probability" when reader.TokenType == JsonTokenType.String:
                        probability = VariableDefinition.FromFormula(BranchDefinition.ProbabilityName(name), reader.GetString()!, valueLine, valueColumn);
                        break;
                    case "probability" when reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var p) && double.IsFinite(p):
                        probability = VariableDefinition.FromNumber(BranchDefinition.ProbabilityName(name), p, valueLine, valueColumn);
                        break;
                    case "description" when reader.TokenType == JsonTokenType.String:
                        description = reader.GetString();
                        break;
                    case "variables" when reader.TokenType == JsonTokenType.StartObject:
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            var variable = reader.GetString()!;
                            reader.Read();
                            var (l, c) = Position(reader.TokenStartIndex);
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                overrides.Add(VariableDefinition.FromFormula(variable, reader.GetString()!, l, c));
                            }
                            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number))
                            {
                                overrides.Add(VariableDefinition.FromNumber(variable, number, l, c));
                            }
                            else
                            {
                                AddFieldError(ref reader, $"{field}.variables.{variable}", "a formula in double quotes or a number");
                                reader.Skip();
                            }
                        }

                        break;
                    case "probability" or "description" or "variables":
                        AddFieldError(ref reader, $"{field}.{property}", property switch
                        {
                            "probability" => "a probability: a number or a formula in double quotes",
                            "description" => "a text in double quotes",
                            _ => "an object of variables the branch redefines, e.g. { \"market\": \"1T to 10T\" }",
                        });
                        reader.Skip();
                        break;
                    default:
                        AddError(ScenarioErrorKind.InvalidScenario, $"{field}.{property}", propertyLine, propertyColumn,
                            "one of the fields probability, description, variables", $"the unknown field '{property}'");
                        reader.Skip();
                        break;
                }
            }

            if (probability is null)
            {
                AddError(ScenarioErrorKind.InvalidScenario, field, line, column, "a \"probability\" field (required)", "none");
                continue;
            }

            _document.Branches.Add(new BranchDefinition(name, probability, description, overrides, line, column));
        }
    }

    private void CheckRequiredAndReferences()
    {
        if (_document.Name is null && !_document.Errors.Any(e => e.Field == "name"))
        {
            _document.Errors.Add(new ScenarioError(ScenarioErrorKind.InvalidScenario, "a \"name\" field (required)", "none", field: "name"));
        }

        if (_document.Variables.Count == 0 && !_document.Errors.Any(e => e.Field is not null && e.Field.StartsWith("variables", StringComparison.Ordinal)))
        {
            _document.Errors.Add(new ScenarioError(ScenarioErrorKind.InvalidScenario, "a \"variables\" object (required)", "none", field: "variables"));
        }

        if (_document.Outputs.Count == 0 && !_document.Errors.Any(e => e.Field is not null && e.Field.StartsWith("outputs", StringComparison.Ordinal)))
        {
            _document.Errors.Add(new ScenarioError(ScenarioErrorKind.InvalidScenario, "an \"outputs\" list (required)", "none", field: "outputs"));
        }

        if (_document.Variables.Count == 0)
        {
            // Without variables every name would be unknown: the variables' own error says it all.
            return;
        }

        var variables = _document.Variables.Select(v => v.Name).ToList();
        var known = new HashSet<string>(variables, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _document.Outputs.Count; i++)
        {
            var (name, line, column) = _document.Outputs[i];
            var field = $"outputs[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (!known.Contains(name))
            {
                var suggestion = NameSuggester.Suggest(name, variables);
                AddError(ScenarioErrorKind.UnknownOutput, field, line, column, "the name of a variable", $"'{name}'",
                    suggestion is null ? null : $"Did you mean '{suggestion}'?");
            }
            else if (!listed.Add(name))
            {
                AddError(ScenarioErrorKind.UnknownOutput, field, line, column, "each output listed once", $"'{name}' a second time");
            }
        }

        foreach (var c in _document.Correlations)
        {
            foreach (var name in new[] { c.First, c.Second }.Where(n => !known.Contains(n)))
            {
                var suggestion = NameSuggester.Suggest(name, variables);
                AddError(ScenarioErrorKind.InvalidScenario, c.Field, c.Line ?? 1, c.Column ?? 1, "the name of a variable", $"'{name}'",
                    suggestion is null ? null : $"Did you mean '{suggestion}'?");
            }
        }

        foreach (var (field, name, line, column) in _document.AnnotationKeys)
        {
            if (!known.Contains(name))
            {
                var suggestion = NameSuggester.Suggest(name, variables);
                AddError(ScenarioErrorKind.InvalidScenario, $"{field}.{name}", line, column, "the name of a variable", $"'{name}'",
                    suggestion is null ? null : $"Did you mean '{suggestion}'?");
            }
        }
    }

    private void AddFieldError(ref Utf8JsonReader reader, string? field, string expected)
    {
        var (line, column) = Position(reader.TokenStartIndex);
        AddError(ScenarioErrorKind.InvalidScenario, field, line, column, expected, DescribeToken(ref reader));
    }

    private void AddError(ScenarioErrorKind kind, string? field, int line, int column, string expected, string found, string? hint = null)
        => _document.Errors.Add(new ScenarioError(kind, expected, found, hint: hint, line: line, column: column, field: field));

    private static string DescribeToken(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the text \"{reader.GetString()}\"",
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => reader.TokenType.ToString(),
    };

    private (int Line, int Column) Position(long byteOffset)
    {
        var offset = (int)byteOffset;
        var index = Array.BinarySearch(_lineStarts, offset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        return (lineIndex + 1, ColumnOf(lineIndex + 1, offset - _lineStarts[lineIndex]));
    }

    /// <summary>The 1-based character column of a byte position within a line (UTF-8 continuation bytes do not count).</summary>
    /// <remarks>
    /// Positions are asked for in increasing order while reading, so the count continues from the previous answer on the
    /// same line: reading a minified file (one long line) is linear in its length, not quadratic.
    /// </remarks>
    private int ColumnOf(int line, int bytesIntoLine)
    {
        var lineIndex = Math.Clamp(line - 1, 0, _lineStarts.Length - 1);
        var start = _lineStarts[lineIndex];
        var target = Math.Min(start + Math.Max(0, bytesIntoLine), _utf8.Length);
        var (from, column) = lineIndex == _cachedLine && target >= _cachedOffset ? (_cachedOffset, _cachedColumn) : (start, 1);
        for (var i = from; i < target; i++)
        {
            if ((_utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        (_cachedLine, _cachedOffset, _cachedColumn) = (lineIndex, target, column);
        return column;
    }
}
