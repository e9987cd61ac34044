namespace KGraph.Extraction.Recognition;

/// <summary>Pronoun lists of one language (lexicon.yaml, pronouns_zh / pronouns_en).</summary>
internal sealed class PronounLexicon
{
    public List<string> Person { get; set; } = [];
    public List<string> Persons { get; set; } = [];
    public List<string> Organization { get; set; } = [];
    public List<string> Nearest { get; set; } = [];
    public List<string> NotPronouns { get; set; } = [];
    /// <summary>后者 / the latter: the second of exactly two entities named in this and the previous sentence.</summary>
    public List<string> Latter { get; set; } = [];
    /// <summary>前者 / the former: the first of exactly two.</summary>
    public List<string> Former { get; set; } = [];
    /// <summary>Bare nouns (公司, 集团) that refer back to the organisation in focus only when they open a clause.</summary>
    public List<string> OrganizationAtClauseStart { get; set; } = [];
    /// <summary>
    /// Words that may follow an English "the former"/"the latter" used alone (the latter said…); any other lower-case word
    /// makes it an adjective (the former chief executive).
    /// </summary>
    public List<string> FormerLatterFollowers { get; set; } = [];
    /// <summary>
    /// English titles that, after "the" in apposition to a person (Ana Ruiz, the founder, …; the chief executive, Lee Park),
    /// speak for the organisation in focus.
    /// </summary>
    public List<string> RoleDescriptions { get; set; } = [];
    /// <summary>Chinese verbs that open a sentence without a subject (。2021年任命…): its subject is the one of the sentence before.</summary>
    public List<string> ZeroSubjectVerbs { get; set; } = [];
    /// <summary>Time words a subjectless Chinese sentence may open with before its verb (随后, 同年).</summary>
    public List<string> ZeroSubjectOpeners { get; set; } = [];
    /// <summary>Words after a multi-word organisation reference that make it a description, not a reference back (the company founded by…).</summary>
    public List<string> DescribedBy { get; set; } = [];
}
