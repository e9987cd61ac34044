namespace KGraph.Extraction.Recognition;

/// <summary>Pronoun lists of one language (lexicon.yaml, pronouns_zh / pronouns_en).</summary>
internal sealed class PronounLexicon
{
    public List<string> Person { get; set; } = [];
    public List<string> Persons { get; set; } = [];
    public List<string> Organization { get; set; } = [];

    /// <summary>
    /// Descriptions read as an organisation only across sentences of an article (the chain, the venture), when their own
    /// sentence names no organisation before them; training and single sentences leave them as words.
    /// </summary>
    public List<string> ArticleOrganization { get; set; } = [];
    public List<string> Nearest { get; set; } = [];
    public List<string> NotPronouns { get; set; } = [];
    /// <summary>Words after a multi-word organisation reference that make it a description, not a reference back (the company founded by…).</summary>
    public List<string> DescribedBy { get; set; } = [];
}
