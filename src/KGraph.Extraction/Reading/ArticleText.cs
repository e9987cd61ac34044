using KGraph.Diagnostics;
using KGraph.Model;

namespace KGraph.Extraction.Reading;

/// <summary>
/// An article ready for extraction. <see cref="Text"/> is the normalised body after any front
/// matter (<see cref="KGraph.Text.TextNormalizer"/>); every span the extractor writes refers to it.
/// </summary>
public sealed record ArticleText(
    string Path,
    string Text,
    string? Title = null,
    string? Url = null,
    PartialDate? Published = null,
    string? Lang = null)
{
    /// <summary>What the reader was unsure of, such as a guessed encoding; the text was read all the same.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}
