namespace KGraph.Extraction.Proposals;

/// <summary>Text from a model or its server as it may be printed: control characters (a terminal's escape sequences among them) as \uXXXX.</summary>
public static class PrintableText
{
    public static string Of(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) : text;
}
