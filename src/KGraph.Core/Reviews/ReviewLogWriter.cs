using System.Globalization;
using System.Text;
using KGraph.Diagnostics;
using KGraph.Store;
using KGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KGraph.Reviews;

/// <summary>
/// Appends decisions to the review log. The existing bytes are kept exactly (comments, a byte-order
/// mark and all); the new entry goes at the end and the whole file is replaced atomically. Appends are
/// serialised by an exclusive lock on a lock file named after the log's full path in the temporary folder
/// (not beside the log: the data root stays as people keep it), so two <c>kgraph review</c> at once both
/// record their decision: the second waits for the first, up to <see cref="LockWait"/>, then fails saying so.
/// </summary>
public static class ReviewLogWriter
{
    public const string NewFileHeader =
        "# yaml-language-server: $schema=../schema/reviews.schema.json\n" +
        "# Review decisions, applied in order on every load. Appended by `kgraph review`; safe to edit by hand.\n" +
        "kgraph: 1\nreviews:\n";

    /// <summary>How long an append waits for another one to finish.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public static void Append(string path, ReviewEntry entry) => AppendAll(path, [entry]);

    /// <summary>Appends several decisions in one write: all are recorded or none.</summary>
    public static void AppendAll(string path, IReadOnlyList<ReviewEntry> entries)
    {
        using var held = Lock(path);
        var bytes = File.Exists(path) ? BoundedFile.ReadAllBytes(path, ReadLimits.Default.MaxFileBytes) : [];
        var bom = bytes.AsSpan().StartsWith(Utf8Bom);
        var existing = bytes.Length == 0 ? NewFileHeader : new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var before = ReviewLogReader.Parse(path, existing, new DiagnosticBag()).Count;
        var separator = existing.EndsWith('\n') ? "" : "\n";
        var updated = existing + separator + string.Concat(entries.Select(entry => "  - " + ToFlowMapping(entry) + "\n"));

        var check = new DiagnosticBag();
        var after = ReviewLogReader.Parse(path, updated, check);
        if (check.HasErrors || after.Count != before + entries.Count)
            throw new InvalidOperationException($"{path}: cannot append a review: the file must end with its block list 'reviews:' (the result would not " +
                $"read back as one more review)");
        AtomicFile.WriteAllBytes(path, bom ? [.. Utf8Bom, .. Encoding.UTF8.GetBytes(updated)] : Encoding.UTF8.GetBytes(updated));
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The lock file's exclusive handle (an flock on Unix, a share lock on Windows), waiting while another holds it.</summary>
    private static FileStream Lock(string path)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kgraph-locks");
        Directory.CreateDirectory(folder);
        // Never deleted: a lock file removed while another process waits on it would let two writers in.
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..16];
        var lockPath = Path.Combine(folder, key + ".lock");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(20);
            }
            catch (IOException e)
            {
                throw new IOException($"{path}: another kgraph review has held the log for {LockWait.TotalSeconds:0} s; nothing was recorded, try again", e);
            }
        }
    }

    public static string ToFlowMapping(ReviewEntry entry)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
        void Field(string key, string? value)
        {
            if (value is null) return;
            emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, true, false));
            emitter.Emit(new Scalar(null, null, value, ScalarStyle.Any, true, true));
        }
        Field("action", entry.Action.ToString().ToLowerInvariant());
        Field("into", entry.Into);
        Field("from", entry.From);
        Field("to", entry.To);
        Field("entity", entry.Entity);
        Field("type", entry.Type);
        Field("other", entry.Other);
        Field("relationship", entry.Relationship);
        Field("onto", entry.Onto);
        Field("reason", entry.Reason);
        Field("by", entry.By);
        Field("at", entry.At);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString().TrimEnd('\n', '.', ' ').Replace("\n", " ", StringComparison.Ordinal);
    }
}
