using System.CommandLine;
using System.CommandLine.Parsing;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// The message of a command-line error (exit 2), in the tool's own words: the option or argument as typed, what it accepts,
/// and a "did you mean" suggestion for an unknown word. (System.CommandLine's own messages are localized and do not suggest.)
/// </summary>
internal static class UsageErrors
{
    /// <summary>The first error of a failed parse as one message, and the hint of where to read more.</summary>
    public static (string Message, string Hint) Describe(ParseResult parse, string tool)
    {
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse.CommandResult, tool);
        var hint = $"Run '{path} --help' for the {(command is RootCommand ? "commands" : "options")}.";
        if (OptionTakenAsArgument(parse) is { } optionLike)
        {
            return (Unmatched(optionLike, command), hint);
        }

        if (parse.UnmatchedTokens.Count > 0)
        {
            return (Unmatched(parse.UnmatchedTokens[0], command), hint);
        }

        foreach (var error in parse.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult option when option.Tokens.Count > 1:
                    return (Repeated(option), hint);
                case ArgumentResult { Parent: OptionResult option } when option.Tokens.Count > 1:
                    return (Repeated(option), hint);
                case ArgumentResult { Parent: OptionResult } argument when argument.Tokens.Count > 0:
                    return (error.Message, hint);
                case ArgumentResult { Parent: OptionResult option }:
                    return (MissingValue(option), hint);
                case OptionResult option when option.Tokens.Count == 0:
                    return (MissingValue(option), hint);
                case ArgumentResult { Parent: CommandResult } argument when argument.Tokens.Count == 0:
                    return ($"{command.Name}: missing the {argument.Argument.HelpName ?? argument.Argument.Name} argument: {Lower(argument.Argument.Description)}.", hint);
                case CommandResult when command is RootCommand:
                    return ($"no command given; expected one of {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.", hint);
            }
        }

        return (parse.Errors.Count > 0 ? parse.Errors[0].Message : "the command line could not be read.", hint);
    }

    /// <summary>
    /// A word that looks like an option (<c>--sample</c>) but that System.CommandLine bound to a command argument such as
    /// FILE because no option has that name: an unknown option, not a file name (unless it follows <c>--</c>).
    /// </summary>
    /// <returns>The word, or null when there is none.</returns>
    public static string? OptionTakenAsArgument(ParseResult parse)
    {
        var afterDoubleDash = parse.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        return parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => LooksLikeOption(v) && !afterDoubleDash.Contains(v));
    }

    private static bool LooksLikeOption(string token)
        => token.Length > 1 && token[0] == '-' && !double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string Repeated(OptionResult option)
    {
        var typed = option.IdentifierToken?.Value ?? option.Option.Name;
        return $"{typed}: given {option.Tokens.Count} times ({string.Join(", ", option.Tokens.Select(t => $"'{Printable.Quote(t.Value)}'"))}); give it once.";
    }

    private static string Unmatched(string token, Command command)
    {
        var word = Printable.Quote(token);
        if (LooksLikeOption(token))
        {
            var name = token.Split('=', ':')[0];
            var options = AllOptions(command).ToList();
            var suggestion = Suggestions.Closest(name, options);
            var where = command is RootCommand ? string.Empty : $" for '{command.Name}'";
            return suggestion is null
                ? $"unknown option '{word}'{where}. It takes {string.Join(", ", options.Where(o => o.StartsWith("--", StringComparison.Ordinal)))}."
                : $"unknown option '{word}'{where}. Did you mean '{suggestion}'?";
        }

        if (command is RootCommand)
        {
            var suggestion = Suggestions.Closest(token, command.Subcommands.Select(c => c.Name));
            return suggestion is null
                ? $"unknown command '{word}'. Expected one of {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}."
                : $"unknown command '{word}'. Did you mean '{suggestion}'?";
        }

        var optionLike = Suggestions.Closest("--" + token, AllOptions(command));
        if (optionLike is not null)
        {
            return $"unexpected argument '{word}' for '{command.Name}'. Did you mean the option '{optionLike}'?";
        }

        if (command.Arguments.Count == 0)
        {
            return $"unexpected argument '{word}': '{command.Name}' takes no argument, only options ({string.Join(", ", AllOptions(command).Where(o => o.StartsWith("--", StringComparison.Ordinal)))}).";
        }

        var takes = string.Join(" and ", command.Arguments.Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"at most one {a.HelpName ?? a.Name}" : a.HelpName ?? a.Name));
        return $"unexpected argument '{word}': '{command.Name}' takes {takes}. Did you mean to quote a value that contains spaces?";
    }

    private static string MissingValue(OptionResult option)
    {
        var typed = option.IdentifierToken?.Value ?? option.Option.Name;
        return $"{typed}: expected a value ({option.Option.HelpName ?? "a value"}) after it; got nothing.";
    }

    private static IEnumerable<string> AllOptions(Command command)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => c == command || o.Recursive))
            {
                foreach (var name in option.Aliases.Prepend(option.Name))
                {
                    if (seen.Add(name))
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    private static string CommandPath(CommandResult result, string tool)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = r.Parent)
        {
            names.Insert(0, c.Command is RootCommand ? tool : c.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string Lower(string? description)
    {
        var text = (description ?? string.Empty).TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
