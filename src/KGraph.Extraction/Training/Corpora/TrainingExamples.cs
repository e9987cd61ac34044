namespace KGraph.Extraction.Training.Corpora;

/// <summary>A text whose entity names are labelled throughout: spans with labels PER, ORG, LOC or TTL (a title).</summary>
/// <param name="Annotated">Whether it is one of our own annotated sentences (training/), not a public corpus's record.</param>
internal sealed record EntityExample(string Source, string Lang, string Text, IReadOnlyList<LabelledSpan> Spans, bool Annotated = false);

internal readonly record struct LabelledSpan(int Start, int End, string Label);

/// <summary>
/// A fact a corpus states between two entities (each known by any of its names), as one of our types, or
/// with a null type where the corpus says the pair is related in none of our ways. A fact supported only by
/// some sentences (Re-DocRED's evidence) names the text range those sentences cover.
/// </summary>
internal sealed record GoldRelation(IReadOnlyList<string> From, string? Type, IReadOnlyList<string> To, int EvidenceStart = 0, int EvidenceEnd = int.MaxValue);

/// <summary>Which pairs of a relation example are labelled, so that an unlabelled pair is not taken for "no relationship".</summary>
internal enum PairCoverage
{
    /// <summary>Every pair of entities in the text: a pair with no fact has none (CoNLL04, Re-DocRED).</summary>
    All,

    /// <summary>
    /// Every pair, except that a person and an organisation with a job title beside them are not taken for "none":
    /// the corpus has no employment relation to label them with (DuIE labels 董事长 but no other post).
    /// </summary>
    AllButEmployment,

    /// <summary>Only the pairs of the given facts, each with its label or none (KBP37, FinRE).</summary>
    ListedPairsOnly,
}

/// <param name="LabelsDates">Whether the corpus labels dates (founding dates): only then is an organisation and a date with no fact "none".</param>
/// <param name="Annotated">Whether it is one of our own annotated sentences (training/), not a public corpus's record.</param>
internal sealed record RelationExample(
    string Source,
    string Lang,
    string Text,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<string> ListedNames,
    PairCoverage Coverage,
    bool LabelsDates = false,
    bool Annotated = false);
