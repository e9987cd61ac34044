using System.Text;

namespace KGraph.Analysis.Reports;

/// <summary>Makes data text safe inside a Markdown table cell or line: no markup, no HTML, one line.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029') builder.Append(' ');
            else if (c == '<') builder.Append("&lt;");
            else if (c == '>') builder.Append("&gt;");
            else if (c == '&') builder.Append("&amp;");
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~') builder.Append('\\').Append(c);
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
