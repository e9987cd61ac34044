using KGraph.Extraction;
using KGraph.Model;

namespace KGraph.Cli.Commands;

/// <summary>Builds the extractor, reporting a broken rule or lexicon file (file: rule: reason) instead of crashing.</summary>
internal static class Extractor
{
    public static ArticleExtractor? TryCreate(IReadOnlyList<Entity> known, TextWriter error)
    {
        try
        {
            return new ArticleExtractor(known);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"kgraph: {e.Message}");
            return null;
        }
    }
}
