using System.Globalization;
using System.Text;
using KGraph.Extraction.Coreference;

namespace KGraph.Extraction.Relations;

/// <summary>
/// A sentence with every entity reference replaced by a marker <c>\uE000{type letter}{index}\uE001</c>,
/// so that relation patterns see the words between entities and the entities' types, and with a
/// map from each marked position back to the document text.
/// </summary>
internal sealed class MarkedSentence
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';
    private readonly int[] _original;

    public MarkedSentence(string text, int start, int end, IReadOnlyList<EntityReference> references)
    {
        References = references;
        var builder = new StringBuilder(end - start + references.Count * 4);
        var map = new List<int>(end - start + references.Count * 4 + 1);
        var position = start;
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            for (; position < reference.Start; position++)
            {
                builder.Append(text[position]);
                map.Add(position);
            }
            var code = reference.TypeCode;
            Codes |= CodeMask(code);
            var marker = $"{Open}{code}{i.ToString(CultureInfo.InvariantCulture)}{Close}";
            builder.Append(marker);
            for (var k = 0; k < marker.Length; k++) map.Add(reference.Start);
            position = reference.End;
        }
        for (; position < end; position++)
        {
            builder.Append(text[position]);
            map.Add(position);
        }
        map.Add(end);
        Text = builder.ToString();
        _original = [.. map];
    }

    public string Text { get; }

    /// <summary>
    /// <paramref name="text"/> with any <see cref="Open"/> or <see cref="Close"/> of its own replaced by U+FFFD, same
    /// length: a marker forged in an article (or a stray one) would otherwise name a reference that is not there.
    /// </summary>
    public static string WithoutMarkers(string text) =>
        text.AsSpan().IndexOfAny(Open, Close) < 0 ? text : text.Replace(Open, '\uFFFD').Replace(Close, '\uFFFD');

    /// <summary>The type letters of the sentence's markers, as written (entity types may change later), one bit each.</summary>
    public int Codes { get; }

    /// <summary>One bit for each letter A-Z among <paramref name="codes"/>.</summary>
    public static int CodeMask(IEnumerable<char> codes)
    {
        var mask = 0;
        foreach (var code in codes) mask |= CodeMask(code);
        return mask;
    }

    private static int CodeMask(char code) => code is >= 'A' and <= 'Z' ? 1 << (code - 'A') : ~0;

    /// <summary>The marked text with each marker written out as [Type:name] (for --explain).</summary>
    public string Describe(string documentText) =>
        System.Text.RegularExpressions.Regex.Replace(Text, $"{Open}([A-Z])(\\d+){Close}", m =>
        {
            var reference = References[int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)];
            var names = string.Join("+", reference.Entities.Select(e => e.Name));
            var surface = documentText[reference.Start..reference.End];
            return reference.IsPronoun ? $"[{m.Groups[1].Value}:{surface}={names}]" : $"[{m.Groups[1].Value}:{surface}]";
        });

    public IReadOnlyList<EntityReference> References { get; }

    /// <summary>The document offset of a position in <see cref="Text"/> (a marker maps to its reference's start).</summary>
    public int Original(int markedIndex) => _original[markedIndex];

    /// <summary>The document offset just after whatever ends at <paramref name="markedEnd"/>.</summary>
    public int OriginalEnd(int markedEnd) =>
        markedEnd > 0 && Text[markedEnd - 1] == Close ? ReferenceAt(markedEnd - 1).End : _original[markedEnd];

    /// <summary>The reference whose marker covers <paramref name="markedIndex"/>.</summary>
    public EntityReference ReferenceAt(int markedIndex)
    {
        var open = Text.LastIndexOf(Open, markedIndex);
        var close = Text.IndexOf(Close, open);
        return References[int.Parse(Text.AsSpan(open + 2, close - open - 2), CultureInfo.InvariantCulture)];
    }
}
