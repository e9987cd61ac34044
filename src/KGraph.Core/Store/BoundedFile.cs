using System.Formats.Tar;

namespace KGraph.Store;

/// <summary>
/// Opens the files people hand us with two guards (issue 13): only regular files are opened, since
/// opening a FIFO waits for a writer forever and a device such as /dev/zero never ends; and a whole-file
/// read stops one byte past its limit, since a file's size can change between stat and read.
/// </summary>
public static class BoundedFile
{
    /// <summary>The file's bytes, refused when they are more than <paramref name="limit"/>.</summary>
    /// <param name="limitName">How the refusal names the limit ("limit", "article limit").</param>
    /// <exception cref="RefusedFileException">Missing, a folder, not a regular file, or over the limit.</exception>
    /// <exception cref="IOException">The system could not read it.</exception>
    public static byte[] ReadAllBytes(string path, long limit, string limitName = "limit")
    {
        using var stream = OpenRead(path);
        var stated = stream.Length;
        if (stated > limit) throw new RefusedFileException(path, $"file is {FormatBytes(stated)}, over the {limitName} of {FormatBytes(limit)}");
        var buffer = new byte[stated];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                // Full: one byte more tells whether the file ends here, as it usually does; a file that grew
                // or says 0 (those in /proc) is read on, but never past the limit.
                var extra = stream.ReadByte();
                if (extra < 0) return buffer;
                if (total >= limit) throw new RefusedFileException(path, $"file is over the {limitName} of {FormatBytes(limit)}");
                Array.Resize(ref buffer, checked((int)Math.Min(Math.Max(buffer.Length * 2L, 4096), limit)));
                buffer[total++] = (byte)extra;
                continue;
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) return buffer[..total];
            total += read;
        }
    }

    /// <summary>The file as text, decoded as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte order mark says otherwise).</summary>
    public static string ReadAllText(string path, long limit)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, limit)));
        return reader.ReadToEnd();
    }

    /// <summary>The whole file as text with no size limit of ours (corpora and gold sets), for a regular file only.</summary>
    public static string ReadAllTextUnbounded(string path)
    {
        using var reader = new StreamReader(OpenRead(path));
        return reader.ReadToEnd();
    }

    /// <summary>The file's lines, read as it is read (for corpora and gold sets, which have no size limit of ours).</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(OpenRead(path));
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>A stream over a regular file; anything else is refused before it is opened.</summary>
    /// <exception cref="RefusedFileException">Missing, a folder or not a regular file.</exception>
    public static FileStream OpenRead(string path)
    {
        RequireRegularFile(path);
        var stream = new FileStream(path,
            new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.SequentialScan });
        // A second check on the open handle: a FIFO that stat sized above 0 (macOS counts its buffered bytes) is not seekable.
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw NotRegular(path, "a pipe or socket");
        }
        return stream;
    }

    /// <exception cref="RefusedFileException">Missing, a folder or not a regular file.</exception>
    public static void RequireRegularFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new RefusedFileException(path, Directory.Exists(path) ? "is a folder, not a file" : "file not found");
        if (OperatingSystem.IsWindows()) return;
        if (info.LinkTarget is not null)
        {
            if (info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } target) throw new RefusedFileException(path,
                "file not found (a link to nothing)");
            info = new FileInfo(target.FullName);
        }
        // Linux gives devices, FIFOs and sockets a size of 0, so a file with bytes is regular and needs no second look.
        if (info.Length > 0) return;
        var kind = UnixKindOf(info.FullName);
        if (kind is not null) throw NotRegular(path, kind);
    }

    /// <summary>
    /// What a path of size 0 is, or null for a regular file. .NET 10 has no public API for a file's type
    /// (FileAttributes say Normal for /dev/zero and a FIFO; dotnet/runtime#85148 proposes one), and
    /// CanSeek is true for /dev/zero. The tar writer stats the path (lstat) to choose its entry type and
    /// does not open a FIFO or a device, so its entry tells the type; a regular file of size 0 has no data
    /// to copy. A socket it refuses outright.
    /// </summary>
    private static string? UnixKindOf(string path)
    {
        using var archive = new MemoryStream();
        try
        {
            using var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true);
            writer.WriteEntry(path, "probe");
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return "a socket or another special file";
        }
        archive.Position = 0;
        using var reader = new TarReader(archive);
        return reader.GetNextEntry()?.EntryType switch
        {
            TarEntryType.RegularFile or TarEntryType.V7RegularFile or null => null,
            TarEntryType.CharacterDevice => "a character device",
            TarEntryType.BlockDevice => "a block device",
            TarEntryType.Fifo => "a named pipe (FIFO)",
            var other => $"a {other}",
        };
    }

    private static RefusedFileException NotRegular(string path, string kind) =>
        new(path, $"not a regular file but {kind}; only regular files are read");

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.#} GiB",
        >= 1024L * 1024 => $"{bytes / (1024.0 * 1024):0.#} MiB",
        >= 1024 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
