using System.Text;

namespace KGraph.Store;

/// <summary>
/// A file being written beside its final place (see <see cref="AtomicFile"/>): nothing is visible
/// at <see cref="Path"/> until <see cref="Commit"/>; disposing without committing deletes the
/// temporary. Several staged files committed together replace a set of outputs only when all of
/// them were written.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private readonly string _temporary;
    private StreamWriter? _writer;
    private bool _committed;

    public StagedFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _temporary = AtomicFile.TemporaryPathFor(Path);
        Stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>The final path.</summary>
    public string Path { get; }

    public FileStream Stream { get; }

    /// <summary>A UTF-8 writer (no BOM, "\n" lines) over <see cref="Stream"/>.</summary>
    public TextWriter Writer => _committed ? throw new ObjectDisposedException(Path) : _writer ??= new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16,
        leaveOpen: true)
    { NewLine = "\n" };

    /// <summary>Flushes to disk and renames the temporary over <see cref="Path"/>.</summary>
    public void Commit() => Commit(durable: true);

    /// <summary>
    /// Renames the temporary over <see cref="Path"/>, after forcing it to disk when <paramref name="durable"/>.
    /// Either way a killed process leaves the old file or the whole new one; only an operating-system
    /// crash soon after a non-durable commit can lose the new bytes, so skip it only for files that
    /// a rerun writes again (extracted articles).
    /// </summary>
    public void Commit(bool durable)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        _writer?.Dispose();
        _writer = null;
        Stream.Flush(flushToDisk: durable);
        Stream.Dispose();
        File.Move(_temporary, Path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        Stream.Dispose();
        if (!_committed && File.Exists(_temporary)) File.Delete(_temporary);
    }
}
