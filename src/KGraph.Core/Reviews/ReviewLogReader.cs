using KGraph.Diagnostics;
using KGraph.Store;
using KGraph.Yaml;

namespace KGraph.Reviews;

/// <summary>Reads <c>reviews.yaml</c>: <c>kgraph: 1</c> and a <c>reviews</c> list of decisions.</summary>
public static class ReviewLogReader
{
    private static readonly string[] RootKeys = ["kgraph", "reviews"];
    private static readonly string[] EntryKeys = ["action", "into", "from", "to", "relationship", "reason", "by", "at", "entity", "type", "other", "onto"];

    public static IReadOnlyList<Located<ReviewEntry>> Read(string path, DiagnosticBag diagnostics, ReadLimits? limits = null)
    {
        var text = TextFileReader.Read(path, limits ?? ReadLimits.Default, diagnostics);
        return text is null ? [] : Parse(path, text, diagnostics);
    }

    public static IReadOnlyList<Located<ReviewEntry>> Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var root = StrictYamlParser.Parse(path, text, diagnostics);
        if (root is null) return [];
        if (root is not YamlMapping map)
        {
            diagnostics.Error(root.At, $"the review log must be a mapping with 'kgraph: 1' and 'reviews', not {root.KindName}");
            return [];
        }
        var fields = new MappingFields(map, "review log", RootKeys, diagnostics);
        FormatVersion.Check(fields, diagnostics);
        var result = new List<Located<ReviewEntry>>();
        foreach (var node in fields.List("reviews")?.Items ?? [])
        {
            if (node is not YamlMapping item)
            {
                diagnostics.Error(node.At, $"each review must be a mapping, not {node.KindName}");
                continue;
            }
            var f = new MappingFields(item, "review", EntryKeys, diagnostics);
            if (ReadEntry(f, diagnostics) is { } entry)
                result.Add(new Located<ReviewEntry>(entry, f.At, NodeHandle.Of(item)));
        }
        return result;
    }

    private static ReviewEntry? ReadEntry(MappingFields f, DiagnosticBag diagnostics)
    {
        var actionText = f.Text("action", required: true);
        if (actionText is null) return null;
        ReviewAction action;
        string[] needs;
        switch (actionText)
        {
            case "merge": (action, needs) = (ReviewAction.Merge, ["into", "from"]); break;
            case "rename": (action, needs) = (ReviewAction.Rename, ["from", "to"]); break;
            case "reject": (action, needs) = (ReviewAction.Reject, ["relationship"]); break;
            case "accept": (action, needs) = (ReviewAction.Accept, ["relationship"]); break;
            case "retype": (action, needs) = (ReviewAction.Retype, ["entity", "type"]); break;
            case "distinct": (action, needs) = (ReviewAction.Distinct, ["entity", "other"]); break;
            case "attach": (action, needs) = (ReviewAction.Attach, ["relationship", "onto"]); break;
            default:
                diagnostics.Error(f.PositionOf("action"), $"'action' must be merge, rename, reject, accept, retype, distinct or attach, not '{actionText}'");
                return null;
        }
        var complete = true;
        foreach (var key in needs)
        {
            if (f.Has(key)) continue;
            diagnostics.Error(f.At, $"a {actionText} review needs '{key}'");
            complete = false;
        }
        foreach (var key in new[] { "into", "from", "to", "entity", "other" })
        {
            if (f.Text(key) is { } id && !Ids.IsValid(id))
            {
                diagnostics.Error(f.PositionOf(key), $"'{key}' is not a valid id: '{id}'");
                complete = false;
            }
        }
        if (!complete) return null;
        return new ReviewEntry(action, f.Text("into"), f.Text("from"), f.Text("to"), f.Text("relationship"), f.Text("reason"), f.Text("by"), f.Text("at"),
            f.Text("entity"), f.Text("type"), f.Text("other"), f.Text("onto"));
    }
}
