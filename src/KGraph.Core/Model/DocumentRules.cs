namespace KGraph.Model;

/// <summary>
/// What a document's <c>lang</c>, <c>url</c> and <c>published</c> may hold. The graph-file reader
/// (<c>validate</c>) and the article reader (front matter) both ask here, so that <c>extract</c>
/// never writes a document that <c>validate</c> then refuses. The JSON Schema says the same.
/// </summary>
public static class DocumentRules
{
    /// <summary>The languages the extractor has rules and models for.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["zh", "en"];

    /// <summary>Why <paramref name="lang"/> is not allowed, or null when it is.</summary>
    public static string? LangProblem(string lang) =>
        Languages.Contains(lang) ? null : $"'lang' must be {string.Join(" or ", Languages)}, not '{lang}'";

    /// <summary>Why <paramref name="url"/> is not an absolute URL (the schema's <c>format: uri</c>), or null when it is.</summary>
    public static string? UrlProblem(string url) =>
        // Not Uri.TryCreate alone: on Unix it takes "/etc/passwd" for an absolute file URI.
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"'url' must be an absolute URL such as https://example.com/news/1, not '{url}'";

    /// <summary>The date, or why <paramref name="text"/> (the value of <paramref name="key"/>) is not one.</summary>
    public static PartialDate? ParseDate(string key, string text, out string? problem)
    {
        problem = PartialDate.TryParse(text, out var date) ? null : $"'{key}' is not a valid date: '{text}' (use YYYY, YYYY-MM or YYYY-MM-DD)";
        return problem is null ? date : null;
    }
}
