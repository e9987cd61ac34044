using System.Globalization;
using System.Text;
using KGraph.Diagnostics;
using KGraph.Store;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KGraph.Reviews;

/// <summary>
/// Appends decisions to the review log. The existing bytes are kept exactly (comments and
/// all); the new entry goes at the end and the whole file is replaced atomically.
/// </summary>
public static class ReviewLogWriter
{
    public const string NewFileHeader =
        "# yaml-language-server: $schema=../schema/reviews.schema.json\n" +
        "# Review decisions, applied in order on every load. Appended by `kgraph review`; safe to edit by hand.\n" +
        "kgraph: 1\nreviews:\n";

    public static void Append(string path, ReviewEntry entry)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : NewFileHeader;
        var before = ReviewLogReader.Parse(path, existing, new DiagnosticBag()).Count;
        var separator = existing.EndsWith('\n') ? "" : "\n";
        var updated = existing + separator + "  - " + ToFlowMapping(entry) + "\n";

        var check = new DiagnosticBag();
        var after = ReviewLogReader.Parse(path, updated, check);
        if (check.HasErrors || after.Count != before + 1)
            throw new InvalidOperationException($"{path}: cannot append a review: the file must end with its block list 'reviews:' (the result would not read back as one more review)");
        AtomicFile.WriteAllText(path, updated);
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
        Field("relationship", entry.Relationship);
        Field("reason", entry.Reason);
        Field("by", entry.By);
        Field("at", entry.At);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString().TrimEnd('\n', '.', ' ').Replace("\n", " ", StringComparison.Ordinal);
    }
}
