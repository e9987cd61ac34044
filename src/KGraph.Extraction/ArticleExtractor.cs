using KGraph.Extraction.Coreference;
using KGraph.Extraction.Output;
using KGraph.Extraction.Reading;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Extraction.Rules;
using KGraph.Extraction.Text;
using KGraph.Model;

namespace KGraph.Extraction;

/// <summary>
/// Finds entities and relationships in an article, each relationship with the quote, offsets and
/// rule that support it. Built once (loading the rules and jieba's dictionary costs a second or
/// two); <see cref="Extract"/> is thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly ExtractorOptions _options;
    private readonly EntityRecognizer _recognizer;
    private readonly PronounResolver _pronouns;
    private readonly Dictionary<string, RelationMatcher> _matchers;
    private readonly OrganizationShortNames _shortNames;

    /// <param name="knownEntities">Curated entities: their names and aliases are found in any script and keep their ids.</param>
    public ArticleExtractor(IReadOnlyList<Entity> knownEntities, ExtractorOptions? options = null)
    {
        _options = options ?? new ExtractorOptions();
        var lexicon = RuleFiles.Load<RecognitionLexicon>("lexicon.yaml", _options.RulesDirectory);
        var names = RuleFiles.Load<NameCueLexicon>("names.yaml", _options.RulesDirectory);
        lexicon.OrgSuffixesZh.AddRange(names.CompanySuffixesZh.Except(lexicon.OrgSuffixesZh));
        _recognizer = new EntityRecognizer(knownEntities, lexicon, names, _options.ScriptFolder, _options.UseHmm);
        _shortNames = new OrganizationShortNames(lexicon);
        _pronouns = new PronounResolver(lexicon.PronounsZh, lexicon.PronounsEn, lexicon.ModifierFollowersZh);
        _matchers = new Dictionary<string, RelationMatcher>(StringComparer.Ordinal)
        {
            ["zh"] = new(RelationRuleSet.Load("zh", _options.RulesDirectory), _options.Vocabulary),
            ["en"] = new(RelationRuleSet.Load("en", _options.RulesDirectory), _options.Vocabulary),
        };
    }

    public ExtractionResult Extract(ArticleText article) => Run(article, null);

    /// <summary>When set, each stage's time is added to it (the benchmark's breakdown).</summary>
    internal StageTimes? Timings { get; set; }

    /// <summary>
    /// Each sentence as the relation rules see it, entities shown as [Type:name] and resolved pronouns
    /// as [Type:他=name]: what a researcher needs when writing or debugging a rule.
    /// </summary>
    public IReadOnlyList<string> Explain(ArticleText article)
    {
        var lines = new List<string>();
        Run(article, (_, marked) => lines.Add(marked.Describe(article.Text)));
        return lines;
    }

    /// <summary>Each sentence with references, marked as the rules of its language read it.</summary>
    internal IReadOnlyList<(string Lang, MarkedSentence Sentence)> MarkedSentences(ArticleText article)
    {
        var sentences = new List<(string, MarkedSentence)>();
        Run(article, (lang, marked) => sentences.Add((lang, marked)));
        return sentences;
    }

    private ExtractionResult Run(ArticleText article, Action<string, MarkedSentence>? observe)
    {
        var timings = Timings;
        var clock = timings is null ? 0 : StageTimes.Start();
        var text = article.Text;
        // The rules' entity markers are private-use characters: an article's own must not read as markers.
        var folded = MarkedSentence.WithoutMarkers(_options.ScriptFolder.Fold(text));
        timings?.Lap(Stage.Fold, ref clock);
        var sentences = SentenceSplitter.Split(text);
        timings?.Lap(Stage.Sentences, ref clock);
        var mentions = new List<MentionCandidate>();
        foreach (var sentence in sentences) mentions.AddRange(_recognizer.Recognize(folded, text, sentence, timings));
        if (timings is not null) clock = StageTimes.Start();
        mentions = DocumentNamePropagation.Complete(folded, mentions);

        var entities = new DocumentEntities(mentions, _shortNames);
        var names = entities.References;
        timings?.Lap(Stage.Coreference, ref clock);
        var facts = new List<FoundFact>();
        var nameIndex = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            while (nameIndex < names.Count && names[nameIndex].Start < sentence.Start) nameIndex++;
            var references = new List<EntityReference>();
            for (var k = nameIndex; k < names.Count && names[k].Start < sentence.End; k++) references.Add(names[k]);
            references.AddRange(_pronouns.Resolve(folded, sentences, i, names));
            if (references.Count == 0) continue;
            references.Sort((a, b) => a.Start.CompareTo(b.Start));
            // Rules read the script-folded text (起訴 matches 起诉); spans, and so quotes, are the same in both.
            var marked = new MarkedSentence(folded, sentence.Start, sentence.End, references);
            observe?.Invoke(sentence.Lang, marked);
            _matchers[sentence.Lang].Match(folded, marked, article.Published, facts);
        }
        timings?.Lap(Stage.Relations, ref clock);
        var result = ResultBuilder.Build(article, entities.Entities, facts, _options.Vocabulary, _shortNames);
        timings?.Lap(Stage.Result, ref clock);
        return result;
    }
}
