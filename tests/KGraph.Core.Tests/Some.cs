using KGraph.Diagnostics;
using KGraph.Store;
using KGraph.Vocabulary;

namespace KGraph.Core.Tests;

/// <summary>Builds test inputs: YAML texts read through the real reader, temp data folders.</summary>
internal static class Some
{
    public static readonly GraphVocabulary Vocabulary = GraphVocabulary.BuiltIn;

    public static (GraphFile? File, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, DataLayer layer = DataLayer.Curated, string path = "t.yaml")
    {
        var bag = new DiagnosticBag();
        var file = new GraphFileReader(Vocabulary).Parse(path, yaml, layer, bag);
        return (file, bag.Sorted());
    }

    public static string[] Messages(string yaml, DataLayer layer = DataLayer.Curated) =>
        Read(yaml, layer).Diagnostics.Select(d => d.ToString()).ToArray();

    /// <summary>A temporary data root with the given files (relative path → text); deleted on dispose.</summary>
    public static TempFolder DataRoot(params (string Path, string Text)[] files)
    {
        var folder = new TempFolder();
        foreach (var (path, text) in files) folder.Write(path, text);
        return folder;
    }
}

internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kgraph-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Every file below the folder with its bytes, to prove that nothing changed.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
