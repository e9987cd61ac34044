using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Resolution;
using KGraph.Text;
using KGraph.Yaml;

namespace KGraph.Validation;

/// <summary>
/// Checks that every mention and evidence points at a known document, and — where the
/// article file can be read — that its span lies inside the text and its quote is what the
/// text says there.
/// </summary>
public sealed class EvidenceChecker(IDocumentTextSource texts, string? baseFolder = null)
{
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public void Check(ResolvedGraph resolved, DiagnosticBag diagnostics)
    {
        foreach (var origins in resolved.EntityOrigins.Values)
        {
            foreach (var origin in origins)
            {
                var mentions = origin.Value.Mentions;
                for (var i = 0; i < mentions.Count; i++)
                    CheckSpan(resolved, mentions[i].Doc, mentions[i].Span, mentions[i].Text, "mention",
                        new Where<Entity>(origin, $"mentions[{i}]"), diagnostics);
            }
        }
        foreach (var origin in resolved.RelationshipOrigins)
        {
            var evidence = origin.Value.Evidence;
            for (var i = 0; i < evidence.Count; i++)
                CheckSpan(resolved, evidence[i].Doc, evidence[i].Span, evidence[i].Quote, "evidence",
                    new Where<Relationship>(origin, $"evidence[{i}]"), diagnostics);
        }
    }

    /// <summary>Where an item was written; resolved only for a problem, since that may re-read the file.</summary>
    private interface IWhere
    {
        SourcePosition Position();
    }

    private readonly record struct Where<T>(Located<T> Origin, string Field) : IWhere
    {
        public SourcePosition Position() => Origin.PositionOf(Field);
    }

    private void CheckSpan<TWhere>(ResolvedGraph resolved, string docId, TextSpan span, string quote, string what, TWhere where, DiagnosticBag diagnostics)
        where TWhere : IWhere
    {
        if (!resolved.DocumentOrigins.TryGetValue(docId, out var doc))
        {
            diagnostics.Error(where.Position(), $"{what} refers to unknown document '{docId}'");
            return;
        }
        if (TextOf(doc, diagnostics) is not { } text) return;
        if (!span.FitsIn(text.Length))
        {
            diagnostics.Error(where.Position(), $"{what} span {span} is outside document '{docId}' (its text has {text.Length} characters)");
            return;
        }
        var actual = text.Substring(span.Start, span.Length);
        if (actual != quote)
            diagnostics.Error(where.Position(),
                $"{what} text does not match document '{docId}' at {span}: the file has \"{Shorten(actual)}\", the data says \"{Shorten(quote)}\"");
    }

    private string? TextOf(Located<Document> doc, DiagnosticBag diagnostics)
    {
        var d = doc.Value;
        if (d.Path is null) return null;
        if (_cache.TryGetValue(d.Id, out var cached)) return cached;
        string? text = null;
        var path = Locate(d.Path);
        if (path is null)
        {
            diagnostics.Warning(doc.PositionOf("path"), $"article file '{d.Path}' of document '{d.Id}' not found; its spans are not checked");
        }
        else
        {
            text = texts.TryRead(path, out var problem);
            if (text is null)
                diagnostics.Error(doc.PositionOf("path"), $"cannot read article '{d.Path}': {problem}");
            else if (d.Sha256 is not null && TextNormalizer.Sha256(text) != d.Sha256)
            {
                diagnostics.Warning(doc.PositionOf("sha256"),
                    $"article '{d.Path}' has changed since it was extracted (sha256 differs); re-run extraction. Its spans are not checked");
                text = null;
            }
        }
        _cache[d.Id] = text;
        return text;
    }

    private string? Locate(string path)
    {
        if (File.Exists(path)) return path;
        if (baseFolder is not null && File.Exists(Path.Combine(baseFolder, path))) return Path.Combine(baseFolder, path);
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
