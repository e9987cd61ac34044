using KGraph.Diagnostics;

namespace KGraph.Yaml;

/// <summary>Every KGraph YAML file starts with <c>kgraph: 1</c>.</summary>
public static class FormatVersion
{
    public const int Current = 1;

    public static void Check(MappingFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has("kgraph"))
        {
            diagnostics.Error(fields.At, "missing 'kgraph: 1' (the format version) at the top of the file");
            return;
        }
        var version = fields.WholeNumber("kgraph", min: 0);
        if (version is not null and not Current)
            diagnostics.Error(fields.PositionOf("kgraph"), $"format version {version} is not supported; this KGraph reads version {Current}");
    }
}
