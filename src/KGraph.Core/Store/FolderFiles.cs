namespace KGraph.Store;

/// <summary>
/// The files in a folder and all folders below it. Links to folders are followed, but each
/// real folder is read once: Directory.EnumerateFiles follows a link back up the tree until
/// the system gives up 40 levels down, and two such links make that exponential.
/// </summary>
public static class FolderFiles
{
    /// <summary>Every file once per real folder; a folder reached both plainly and through a link is listed under its plain path.</summary>
    public static IEnumerable<string> Under(string folder)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var plain = new Stack<(string Path, string Real)>();
        var linked = new Queue<string>();
        plain.Push((folder, RealPath(folder)));
        while (plain.Count > 0 || linked.Count > 0)
        {
            var (path, real) = plain.Count > 0 ? plain.Pop() : Resolved(linked.Dequeue());
            if (!visited.Add(real)) continue;
            foreach (var file in Directory.EnumerateFiles(path)) yield return file;
            foreach (var sub in Directory.EnumerateDirectories(path))
            {
                var info = new DirectoryInfo(sub);
                if (info.LinkTarget is null) plain.Push((sub, Path.Combine(real, info.Name)));
                else linked.Enqueue(sub);
            }
        }
    }

    private static (string Path, string Real) Resolved(string link) => (link, RealPath(link));

    /// <summary>The absolute path with every link along it resolved, as realpath(3) gives it.</summary>
    public static string RealPath(string path)
    {
        // Not Path.GetFullPath: it folds "link/.." away before the link is resolved.
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(full)!;
        var parts = new Stack<string>();
        PushParts(parts, full[current.Length..]);
        var links = 0;
        while (parts.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            // The system's own limit: a chain of links longer than this is a loop.
            if (++links > 40) throw new IOException($"{path}: too many levels of symbolic links");
            if (Path.IsPathRooted(target))
            {
                var root = Path.GetPathRoot(target)!;
                current = Path.GetFullPath(root);
                target = target[root.Length..];
            }
            PushParts(parts, target);
        }
        return current;
    }

    private static void PushParts(Stack<string> parts, string relative)
    {
        var split = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = split.Length - 1; i >= 0; i--) parts.Push(split[i]);
    }
}
