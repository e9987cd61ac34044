using KGraph.Model;

namespace KGraph.Extraction.Output;

/// <summary>
/// An article whose extracted file would pass the loader's size limit keeps the first mentions of each entity and
/// the first quotes of each fact, in text order: a fact repeated in every clause of a long article
/// (a text without punctuation quotes 600 characters a clause) would otherwise make the file ten or more
/// times the article, and the article could be read but not extracted.
/// </summary>
internal static class EvidenceTrim
{
    /// <summary>How many mentions and quotes each entity and fact keeps, tried in turn until the file fits.</summary>
    public static readonly int[] Steps = [100, 10, 1];

    public static ExtractionResult KeepFirst(ExtractionResult result, int count) => result with
    {
        Entities = [.. result.Entities.Select(e => e.Mentions.Count <= count ? e : e with { Mentions = [.. e.Mentions.Take(count)] })],
        Relationships = [.. result.Relationships.Select(r => r.Evidence.Count <= count ? r : r with { Evidence = [.. r.Evidence.Take(count)] })],
    };

    /// <summary>Mentions and quotes that <see cref="KeepFirst"/> left out.</summary>
    public static (int Mentions, int Quotes) LeftOut(ExtractionResult full, ExtractionResult trimmed) =>
        (full.Entities.Sum(e => e.Mentions.Count) - trimmed.Entities.Sum(e => e.Mentions.Count),
         full.Relationships.Sum(r => r.Evidence.Count) - trimmed.Relationships.Sum(r => r.Evidence.Count));
}
