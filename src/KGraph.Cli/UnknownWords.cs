using System.CommandLine;
using System.CommandLine.Parsing;
using KGraph.Text;

namespace KGraph.Cli;

/// <summary>
/// What a mistyped word on the command line was probably meant to be:
/// <c>unknown command 'biuld'; did you mean 'build'?</c>, <c>unknown option '--frce'; did you mean '--force'?</c>.
/// </summary>
internal static class UnknownWords
{
    /// <summary>
    /// What to say about a line that did not parse. A word where a subcommand belongs is the one problem
    /// (the rest of the line was meant for the command it misspells), otherwise every parse error.
    /// </summary>
    public static IReadOnlyList<string> Messages(ParseResult result)
    {
        if (result.CommandResult.Command.Subcommands.Count > 0 && result.UnmatchedTokens is [var first, ..] && !first.StartsWith('-'))
            return [Describe(result.CommandResult, first)!];
        return [.. result.Errors.Select(e => Explain(e, result))];
    }

    private static string Explain(ParseError error, ParseResult result)
    {
        var word = result.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
        return word is null ? error.Message : Describe(result.CommandResult, word) ?? error.Message;
    }

    /// <summary>The message for <paramref name="word"/> given to <paramref name="command"/>; null when it is not taken for an option or a command.</summary>
    public static string? Describe(CommandResult command, string word)
    {
        if (word.StartsWith('-') && word.Length > 1)
            return WithHint($"unknown option '{word}'", word, OptionNames(command));
        return command.Command.Subcommands.Count > 0
            ? WithHint($"unknown command '{word}'", word, command.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))
            : null;
    }

    private static string WithHint(string message, string word, IEnumerable<string> known) =>
        ClosestName.Among(word, known) is { } hint ? $"{message}; did you mean '{hint}'?" : message;

    /// <summary>The command's own options and those it inherits (--help), each under every name it has.</summary>
    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? r = command; r is CommandResult c; r = c.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => !o.Hidden && (ReferenceEquals(c, command) || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases) yield return alias;
            }
        }
    }
}
