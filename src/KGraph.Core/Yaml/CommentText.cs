using System.Globalization;
using System.Text;

namespace KGraph.Yaml;

/// <summary>
/// Text written into a YAML comment stays in the comment: a line break (or any control or line-separator
/// character, which some readers take for a break) would end the comment and make the rest of the text YAML,
/// so a file name such as <c>x\nrelationships: […]</c> could write facts. Such characters are written as
/// <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>, and a backslash as <c>\\</c> so the escape reads back.
/// </summary>
public static class CommentText
{
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && text.AsSpan().IndexOfAny('\\', '\u007F') < 0
            && text.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029') < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                case '\t': escaped.Append(@"\t"); break;
                default:
                    if (c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029')
                        escaped.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
