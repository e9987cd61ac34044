using System.Globalization;
using System.Text;
using System.Xml;

namespace KGraph.Visualization.Writers;

/// <summary>UTF-8 XML documents through <see cref="XmlWriter"/>, which escapes every name and attribute value.</summary>
internal static class XmlOutput
{
    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Text as XML 1.0 can hold it: control characters and unpaired surrogates (both can come
    /// from scraped articles) become U+FFFD instead of making the file unreadable.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsSurrogate(c)
                ? char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : XmlConvert.IsXmlChar(c);
            if (ok && char.IsHighSurrogate(c))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (!ok) clean ??= new StringBuilder(text, 0, i, text.Length);
            clean?.Append(ok ? c : '\uFFFD');
        }
        return clean?.ToString() ?? text;
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
