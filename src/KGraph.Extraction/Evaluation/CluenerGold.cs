using System.Text.Json;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// CLUENER2020 JSON lines (<c>text</c>, <c>label</c> → label → name → [[start, end]] with inclusive ends).
/// Scored labels: name (our Person), company and organization (our Organization). Predicted spans equal
/// to a gold <c>government</c> span are organisations CLUENER files elsewhere and count neither way.
/// </summary>
public static class CluenerGold
{
    public static readonly string[] ScoredLabels = ["name", "company", "organization"];
    public const string NeutralLabel = "government";

    public static GoldSet Read(string path) =>
        new(Path.GetFileName(path), GoldFormat.Cluener, JsonLines.Read(path, (root, line) =>
        {
            var spans = new List<GoldSpan>();
            if (root.TryGetProperty("label", out var labels))
                foreach (var label in labels.EnumerateObject())
                    foreach (var name in label.Value.EnumerateObject())
                        foreach (var range in name.Value.EnumerateArray())
                            spans.Add(new GoldSpan(range[0].GetInt32(), range[1].GetInt32() + 1, label.Name));
            return new GoldItem($"line {line}", root.Field("text").GetString()!, [], spans);
        }));
}
