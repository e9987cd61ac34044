using KGraph.Diagnostics;

namespace KGraph.Yaml;

/// <summary>
/// How to get back to the YAML mapping an item was read from. Keeping every node of a large
/// graph alive would cost more memory than the graph itself, and positions are only needed
/// when there is a problem to report, so items read from disk re-parse their file on demand.
/// </summary>
public abstract class NodeHandle
{
    public abstract YamlMapping? Resolve();

    /// <summary>A handle holding the node itself (small inputs, review logs).</summary>
    public static NodeHandle Of(YamlMapping node) => new Held(node);

    /// <summary>Item <paramref name="index"/> of list <paramref name="list"/> in a file that is re-read when asked.</summary>
    public static NodeHandle InFile(ReparsedFile file, string list, int index) => new Listed(file, list, index);

    private sealed class Held(YamlMapping node) : NodeHandle
    {
        public override YamlMapping? Resolve() => node;
    }

    private sealed class Listed(ReparsedFile file, string list, int index) : NodeHandle
    {
        public override YamlMapping? Resolve() =>
            (file.Root as YamlMapping)?[list] is YamlSequence seq && index < seq.Items.Count ? seq.Items[index] as YamlMapping : null;
    }
}

/// <summary>A file parsed again, once, the first time one of its positions is needed.</summary>
public sealed class ReparsedFile(string path)
{
    private readonly Lazy<YamlNode?> _root = new(() =>
    {
        var text = TextFileReader.Read(path, ReadLimits.Default, new DiagnosticBag());
        return text is null ? null : StrictYamlParser.Parse(path, text, new DiagnosticBag());
    });

    public YamlNode? Root => _root.Value;
}
