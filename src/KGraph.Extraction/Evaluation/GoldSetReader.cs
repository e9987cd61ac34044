using KGraph.Store;

namespace KGraph.Extraction.Evaluation;

/// <summary>Reads a gold set in a named format, or guesses the format from the file.</summary>
public static class GoldSetReader
{
    public static GoldSet Read(string path, GoldFormat? format = null) => (format ?? Guess(path)) switch
    {
        GoldFormat.Duie => DuieGold.Read(path),
        GoldFormat.Conll04 => Conll04Gold.Read(path),
        GoldFormat.Cluener => CluenerGold.Read(path),
        GoldFormat.Redocred => RedocredGold.Read(path),
        GoldFormat.Sentences => SentencesGold.Read(path),
        _ => KgraphGold.Read(path),
    };

    /// <summary>
    /// YAML or a folder: our gold articles; .json: Re-DocRED when it has "vertexSet", else CoNLL04; .jsonl: CLUENER when
    /// lines carry "label", our annotated sentences when they carry "relations", else DuIE.
    /// </summary>
    public static GoldFormat Guess(string path)
    {
        if (Directory.Exists(path) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)) return GoldFormat.Kgraph;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return StartsWithVertexSet(path) ? GoldFormat.Redocred : GoldFormat.Conll04;
        var first = BoundedFile.ReadLines(path).FirstOrDefault(l => l.Length > 0) ?? "";
        if (first.Contains("\"label\"", StringComparison.Ordinal)) return GoldFormat.Cluener;
        return first.Contains("\"relations\"", StringComparison.Ordinal) ? GoldFormat.Sentences : GoldFormat.Duie;
    }

    private static bool StartsWithVertexSet(string path)
    {
        using var reader = new StreamReader(BoundedFile.OpenRead(path));
        var head = new char[4096];
        var read = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, read).Contains("\"vertexSet\"", StringComparison.Ordinal);
    }
}
