using System.Globalization;
using System.Text;
using KGraph.Model;
using KGraph.Resolution;

namespace KGraph.Analysis.Identity;

/// <summary>One name of an entity in the forms candidates compare: as written, its name key, its spelling-free key and its parts.</summary>
internal sealed record NameForms(string Text, string Key, string Folded, IReadOnlyList<string> Parts, bool IsChinese)
{
    // Company-form words that do not tell two companies apart; "LP" and "Global" do (OpenAI LP is not OpenAI).
    private static readonly HashSet<string> LegalForms = ["inc", "corp", "corporation", "incorporated", "llc", "ltd", "limited", "co", "plc", "gmbh", "pbc"];

    /// <summary>A name that says more than a family name: two parts or more (Larry Page, 拉里·佩奇), or not a person's.</summary>
    public bool IsFull(string entityType) => Parts.Count > 1 || entityType != "Person";

    public static IReadOnlyList<NameForms> Of(Entity entity) =>
        entity.AllNames().Select(Of).Where(n => n.Folded.Length > 0).DistinctBy(n => n.Key).ToList();

    public static NameForms Of(string name)
    {
        var key = NameKey.Of(name);
        var parts = key.Split([' ', '·', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Strip).Where(p => p.Length > 0).ToList();
        while (parts.Count > 1 && LegalForms.Contains(parts[^1])) parts.RemoveAt(parts.Count - 1);
        var isChinese = key.Any(c => c is >= '\u4E00' and <= '\u9FFF');
        if (isChinese && parts.Count > 0 && parts[^1].Length > 2 && parts[^1].EndsWith("公司", StringComparison.Ordinal)) parts[^1] = parts[^1][..^2];
        return new NameForms(name, key, string.Concat(parts), parts, isChinese);
    }

    /// <summary>Letters and digits of any script, accents dropped: "Jen-Hsun" and "Jen Hsun", "Société" and "Societe" fold alike.</summary>
    private static string Strip(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString();
    }
}
