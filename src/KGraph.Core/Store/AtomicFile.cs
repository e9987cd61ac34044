using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KGraph.Store;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of it:
/// the bytes go to a temporary file in the same folder, are flushed to disk, then renamed over.
/// Temporaries are named <c>.{name}.{process id}.{guid}.tmp</c>, so that one left by a killed
/// run can be told from one being written now (<see cref="RemoveStaleTemporaries"/>).
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => WriteAllBytes(path, bytes, durable: true);

    /// <summary>As <see cref="WriteAllText(string, string)"/>; <paramref name="durable"/> false skips the flush to disk (see <see
    /// cref="StagedFile.Commit(bool)"/>).</summary>
    public static void WriteAllText(string path, string text, bool durable) => WriteAllBytes(path, Utf8NoBom.GetBytes(text), durable);

    /// <summary>As <see cref="WriteAllBytes(string, ReadOnlySpan{byte})"/>; <paramref name="durable"/> false skips the flush to disk.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool durable)
    {
        using var staged = new StagedFile(path);
        staged.Stream.Write(bytes);
        staged.Commit(durable);
    }

    /// <summary>Streams text into <paramref name="path"/> (UTF-8, "\n" lines); the old file stays if <paramref name="write"/> throws.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        using var staged = new StagedFile(path);
        write(staged.Writer);
        staged.Commit();
    }

    /// <summary>True when the file already holds exactly these bytes (so a rewrite can be skipped).</summary>
    public static bool HasContent(string path, string text) =>
        File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(Utf8NoBom.GetBytes(text));

    /// <summary>
    /// Deletes the temporaries in <paramref name="folder"/> (not below it) whose writing process is
    /// no longer running: a killed run's leftovers. Returns how many were deleted.
    /// </summary>
    public static int RemoveStaleTemporaries(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (!match.Success || !int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (IsRunning(pid)) continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's file or a race with another cleaner: leave it.
            }
        }
        return removed;
    }

    internal static string TemporaryPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,10})\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
