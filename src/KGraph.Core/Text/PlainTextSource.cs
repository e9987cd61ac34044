using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Text;

/// <summary>Reads UTF-8 text files and normalises them with <see cref="TextNormalizer"/>.</summary>
public sealed class PlainTextSource : IDocumentTextSource
{
    public string? TryRead(string path, out string? problem)
    {
        var diagnostics = new DiagnosticBag();
        var text = TextFileReader.Read(path, ReadLimits.Default, diagnostics);
        problem = text is null ? diagnostics.Sorted()[0].Message : null;
        return text is null ? null : TextNormalizer.Normalize(text);
    }
}
