using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// A sentence as recognizers read it: the article's folded text (traditional script folded to simplified, same
/// length), its original text (names are written as the original has them), the sentence's range and language,
/// and its words (jieba's for Chinese; null where a stage runs before tagging or on English).
/// </summary>
internal sealed record SentenceText(string Folded, string Original, Sentence Sentence, IReadOnlyList<Token>? Words);
