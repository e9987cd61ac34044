using KGraph.Extraction.Text;
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
}
