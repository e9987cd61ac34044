using System.Reflection;
using System.Text;

namespace KGraph.Visualization.Html;

/// <summary>The interactive page's HTML, style sheet and script, embedded in this assembly so the page needs no other file.</summary>
internal static class PageTemplate
{
    public static string Page { get; } = Resource("page.html");
    public static string Style { get; } = Resource("graph-view.css");
    public static string Script { get; } = Resource("graph-view.js");

    /// <summary>
    /// Replaces each <c>{{NAME}}</c> in one pass over the template, so text put in for one
    /// placeholder is never searched for another.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var page = new StringBuilder(template.Length + values.Values.Sum(v => v.Length));
        var at = 0;
        while (true)
        {
            var open = template.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0) break;
            var close = template.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0) break;
            var name = template[(open + 2)..close];
            if (!values.TryGetValue(name, out var value)) throw new InvalidOperationException($"the page template has no value for {{{{{name}}}}}");
            page.Append(template, at, open - at).Append(value);
            at = close + 2;
        }
        return page.Append(template, at, template.Length - at).ToString();
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KGraph.Visualization." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in KGraph.Visualization");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
