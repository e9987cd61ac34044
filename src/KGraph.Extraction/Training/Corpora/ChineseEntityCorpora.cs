using System.Text;
using System.Text.Json;
using KGraph.Extraction.Evaluation;
using KGraph.Store;

namespace KGraph.Extraction.Training.Corpora;

/// <summary>
/// The Chinese corpora with names labelled throughout (shared/train/README.md): CLUENER2020 (JSON lines with
/// spans), the résumé corpus (a character and its BMES tag per line), the company-executive corpus (BIO) and
/// Weibo NER (a character with its word index, then the tag). Their labels map onto ours: people (PER),
/// organisations of every kind (ORG: companies, organisations, government bodies), places (LOC) and titles
/// (TTL); everything else they label is left unlabelled.
/// </summary>
internal static class ChineseEntityCorpora
{
    private static readonly Dictionary<string, string> CluenerLabels = new(StringComparer.Ordinal)
    {
        ["name"] = "PER",
        ["company"] = "ORG",
        ["organization"] = "ORG",
        ["government"] = "ORG",
        ["address"] = "LOC",
        ["position"] = "TTL",
    };

    private static readonly Dictionary<string,
        string> ResumeLabels = new(StringComparer.Ordinal) { ["NAME"] = "PER", ["ORG"] = "ORG", ["TITLE"] = "TTL", ["LOC"] = "LOC" };
    private static readonly Dictionary<string, string> ExecutiveLabels = new(StringComparer.Ordinal) { ["PER"] = "PER", ["ORG"] = "ORG", ["JOB"] = "TTL" };
    private static readonly Dictionary<string,
        string> WeiboLabels = new(StringComparer.Ordinal) { ["PER.NAM"] = "PER", ["ORG.NAM"] = "ORG", ["LOC.NAM"] = "LOC", ["GPE.NAM"] = "LOC" };

    public static List<EntityExample> Cluener(string path) => JsonLines.Read(path, (root, _) =>
    {
        var text = root.Field("text").GetString()!;
        var spans = new List<LabelledSpan>();
        if (root.TryGetProperty("label", out var labels))
            foreach (var label in labels.EnumerateObject())
            {
                if (!CluenerLabels.TryGetValue(label.Name, out var ours)) continue;
                foreach (var name in label.Value.EnumerateObject())
                    foreach (var range in name.Value.EnumerateArray())
                        spans.Add(new LabelledSpan(range[0].GetInt32(), range[1].GetInt32() + 1, ours));
            }
        return new EntityExample("cluener", "zh", text, spans);
    });

    public static List<EntityExample> Resume(string path) => CharacterTags(path, "resume", ResumeLabels);

    public static List<EntityExample> CompanyExecutives(string path) => CharacterTags(path, "company-exec", ExecutiveLabels);

    public static List<EntityExample> Weibo(string path) => CharacterTags(path, "weibo", WeiboLabels);

    /// <summary>One character per line with its tag (B-X, I-X, M-X, E-X, S-X or O), sentences apart by blank lines.</summary>
    private static List<EntityExample> CharacterTags(string path, string source, Dictionary<string, string> labels)
    {
        var examples = new List<EntityExample>();
        var text = new StringBuilder();
        var tags = new List<string>();
        var line = 0;
        foreach (var raw in BoundedFile.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                Flush();
                continue;
            }
            var parts = raw.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            // A line whose character was a space has lost it (the résumé corpus has a few): keep the text's length with a space.
            if (parts.Length == 1) parts = [" ", parts[0]];
            // Weibo writes the word index after the character (科0): the character is the first one.
            text.Append(parts[0][0]);
            tags.Add(parts[^1]);
        }
        Flush();
        return examples;

        void Flush()
        {
            if (text.Length == 0) return;
            var spans = new List<LabelledSpan>();
            for (var i = 0; i < tags.Count; i++)
            {
                var (prefix, label) = Split(tags[i]);
                if (prefix is not ('B' or 'S') || !labels.TryGetValue(label, out var ours)) continue;
                var end = i + 1;
                while (prefix != 'S' && end < tags.Count && Split(tags[end]) is var (p, l) && p is 'I' or 'M' or 'E' && l == label)
                {
                    end++;
                    if (p == 'E') break;
                }
                spans.Add(new LabelledSpan(i, end, ours));
                i = end - 1;
            }
            examples.Add(new EntityExample(source, "zh", text.ToString(), spans));
            text.Clear();
            tags.Clear();
        }
    }

    private static (char Prefix, string Label) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' ? (tag[0], tag[2..]) : ('O', "");
}
