using KGraph.Extraction.Recognition;
using KGraph.Model;

namespace KGraph.Extraction.Coreference;

/// <summary>An entity as one article knows it: every mention of it, its type (which rules may still settle) and properties.</summary>
internal sealed class LocalEntity(string name, string type, string? knownId, bool weak)
{
    public string Name { get; } = name;
    public string Type { get; set; } = type;
    public string? KnownId { get; } = knownId;
    /// <summary>Found only by a weak cue; written out only if a relationship uses it.</summary>
    public bool Weak { get; set; } = weak;
    public bool UsedByRelationship { get; set; }
    public List<MentionCandidate> Mentions { get; } = [];
    public SortedDictionary<string, Scalar> Props { get; } = new(StringComparer.Ordinal);

    private IReadOnlyCollection<string>? _shortForms;

    /// <summary>The organisation's short names (<see cref="OrganizationShortNames.For"/>), worked out once: coreference and the output both ask.</summary>
    public IReadOnlyCollection<string> ShortForms(OrganizationShortNames shortNames) => _shortForms ??= [.. shortNames.For(Name)];

    /// <summary>Its name and the names its mentions use.</summary>
    public IEnumerable<string> AllNames() => Mentions.Select(m => m.Name).Append(Name).Distinct();

    /// <summary>The type written out: names no rule typed are people when they have two or more words, organisations otherwise.</summary>
    public string FinalType => Type != EntityTypes.Name ? Type : Name.Contains(' ', StringComparison.Ordinal) ? EntityTypes.Person : EntityTypes.Organization;
}
