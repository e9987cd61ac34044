using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Learning;

/// <summary>A sentence as the relation stage sees it (in the article's folded text): its references marked, its words, and what the hand rules found in
/// it.</summary>
internal sealed record SentenceView(string Folded, Sentence Sentence, MarkedSentence Marked, IReadOnlyList<Token> Words, IReadOnlyList<FoundFact> RuleFacts);
