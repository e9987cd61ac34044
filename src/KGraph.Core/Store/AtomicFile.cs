using System.Text;

namespace KGraph.Store;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of it:
/// the bytes go to a temporary file in the same folder, are flushed to disk, then renamed over.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>True when the file already holds exactly these bytes (so a rewrite can be skipped).</summary>
    public static bool HasContent(string path, string text) =>
        File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(Utf8NoBom.GetBytes(text));
}
