namespace KGraph.Extraction.Recognition;

/// <summary>A jieba word with its part-of-speech tag and its place in the document text.</summary>
internal readonly record struct Token(int Start, int End, string Word, string Tag)
{
    public bool IsPersonTag => Tag is "nr" or "nrt" or "nrfg";
}
