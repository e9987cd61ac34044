using System.Text;
using System.Text.RegularExpressions;

namespace KGraph.Store;

/// <summary>What an id may look like: stable, lower-case, no spaces, safe in file names and URLs.</summary>
public static partial class Ids
{
    public const string Rule = "lower-case letters of any script, digits, '-', '.', '_'; starting with a letter or digit";

    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>
    /// A stable id from a name: the same name gives the same id on every run. Lower-case letters of
    /// any script, digits, '.', '_' are kept; everything else becomes one '-'
    /// (埃隆·马斯克 → 埃隆-马斯克, Valor Equity Partners → valor-equity-partners, GPT-3.5 → gpt-3.5).
    /// The extractor names entities this way, and the importers name rows that way when their id is not valid.
    /// </summary>
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '_') builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var id = builder.ToString().Trim('-', '.');
        return id.Length > 0 ? id : "entity-" + Model.RelationshipId.ShortHash(name);
    }

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}\p{Mn}._-]*$")]
    private static partial Regex IdPattern();
}
