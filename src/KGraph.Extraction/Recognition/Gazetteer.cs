using KGraph.Extraction.Scripts;
using KGraph.Model;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// Finds known names in text, longest match first: every name and alias of the curated
/// entities, and the lexicon's list of places. Latin names must stand as whole words.
/// Matching runs on script-folded text, so traditional and simplified spellings both match.
/// </summary>
internal sealed class Gazetteer : IMentionRecognizer
{
    private readonly Dictionary<char, List<Entry>> _byFirstChar = [];

    private sealed record Entry(string Name, string Type, string? KnownId, string DisplayName)
    {
        // Curated names outrank everything; lexicon places only outrank jieba's tags, so that
        // 浙江兆丰机电股份有限公司 stays one organisation rather than a place and a remainder.
        public int Priority => KnownId is null ? 2 : 3;
    }

    public Gazetteer(IReadOnlyList<Entity> knownEntities, IEnumerable<(string Name, string Type)> extraNames, IScriptFolder folder)
    {
        // Curated entities first: on the same name, a curated entity wins over a lexicon entry.
        foreach (var entity in knownEntities.OrderBy(e => e.Id, StringComparer.Ordinal))
            foreach (var name in entity.AllNames().Distinct(StringComparer.Ordinal))
                Add(folder.Fold(name), entity.Type, entity.Id, entity.Name);
        foreach (var (name, type) in extraNames) Add(folder.Fold(name), type, null, name);
        foreach (var list in _byFirstChar.Values) list.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    private void Add(string name, string type, string? knownId, string displayName)
    {
        if (name.Length < 2) return;
        if (!_byFirstChar.TryGetValue(name[0], out var list)) _byFirstChar[name[0]] = list = [];
        if (list.Exists(e => e.Name == name)) return;
        list.Add(new Entry(name, type, knownId, displayName));
    }

    /// <summary>Known names in <paramref name="folded"/>, which must be the script-folded document text.</summary>
    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates) =>
        candidates.AddRange(Find(sentence.Folded, sentence.Original, sentence.Sentence.Start, sentence.Sentence.End));

    public IEnumerable<MentionCandidate> Find(string folded, string original, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_byFirstChar.TryGetValue(folded[i], out var entries)) continue;
            if (IsWordChar(folded[i]) && i > 0 && IsWordChar(folded[i - 1])) continue;
            foreach (var entry in entries)
            {
                var end = i + entry.Name.Length;
                if (end > to || string.CompareOrdinal(folded, i, entry.Name, 0, entry.Name.Length) != 0) continue;
                if (IsWordChar(entry.Name[^1]) && end < folded.Length && IsWordChar(folded[end])) continue;
                var name = entry.KnownId is null ? original[i..end] : entry.DisplayName;
                yield return new MentionCandidate(i, end, entry.Type, name, entry.KnownId, entry.Priority);
                i = end - 1;
                break;
            }
        }
    }

    private static bool IsWordChar(char c) => Script.IsLatinLetter(c) || char.IsAsciiDigit(c);
}
