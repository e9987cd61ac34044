namespace KGraph.Extraction.Evaluation;

/// <summary>
/// One text of a gold set with what a person read from it: relationships between names
/// (<see cref="Facts"/>) and, for NER sets, labelled name spans (<see cref="Spans"/>).
/// </summary>
public sealed record GoldItem(string Id, string Text, IReadOnlyList<GoldFact> Facts, IReadOnlyList<GoldSpan> Spans, string? Path = null)
{
    /// <summary>Curated-style ids the gold uses for entities, with every name the text gives them (kgraph gold only).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EntityNames { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The article's date, for resolving 3月14日 (kgraph gold only).</summary>
    public KGraph.Model.PartialDate? Published { get; init; }
}

/// <summary>
/// An expected fact in our vocabulary: <paramref name="From"/> and <paramref name="To"/> are names
/// (DuIE, CoNLL04) or entity ids (kgraph gold). <paramref name="Type"/> may be a property such as
/// <c>founded</c>, whose <paramref name="To"/> is then the value.
/// </summary>
public sealed record GoldFact(string From, string Type, string To, bool Optional = false, bool NotFact = false)
{
    /// <summary>The fact is what the article is about (its title or lead): headline recall counts these (kgraph gold only).</summary>
    public bool Headline { get; init; }

    /// <summary>Every name the text gives the subject (Re-DocRED's mention clusters); <see cref="From"/> alone when empty.</summary>
    public IReadOnlyList<string> FromNames { get; init; } = [];

    /// <summary>Every name the text gives the object; <see cref="To"/> alone when empty.</summary>
    public IReadOnlyList<string> ToNames { get; init; } = [];
}

/// <summary>A labelled name in the text: half-open offsets and the gold set's label.</summary>
public sealed record GoldSpan(int Start, int End, string Label);
