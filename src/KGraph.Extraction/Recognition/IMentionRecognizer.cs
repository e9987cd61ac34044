namespace KGraph.Extraction.Recognition;

/// <summary>
/// One stage of entity recognition over a sentence: it adds the names it finds to the sentence's candidates, or
/// corrects them (trims, retypes, replaces). <see cref="EntityRecognizer"/> runs the stages in order for each language.
/// </summary>
internal interface IMentionRecognizer
{
    void Recognize(SentenceText sentence, List<MentionCandidate> candidates);
}
