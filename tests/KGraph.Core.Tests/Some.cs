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
