using KGraph.Extraction.Coreference;
using KGraph.Extraction.Learning;
using KGraph.Extraction.Learning.Entities;
using KGraph.Extraction.Learning.Relations;
using KGraph.Extraction.Output;
using KGraph.Extraction.Proposals;
using KGraph.Extraction.Reading;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Extraction.Rules;
using KGraph.Extraction.Scripts;
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
    // Built when a language's first sentence needs them: that is when its models' weights are read (ExtractionModels).
    private readonly Dictionary<string, Lazy<ModelEntityRecognizer>> _entityModels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lazy<ModelRelationFinder?>> _relationModels = new(StringComparer.Ordinal);
    private readonly Lazy<string> _version;
    private readonly Lazy<Dictionary<string, string>> _knownIds;

    /// <param name="knownEntities">Curated entities: their names and aliases are found in any script and keep their ids.</param>
    public ArticleExtractor(IReadOnlyList<Entity> knownEntities, ExtractorOptions? options = null)
    {
        _options = options ?? new ExtractorOptions();
        _version = new Lazy<string>(() => ExtractorVersion.Of(knownEntities, _options));
        _knownIds = new Lazy<Dictionary<string, string>>(() => ProposalChecker.KnownIds(knownEntities, Fold));
        var lexicon = RuleFiles.Load<RecognitionLexicon>("lexicon.yaml", _options.RulesDirectory);
        var names = RuleFiles.Load<NameCueLexicon>("names.yaml", _options.RulesDirectory);
        lexicon.OrgSuffixesZh.AddRange(names.CompanySuffixesZh.Except(lexicon.OrgSuffixesZh));
        _recognizer = new EntityRecognizer(knownEntities, lexicon, names, _options.ScriptFolder, _options.UseHmm);
        _shortNames = new OrganizationShortNames(lexicon);
        _pronouns = new PronounResolver(lexicon.PronounsZh, lexicon.PronounsEn, lexicon.ModifierFollowersZh, _options.ArticleFocus);
        var ruleSets = new Dictionary<string, RelationRuleSet>(StringComparer.Ordinal)
        {
            ["zh"] = RelationRuleSet.Load("zh", _options.RulesDirectory),
            ["en"] = RelationRuleSet.Load("en", _options.RulesDirectory),
        };
        RuleSets = ruleSets;
        _matchers = ruleSets.ToDictionary(p => p.Key, p => new RelationMatcher(p.Value, _options.Vocabulary), StringComparer.Ordinal);
        var classes = Classes = new WordClasses(lexicon, names);
        if (_options.Models is { } models)
        {
            var labeled = _options.EntityModelLanguages;
            if (labeled.Contains("zh"))
                _entityModels["zh"] = new(() => new ModelEntityRecognizer(models.ChineseEntities,
                    new ChineseEntityFeatures(classes, models.ChineseEntities.Bits, Stacked(models.ChineseEntities.Info)), null, _options.RuleNames));
            if (labeled.Contains("en"))
                _entityModels["en"] = new(() => new ModelEntityRecognizer(models.EnglishEntities, null,
                    new EnglishEntityFeatures(classes, models.EnglishEntities.Bits, Stacked(models.EnglishEntities.Info)), _options.RuleNames));
            foreach (var (lang, model) in new (string, Func<ClassifierModel?>)[]
                     {
                         ("zh", () => models.ChineseRelations),
                         ("en", () => models.EnglishRelations),
                     })
                _relationModels[lang] = new(() => model() is { } m
                    ? new ModelRelationFinder(m, new RelationFeatures(classes, ruleSets[lang], m.Bits, Stacked(m.Info)), new RoleFinder(ruleSets[lang].File),
                        ruleSets[lang], _options.Vocabulary)
                    : null);
        }
    }

    /// <summary>A hash of all besides the article that decides what this extractor writes (<see cref="ExtractorVersion"/>).</summary>
    public string Version => _version.Value;

    /// <summary>The text the rules and models read: script-folded (起訴 → 起诉), same length, marker characters of its own made harmless.</summary>
    internal string Fold(string text) => MarkedSentence.WithoutMarkers(_options.ScriptFolder.Fold(text));

    /// <summary>What the lexicons know about words (the models' lexical features).</summary>
    internal WordClasses Classes { get; }

    /// <summary>Each language's relation rules, with its negation and hedging cues and role words.</summary>
    internal IReadOnlyDictionary<string, RelationRuleSet> RuleSets { get; }

    /// <summary>Whether a model was trained with the hand rules' decisions among its features.</summary>
    internal static bool Stacked(IReadOnlyDictionary<string, string> info) => info.GetValueOrDefault("stacked") == "true";

    public ExtractionResult Extract(ArticleText article) => Run(article, null);

    /// <summary>How many articles to extract at once: one per core, or as many as the proposer has requests in flight (they mostly wait).</summary>
    internal int Parallelism => Math.Max(Environment.ProcessorCount, _options.Proposer?.Parallelism ?? 0);

    /// <summary>When set, each stage's time is added to it (the benchmark's breakdown).</summary>
    internal StageTimes? Timings { get; set; }

    /// <summary>
    /// Each sentence as the relation rules see it, entities shown as [Type:name] and resolved pronouns
    /// as [Type:他=name]: what a researcher needs when writing or debugging a rule.
    /// </summary>
    public IReadOnlyList<string> Explain(ArticleText article)
    {
        var lines = new List<string>();
        var result = Run(article, (_, marked) => lines.Add(marked.Describe(article.Text)));
        // With a proposer, also what became of its facts: the dropped ones with the reason.
        if (result.Proposals is { } proposals) lines.AddRange(ProposalChecker.Describe(article.Path.Replace('\\', '/'), proposals));
        return lines;
    }

    /// <summary>Each sentence with references, marked as the rules of its language read it.</summary>
    internal IReadOnlyList<(string Lang, MarkedSentence Sentence)> MarkedSentences(ArticleText article)
    {
        var sentences = new List<(string, MarkedSentence)>();
        Run(article, (lang, marked) => sentences.Add((lang, marked)));
        return sentences;
    }

    /// <summary>Every sentence as the relation stage sees it: marked references, words, the rules' facts (training reads these).</summary>
    internal IReadOnlyList<SentenceView> SentenceViews(ArticleText article)
    {
        var views = new List<SentenceView>();
        Run(article, null, views.Add);
        return views;
    }

    /// <summary>The words of a sentence: jieba's for Chinese, <see cref="EnglishTokenizer"/>'s for English.</summary>
    internal List<MentionCandidate> RecognizeSentence(string folded, string text, Sentence sentence, out IReadOnlyList<Token> words, StageTimes? timings = null)
    {
        var found = _recognizer.Recognize(folded, text, sentence, out var tokens, timings);
        var clock = timings is null ? 0 : StageTimes.Start();
        words = tokens ?? (IReadOnlyList<Token>)EnglishTokenizer.Tokenize(folded, sentence.Start, sentence.End);
        if (_entityModels.TryGetValue(sentence.Lang, out var model)) model.Value.Recognize(new SentenceText(folded, text, sentence, words), found);
        timings?.Lap(Stage.EntityModel, ref clock);
        return found;
    }

    private ExtractionResult Run(ArticleText article, Action<string, MarkedSentence>? observe, Action<SentenceView>? view = null)
    {
        var timings = Timings;
        var clock = timings is null ? 0 : StageTimes.Start();
        var proposals = Propose(article);
        var text = article.Text;
        // The rules' entity markers are private-use characters: an article's own must not read as markers.
        var folded = Fold(text);
        timings?.Lap(Stage.Fold, ref clock);
        var sentences = SentenceSplitter.Split(text);
        timings?.Lap(Stage.Sentences, ref clock);
        var mentions = new List<MentionCandidate>();
        var words = new IReadOnlyList<Token>[sentences.Count];
        for (var i = 0; i < sentences.Count; i++) mentions.AddRange(RecognizeSentence(folded, text, sentences[i], out words[i], timings));
        if (timings is not null) clock = StageTimes.Start();
        mentions = DocumentNamePropagation.Complete(folded, mentions);
        var checker = proposals is null ? null : new ProposalChecker(proposals, text, folded, Fold, _options.Vocabulary, _knownIds.Value);
        if (checker is not null) mentions.AddRange(checker.Mentions(mentions));

        var entities = new DocumentEntities(mentions, _shortNames);
        var names = entities.References;
        var orderedNames = new OrderedNames(names);
        timings?.Lap(Stage.Coreference, ref clock);
        var facts = new List<FoundFact>();
        var pronouns = new List<EntityReference>();
        var nameIndex = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            while (nameIndex < names.Count && names[nameIndex].Start < sentence.Start) nameIndex++;
            var references = new List<EntityReference>();
            for (var k = nameIndex; k < names.Count && names[k].Start < sentence.End; k++) references.Add(names[k]);
            var resolved = _pronouns.Resolve(folded, sentences, i, orderedNames, pronouns).ToList();
            references.AddRange(resolved);
            pronouns.AddRange(resolved.OrderBy(r => r.Start));
            if (references.Count == 0) continue;
            references.Sort((a, b) => a.Start.CompareTo(b.Start));
            // Rules read the script-folded text (起訴 matches 起诉); spans, and so quotes, are the same in both.
            var marked = new MarkedSentence(folded, sentence.Start, sentence.End, references);
            observe?.Invoke(sentence.Lang, marked);
            var ruleFactsFrom = facts.Count;
            if (_options.RelationRules) _matchers[sentence.Lang].Match(folded, marked, article.Published, facts);
            var ruleFacts = facts.GetRange(ruleFactsFrom, facts.Count - ruleFactsFrom);
            view?.Invoke(new SentenceView(folded, sentence, marked, words[i], ruleFacts));
            timings?.Lap(Stage.Relations, ref clock);
            if (_relationModels.TryGetValue(sentence.Lang, out var finder) && finder.Value is { } classifier)
                classifier.Find(folded, sentence, marked, words[i], ruleFacts, article.Published, facts);
            timings?.Lap(Stage.RelationModel, ref clock);
        }
        if (timings is not null) clock = StageTimes.Start();
        if (checker is not null) facts.AddRange(checker.Facts(entities));
        if (_options.MinConfidence is { } least) facts.RemoveAll(f => f.Confidence < least);
        else facts.RemoveAll(f => ModelRules.IsModel(f.Rule) && f.Confidence < _options.ModelMinConfidenceFor(ModelRules.Language(f.Rule!)));
        var result = ResultBuilder.Build(article, entities.Entities, facts, _options.Vocabulary, _shortNames);
        timings?.Lap(Stage.Result, ref clock);
        return checker is null ? result : result with { Proposals = checker.Report };
    }

    /// <summary>The proposer's answer for the article (null without one); a chunk it could not answer fails the article.</summary>
    private ProposalSet? Propose(ArticleText article)
    {
        if (_options.Proposer is not { } proposer) return null;
        // Extraction is synchronous and runs articles in parallel; the proposer limits its own requests.
        var proposals = proposer.ProposeAsync(article).GetAwaiter().GetResult();
        if (proposals.Failures.Count > 0) throw new ProposalFailedException(string.Join("; ", proposals.Failures));
        return proposals;
    }
}
