using KGraph.Extraction.Scripts;
using KGraph.Vocabulary;

namespace KGraph.Extraction;

/// <summary>How an <see cref="ArticleExtractor"/> is built.</summary>
public sealed record ExtractorOptions
{
    /// <summary>A folder whose lexicon.yaml / relations.zh.yaml / relations.en.yaml replace the built-in ones (e.g. graph-data/rules).</summary>
    public string? RulesDirectory { get; init; }

    /// <summary>Maps traditional to simplified Chinese for matching; spans stay in the original text. ICU when installed.</summary>
    public IScriptFolder ScriptFolder { get; init; } = DefaultFolder.Value;

    private static readonly Lazy<IScriptFolder> DefaultFolder = new(() => (IScriptFolder?)IcuTraditionalFolder.TryCreate(out _) ?? IdentityFolder.Instance);

    /// <summary>jieba's HMM for unknown words: better names, about ten times slower tagging.</summary>
    public bool UseHmm { get; init; } = true;

    public GraphVocabulary Vocabulary { get; init; } = GraphVocabulary.BuiltIn;

    /// <summary>Trained entity and relationship models (the command line loads the bundled ones); null: the hand rules alone.</summary>
    public Learning.ExtractionModels? Models { get; init; }

    /// <summary>
    /// Whether "the company", "its", 该公司, he and she are read as a whole article reads them (the organisation in focus,
    /// a person of the pronoun's sex); off: the organisation and the person named last. Training reads its corpora's
    /// sentences with it off, as the shipped models were trained (docs/models.md).
    /// </summary>
    public bool ArticleFocus { get; init; } = true;

    /// <summary>Whether the hand relation rules run beside the models (off only to measure the models alone).</summary>
    public bool RelationRules { get; init; } = true;

    /// <summary>With models: the languages whose names the entity model labels (the others keep the rules' names).</summary>
    public IReadOnlySet<string> EntityModelLanguages { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "zh", "en" };

    /// <summary>With models: which names the rules found and the entity model did not take are kept.</summary>
    public RuleNames RuleNames { get; init; } = RuleNames.LatinInChinese;

    /// <summary>
    /// Facts less confident than this are not written, whoever found them. Null (the default): the models' facts below
    /// <see cref="ModelMinConfidence"/> are left out and the hand rules' facts, whose confidences are set by hand, are kept.
    /// </summary>
    public double? MinConfidence { get; init; }

    /// <summary>
    /// The least probability a model's fact needs when <see cref="MinConfidence"/> is not given, the same for every language.
    /// Null (the default): each language's own, <see cref="ModelMinConfidences"/>.
    /// </summary>
    public double? ModelMinConfidence { get; init; }

    /// <summary>
    /// The least probability a model's fact needs, per language, when <see cref="MinConfidence"/> and
    /// <see cref="ModelMinConfidence"/> are not given. Each language has its own classifier; `kgraph train` prints the
    /// pick of each on the validation split, and docs/models.md says why the defaults are what they are.
    /// </summary>
    public IReadOnlyDictionary<string, double> ModelMinConfidences { get; init; } = DefaultModelMinConfidences;

    public static readonly IReadOnlyDictionary<string, double> DefaultModelMinConfidences = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["zh"] = 0.9,
        ["en"] = 0.9,
    };

    /// <summary>The threshold of a language <see cref="DefaultModelMinConfidences"/> does not list.</summary>
    public const double DefaultModelMinConfidence = 0.9;

    /// <summary>Proposes further facts (an LLM) that are checked against the text and pooled with the rules' and models'; null: none.</summary>
    public Proposals.IFactProposer? Proposer { get; init; }

    /// <summary>The least probability a fact of <paramref name="lang"/>'s model needs when <see cref="MinConfidence"/> is not given.</summary>
    public double ModelMinConfidenceFor(string lang) =>
        ModelMinConfidence ?? (ModelMinConfidences.TryGetValue(lang, out var least) ? least : DefaultModelMinConfidence);
}
