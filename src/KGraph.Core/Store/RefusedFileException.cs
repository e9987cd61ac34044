namespace KGraph.Store;

/// <summary>A file KGraph will not read (<see cref="BoundedFile"/>); <see cref="Reason"/> says why without the path.</summary>
public sealed class RefusedFileException(string path, string reason) : IOException($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
