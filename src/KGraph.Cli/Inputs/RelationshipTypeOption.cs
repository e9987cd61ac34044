using System.CommandLine;
using KGraph.Text;
using KGraph.Vocabulary;

namespace KGraph.Cli.Inputs;

/// <summary>
/// <c>--type</c> (also spelled <c>--types</c>, diagram's old name) in every command that filters relationships:
/// repeatable and comma-separated alike (<c>--type FOUNDED --type LEADS</c> = <c>--types FOUNDED,LEADS</c>).
/// Names match the vocabulary case-insensitively (its names are UPPER_SNAKE_CASE, so <c>leads</c> can
/// only mean LEADS); a name it does not have is a usage error with the closest one suggested.
/// </summary>
internal sealed class RelationshipTypeOption
{
    public Option<string[]> Option { get; } = new("--type", "--types")
    {
        Description = "Only relationships of these types (repeatable or comma-separated, any case: --type FOUNDED --type leads, --type FOUNDED,LEADS)",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "TYPE",
    };

    /// <summary>The vocabulary's names for the types given; empty when none were.</summary>
    public IReadOnlySet<string> Resolve(ParseResult result, GraphVocabulary vocabulary)
    {
        var known = vocabulary.RelationshipTypes.Select(t => t.Name).ToList();
        var types = new HashSet<string>(StringComparer.Ordinal);
        var split = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        foreach (var given in (result.GetValue(Option) ?? []).SelectMany(v => v.Split(',', split)))
            types.Add(known.Find(k => string.Equals(k, given, StringComparison.OrdinalIgnoreCase)) ?? throw new UsageException(Unknown(given, known)));
        return types;
    }

    private static string Unknown(string given, IReadOnlyList<string> known) =>
        ClosestName.Among(given, known) is { } hint
            ? $"unknown relationship type '{given}'; did you mean '{hint}'?"
            : $"unknown relationship type '{given}' (known: {string.Join(", ", known)})";
}
