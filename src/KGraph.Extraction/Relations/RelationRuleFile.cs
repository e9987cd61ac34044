namespace KGraph.Extraction.Relations;

/// <summary>The content of one Rules/relations.{lang}.yaml file.</summary>
internal sealed class RelationRuleFile
{
    public string Lang { get; set; } = "";
    /// <summary>Relationship types whose date in the same clause becomes the start.</summary>
    public List<string> DatedTypes { get; set; } = [];
    /// <summary>Rules of dated types that match a noun phrase (X的创企Y, Y's founder X): they state a relationship but do not date it.</summary>
    public List<string> UndatedRules { get; set; } = [];
    public List<string> Negation { get; set; } = [];
    public List<string> Hedging { get; set; } = [];
    /// <summary>Role words per relationship type, each mapped to the role written out (首席执行官 → CEO).</summary>
    public Dictionary<string, Dictionary<string, string>> Roles { get; set; } = [];
    public List<RelationRule> Rules { get; set; } = [];
}
