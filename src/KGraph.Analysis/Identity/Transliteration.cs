using System.Globalization;
using System.Reflection;
using System.Text;

namespace KGraph.Analysis.Identity;

/// <summary>
/// Whether a Chinese name is a rendering of a Latin one (拉里·佩奇 ↔ Larry Page, 黄仁勋 ↔ Jen-Hsun Huang), by
/// the spellings each character may stand for in <c>transliteration.txt</c>. It answers yes or no, never "close".
/// </summary>
public sealed class Transliteration
{
    private readonly Dictionary<char, string[]> _spellings;

    public Transliteration(IReadOnlyDictionary<char, string[]> spellings) =>
        _spellings = spellings.ToDictionary(p => p.Key, p => p.Value.Select(Latin).Where(s => s.Length > 0).Distinct().ToArray());

    /// <summary>The table that ships with KGraph (Identity/transliteration.txt).</summary>
    public static Transliteration BuiltIn { get; } = Parse(ReadResource());

    /// <summary>Reads the table: <c>CHARACTER spelling ...</c> per line, <c>#</c> comments. A malformed line is an error naming it.</summary>
    public static Transliteration Parse(string text)
    {
        var table = new Dictionary<char, string[]>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields[0].Length != 1 || fields.Length < 2 || fields.Skip(1).Any(s => !s.All(char.IsAsciiLetterLower)))
                throw new FormatException($"transliteration table line {lineNumber}: expected one character and lower-case spellings, got '{line}'");
            if (!table.TryAdd(fields[0][0], fields[1..]))
                throw new FormatException($"transliteration table line {lineNumber}: '{fields[0]}' is listed twice");
        }
        return new Transliteration(table);
    }

    public bool Knows(char c) => _spellings.ContainsKey(c);

    /// <summary>The first letters a Chinese part may begin with in Latin, for pairing names before reading them whole.</summary>
    public IEnumerable<char> FirstLetters(string part) =>
        part.Length > 0 && _spellings.TryGetValue(part[0], out var spellings) ? spellings.Select(s => s[0]).Distinct() : [];

    /// <summary>
    /// True when <paramref name="chinese"/> reads as <paramref name="latin"/>: with name dots, part for part in order
    /// (a Latin middle name may be left out); without, either a foreign name written as one word (马斯克 = Musk) or a
    /// Chinese family name then given name, which Latin writes in either order (黄仁勋 = Jen-Hsun Huang = Huang Jen-Hsun).
    /// </summary>
    public bool Reads(string chinese, string latin)
    {
        var zh = chinese.Split('·', StringSplitOptions.RemoveEmptyEntries);
        var en = LatinParts(latin);
        if (zh.Length == 0 || en.Length == 0 || zh.Any(p => !p.All(Knows))) return false;
        if (zh.Length > 1)
        {
            if (zh.Length == en.Length) return zh.Zip(en).All(p => Spells(p.First, p.Second));
            return zh.Length == 2 && en.Length > 2 && Spells(zh[0], en[0]) && Spells(zh[1], en[^1]);
        }
        var word = zh[0];
        if (en.Length == 1) return Spells(word, en[0]);
        if (en.Length != 2 || word.Length is < 2 or > 3) return false;
        var (family, given) = (word[..1], word[1..]);
        return (Spells(family, en[1]) && Spells(given, en[0])) || (Spells(family, en[0]) && Spells(given, en[1]));
    }

    /// <summary>Latin words of a name, lower-case, accents and doubled letters dropped, a hyphenated word kept as one.</summary>
    public static string[] LatinParts(string name) =>
        name.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(Latin).Where(p => p.Length > 0).ToArray();

    private static string Latin(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (!char.IsAsciiLetterLower(lower)) continue;
            if (builder.Length > 0 && builder[^1] == lower) continue;
            builder.Append(lower);
        }
        return builder.ToString();
    }

    /// <summary>Whether the characters of <paramref name="part"/>, one spelling each, make up <paramref name="word"/>.</summary>
    private bool Spells(string part, string word)
    {
        // reachable[j]: the characters read so far can end at letter j of the word.
        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        foreach (var c in part)
        {
            var next = new bool[word.Length + 1];
            for (var j = 0; j < word.Length; j++)
            {
                if (!reachable[j]) continue;
                foreach (var spelling in _spellings[c])
                    if (j + spelling.Length <= word.Length && string.CompareOrdinal(word, j, spelling, 0, spelling.Length) == 0)
                        next[j + spelling.Length] = true;
            }
            reachable = next;
        }
        return reachable[word.Length] || (word.Length > 1 && word[^1] == 'e' && reachable[word.Length - 1]);
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KGraph.Analysis.Identity.transliteration.txt")
            ?? throw new InvalidOperationException("the transliteration table is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
