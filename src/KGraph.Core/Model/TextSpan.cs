namespace KGraph.Model;

/// <summary>
/// Half-open range [Start, End) of UTF-16 code units in a document's normalised text
/// (the same units as .NET and JavaScript strings).
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool FitsIn(int textLength) => Start >= 0 && End >= Start && End <= textLength;

    public override string ToString() => $"[{Start}, {End}]";
}
