using System.Text;

namespace KGraph.Extraction.Output;

/// <summary>
/// Stable ids from names: the same name gives the same id on every run. Lower-case letters of
/// any script, digits, '.', '_' are kept; everything else becomes one '-'
/// (埃隆·马斯克 → 埃隆-马斯克, Valor Equity Partners → valor-equity-partners, GPT-3.5 → gpt-3.5).
/// </summary>
public static class EntityIds
{
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
}
