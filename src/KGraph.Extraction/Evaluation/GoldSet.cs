namespace KGraph.Extraction.Evaluation;

/// <summary>A loaded gold set: its items and how to compare (which types it labels, how names compare).</summary>
public sealed record GoldSet(string Name, GoldFormat Format, IReadOnlyList<GoldItem> Items)
{
    /// <summary>Types this set labels; predictions of other types are not scored.</summary>
    public IReadOnlySet<string> ScoredTypes => Format switch
    {
        GoldFormat.Duie => DuieGold.Types,
        GoldFormat.Conll04 => Conll04Gold.Types,
        GoldFormat.Cluener => new HashSet<string>(),
        GoldFormat.Redocred => RedocredGold.Types,
        GoldFormat.Sentences => SentencesGold.Types,
        _ => Items.SelectMany(i => i.Facts).Select(f => f.Type).ToHashSet(StringComparer.Ordinal),
    };
}

public enum GoldFormat
{
    Kgraph,
    Duie,
    Conll04,
    Cluener,
    Redocred,
    Sentences,
}
