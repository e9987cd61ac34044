using System.Collections;
using System.Globalization;
using System.Text;

namespace KGraph.Neo4j.Cypher;

/// <summary>
/// Writes values as Cypher literals for scripts run with <c>cypher-shell -f</c>. Strings are
/// single-quoted with <c>\\</c>, <c>\'</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\uXXXX</c> for
/// every other control character and unpaired surrogate; all other text (CJK, emoji) is
/// written as is, so the file stays readable.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    public static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case string s: WriteString(text, s); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case long l: text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case int i: text.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d: text.Append(Double(d)); break;
            case PropertyMap map:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first) text.Append(", ");
                    first = false;
                    text.Append(CypherIdentifier.Key(key)).Append(": ");
                    Write(text, item);
                }
                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    if (!firstItem) text.Append(", ");
                    firstItem = false;
                    Write(text, item);
                }
                text.Append(']');
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as a Cypher literal");
        }
    }

    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\'': text.Append(@"\'"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                    {
                        text.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        text.Append('\'');
    }

    // Cypher has no literal for NaN or infinity, and a float needs a '.' or exponent to stay a float.
    private static string Double(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException($"Cypher has no literal for the number {d}");
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
