namespace KGraph.Model;

/// <summary>A person, organization, product or place.</summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Name { get; init; }
    /// <summary>Display name per language code (zh, en).</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = Empty.Strings;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Kind { get; init; }
    /// <summary>Ids in other databases, e.g. wikidata: Q317521.</summary>
    public IReadOnlyDictionary<string, string> External { get; init; } = Empty.Strings;
    public IReadOnlyDictionary<string, Scalar> Props { get; init; } = Empty.Scalars;
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Every name the entity goes by: display name, per-language names and aliases.</summary>
    public IEnumerable<string> AllNames()
    {
        yield return Name;
        foreach (var name in Names.Values) yield return name;
        foreach (var alias in Aliases) yield return alias;
    }
}
