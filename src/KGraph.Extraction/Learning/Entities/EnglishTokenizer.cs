using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Learning.Entities;

/// <summary>
/// English words with their offsets: runs of letters and digits, joined across . ' ’ &amp; - when a letter
/// or digit follows (U.S., AT&amp;T, co-founder), with an abbreviation's full stop (Inc., Dr., U.S.); a
/// possessive 's is a word of its own, and so is a capitalised name before -based; any other character that
/// is not a space is a word alone.
/// </summary>
internal static class EnglishTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Gen", "Sen", "Rep", "Gov",
        "Lt", "Col", "Capt", "Sgt", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Bros", "Mt", "Ft", "Rev",
    };

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, text[i..(i + 1)], "w"));
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                if (char.IsLetterOrDigit(text[j])) j++;
                else if (text[j] is '.' or '\'' or '’' or '&' or '-' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && !IsPossessive(text, j, end)
                    && !NameBeforeDescriber(text, i, j)) j++;
                else break;
            }
            if (j < end && text[j] == '.' && IsAbbreviation(text.AsSpan(i, j - i))) j++;
            tokens.Add(new Token(i, j, text[i..j], "w"));
            if (IsPossessive(text, j, end))
            {
                tokens.Add(new Token(j, j + 2, text[j..(j + 2)], "w"));
                j += 2;
            }
            i = j;
        }
        return tokens;
    }

    /// <summary>"Denver-based", "Tokyo-listed": a capitalised name, a hyphen and a lower-case word are three words (the name is a place).</summary>
    private static bool NameBeforeDescriber(string text, int start, int at) =>
        text[at] == '-' && char.IsUpper(text[start]) && char.IsLower(text[at + 1]) && char.IsLetter(text[at - 1]);

    private static bool IsPossessive(string text, int at, int end) =>
        at + 1 < end && text[at] is '\'' or '’' && text[at + 1] is 's' or 'S' && (at + 2 >= end || !char.IsLetterOrDigit(text[at + 2]));

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
