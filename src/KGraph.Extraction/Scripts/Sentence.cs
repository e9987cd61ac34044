namespace KGraph.Extraction.Scripts;

/// <summary>A sentence as a half-open range of the document text, with its language (zh or en).</summary>
public readonly record struct Sentence(int Start, int End, string Lang)
{
    public int Length => End - Start;
}
