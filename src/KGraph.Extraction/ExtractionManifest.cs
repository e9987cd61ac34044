using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using KGraph.Diagnostics;
using KGraph.Extraction.Output;
using KGraph.Store;

namespace KGraph.Extraction;

/// <summary>
/// What the last build extracted into a folder, kept beside the files in <see cref="FileName"/> (JSON,
/// not YAML, so the loader never reads it as data): for each output file, the article it came from,
/// the SHA-256 of the article's bytes and of the file as written, and what the extraction found.
/// An incremental build keeps a file when its article, the extractor's version and the file itself
/// are all as recorded, so what it keeps is byte for byte what extracting again would write.
/// Anything unexpected in the manifest (a hand edit, hostile content, another version) only
/// means re-extracting: an entry is trusted for skipping work, never for what to write.
/// </summary>
public sealed class ExtractionManifest
{
    public const string FileName = ".kgraph-extract.json";
    private const int FormatVersion = 1;
    private const long MaxBytes = 64L * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly ConcurrentDictionary<string, ManifestEntry> _entries;

    private ExtractionManifest(string extractorVersion, IEnumerable<KeyValuePair<string, ManifestEntry>> entries)
    {
        ExtractorVersion = extractorVersion;
        _entries = new(entries, StringComparer.Ordinal);
    }

    /// <summary>The version of the extractor this run uses (<see cref="ArticleExtractor.Version"/>).</summary>
    public string ExtractorVersion { get; }

    /// <summary>No record: every article is extracted (a first build, or <c>--force</c>).</summary>
    public static ExtractionManifest Empty(string extractorVersion) => new(extractorVersion, []);

    /// <summary>
    /// The folder's manifest, keeping only entries that fit this extractor version; a missing, unreadable
    /// or malformed manifest is an empty one.
    /// </summary>
    public static ExtractionManifest Read(string folder, string extractorVersion)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return Empty(extractorVersion);
        try
        {
            var stored = JsonSerializer.Deserialize<StoredManifest>(BoundedFile.ReadAllBytes(path, MaxBytes), Json);
            if (stored is not { Kgraph: FormatVersion, Files: { } files } || stored.Extractor != extractorVersion) return Empty(extractorVersion);
            return new(extractorVersion, files.Where(f => IsPlausible(f.Key, f.Value)));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Empty(extractorVersion);
        }
    }

    /// <summary>What the recorded extraction found, when <paramref name="output"/> is still what it wrote from these very article bytes.</summary>
    internal KeptExtraction? Kept(string article, string output, string articleSha256)
    {
        if (!_entries.TryGetValue(Path.GetFileName(output), out var entry)) return null;
        if (entry.Article != article || entry.ArticleSha256 != articleSha256) return null;
        if (HashOf(output) != entry.OutputSha256) return null;
        return new KeptExtraction(entry.Entities, entry.Relationships,
            [.. entry.Diagnostics.Select(d => new Diagnostic(new SourcePosition(d.File, d.Line, d.Column), d.Message,
                d.Warning ? Severity.Warning : Severity.Error))]);
    }

    internal void Record(string article, string articleSha256, string output, byte[] written, ExtractionResult result) =>
        _entries[Path.GetFileName(output)] = new ManifestEntry(article, articleSha256, Convert.ToHexStringLower(SHA256.HashData(written)),
            result.Entities.Count, result.Relationships.Count,
            [.. result.Diagnostics.Select(d => new StoredDiagnostic(d.At.File, d.At.Line, d.At.Column, d.Message, d.Severity == Severity.Warning))]);

    /// <summary>
    /// Deletes the files this manifest recorded in <paramref name="folder"/> that no article wrote this time
    /// (their article was deleted or renamed), when they are still as written; returns their paths.
    /// A recorded file someone has since edited is left alone.
    /// </summary>
    public IReadOnlyList<string> RemoveGone(string folder, IEnumerable<string> outputsOfThisRun)
    {
        var current = outputsOfThisRun.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var (name, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (current.Contains(name)) continue;
            _entries.TryRemove(name, out _);
            var path = Path.Combine(folder, name);
            if (HashOf(path) != entry.OutputSha256) continue;
            File.Delete(path);
            removed.Add(path);
        }
        return removed;
    }

    public void Write(string folder)
    {
        var stored = new StoredManifest(FormatVersion, ExtractorVersion, new SortedDictionary<string, ManifestEntry>(_entries, StringComparer.Ordinal));
        AtomicFile.WriteAllBytes(Path.Combine(folder, FileName), JsonSerializer.SerializeToUtf8Bytes(stored, Json));
    }

    internal static string ArticleHash(string path, long limit) => Convert.ToHexStringLower(SHA256.HashData(BoundedFile.ReadAllBytes(path, limit)));

    private static string? HashOf(string path)
    {
        try
        {
            return File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(BoundedFile.ReadAllBytes(path, MaxBytes))) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>An entry names a plain output file of this folder and holds well-formed values; anything else is dropped.</summary>
    private static bool IsPlausible(string name, ManifestEntry? entry) =>
        entry is { Article: { Length: > 0 }, ArticleSha256: { } article, OutputSha256: { } output, Diagnostics: { } diagnostics }
        && name.EndsWith(".yaml", StringComparison.Ordinal) && !name.StartsWith('.') && Path.GetFileName(name) == name && name.IndexOfAny(['/', '\\', '\0']) < 0
        && IsSha256(article) && IsSha256(output) && entry.Entities >= 0 && entry.Relationships >= 0
        && diagnostics.All(d => d is { File: not null, Message: not null });

    private static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    private sealed record StoredManifest(int Kgraph, string? Extractor, IDictionary<string, ManifestEntry>? Files);

    private sealed record ManifestEntry(string Article, string ArticleSha256, string OutputSha256, int Entities, int Relationships,
        IReadOnlyList<StoredDiagnostic> Diagnostics);

    private sealed record StoredDiagnostic(string File, int Line, int Column, string Message, bool Warning);
}

/// <summary>What an earlier extraction of an unchanged article found, kept with its output file.</summary>
public sealed record KeptExtraction(int Entities, int Relationships, IReadOnlyList<Diagnostic> Diagnostics);
