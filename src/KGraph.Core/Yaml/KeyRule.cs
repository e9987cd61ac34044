using System.Text.RegularExpressions;

namespace KGraph.Yaml;

/// <summary>What the keys of a free mapping (props, names, external) may look like, and how to say so.</summary>
public sealed record KeyRule(Regex Pattern, string Description)
{
    /// <summary>Keys that are only shown, never exported (the vocabulary's mappings).</summary>
    public static KeyRule Any { get; } = new(new Regex(".*", RegexOptions.Singleline), "any text");

    public bool Allows(string key) => Pattern.IsMatch(key);
}
