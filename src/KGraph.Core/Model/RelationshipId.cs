using System.Security.Cryptography;
using System.Text;

namespace KGraph.Model;

/// <summary>
/// Deterministic relationship ids, so that the same fact gets the same id in every run and
/// review decisions recorded against it keep applying after re-extraction.
/// </summary>
public static class RelationshipId
{
    /// <summary>
    /// <c>{from}.{type}.{to}</c>, plus <c>.{start}</c> when the fact is dated; for symmetric types
    /// the two endpoints are put in ordinal order first. Example: <c>elon-musk.founded.xai.2023</c>.
    /// </summary>
    public static string For(string from, string type, string to, PartialDate? start, bool symmetric)
    {
        if (symmetric && string.CompareOrdinal(from, to) > 0) (from, to) = (to, from);
        var id = $"{from}.{type.ToLowerInvariant()}.{to}";
        return start is { } s ? $"{id}.{s}" : id;
    }

    /// <summary>A short stable hash of any text, for ids that must not carry the text itself.</summary>
    public static string ShortHash(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes, 0, 5);
    }
}
