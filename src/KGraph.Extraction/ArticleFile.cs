namespace KGraph.Extraction;

/// <summary>
/// An article to extract: its <paramref name="Path"/> as given or found, and the
/// <paramref name="ShareKey"/> that decides its shard: its path relative to the input folder it was
/// found under, with '/' separators, or its file name when given directly. The key leaves out where
/// the corpus lies on a machine, so every machine assigns the article to the same shard.
/// </summary>
public sealed record ArticleFile(string Path, string ShareKey)
{
    /// <summary>A file given directly: its key is its file name.</summary>
    public static ArticleFile Given(string path) => new(path, System.IO.Path.GetFileName(path));

    /// <summary>A file found under <paramref name="folder"/>: its key is its path relative to the folder.</summary>
    public static ArticleFile FoundUnder(string folder, string path) =>
        new(path, System.IO.Path.GetRelativePath(folder, path).Replace(System.IO.Path.DirectorySeparatorChar, '/'));
}
