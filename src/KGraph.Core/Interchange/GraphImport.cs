using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Store;
using KGraph.Text;
using KGraph.Vocabulary;

namespace KGraph.Interchange;

/// <summary>
/// Turns rows read from another format (CSV, FollowTheMoney) into curated entities and relationships,
/// checked as the YAML reader checks a curated file: known types (with a suggestion for a near miss),
/// valid and unique ids, endpoints that exist, endpoint types the relationship type allows, dates.
/// Every problem names the source file and line; a row with a problem is left out.
/// </summary>
public sealed class GraphImport(GraphVocabulary vocabulary, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _entityAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idBySourceId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _idByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);
    private readonly List<RelationshipRow> _relationships = [];

    /// <summary>Relationship types of other standards that a row's type may name (LittleSis categories, FollowTheMoney schemata).</summary>
    public IReadOnlyList<string> Standards { get; init; } = ["littlesis", "followthemoney"];

    public void AddEntity(EntityRow row)
    {
        var name = row.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            diagnostics.Error(row.PositionOf("name"), "entity has no name");
            return;
        }
        if (string.IsNullOrWhiteSpace(row.Type))
        {
            diagnostics.Error(row.PositionOf("type"), $"entity '{name}' has no type (one of: {string.Join(", ", vocabulary.EntityTypes.Select(t => t.Name))})");
            return;
        }
        if (EntityTypeOf(row.Type.Trim()) is not var (type, impliedKind))
        {
            diagnostics.Error(row.PositionOf("type"), UnknownMessage("entity type", row.Type.Trim(), vocabulary.EntityTypes.Select(t => t.Name)));
            return;
        }
        if (!Shown(row.PositionOf("name"), "name", name) | !row.Aliases.All(a => Shown(row.PositionOf("aliases"), "aliases", a))) return;
        var sourceId = string.IsNullOrWhiteSpace(row.SourceId) ? null : row.SourceId.Trim();
        var id = IdFor(sourceId, name);
        if (_entityAt.TryGetValue(id, out var first))
        {
            diagnostics.Error(row.PositionOf(sourceId is null ? "name" : "id"), $"entity id '{id}' is already used by the row at line {first.Line}");
            return;
        }
        var aliases = row.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0 && a != name).Distinct(StringComparer.Ordinal).ToList();
        var kind = string.IsNullOrWhiteSpace(row.Kind) ? impliedKind : row.Kind.Trim();
        _entities[id] = new Entity
        {
            Id = id,
            Type = type,
            Name = name,
            Aliases = aliases,
            Kind = kind,
            External = string.IsNullOrWhiteSpace(row.Wikidata) ? Empty.Strings : new Dictionary<string, string> { ["wikidata"] = row.Wikidata.Trim() },
        };
        _entityAt[id] = row.PositionOf("name");
        if (sourceId is not null) _idBySourceId.TryAdd(sourceId, id);
        foreach (var known in aliases.Prepend(name))
            if (!_idByName.TryAdd(known, id) && _idByName[known] != id) _idByName[known] = null;
    }

    /// <summary>
    /// The source's id when it is a valid KGraph id and not a bare number (another database's row number), else one made from the
    /// name as the extractor makes them; a name already taken gets the source id after it (john-smith-1234).
    /// </summary>
    private string IdFor(string? sourceId, string name)
    {
        if (sourceId is not null && Ids.IsValid(sourceId) && !sourceId.All(char.IsAsciiDigit)) return sourceId;
        var id = Ids.FromName(name);
        return sourceId is not null && _entityAt.ContainsKey(id) ? Ids.FromName($"{name} {sourceId}") : id;
    }

    /// <summary>An entity of the source that is not imported (a kind the vocabulary has no type for): links to it are counted, not errors.</summary>
    public void Skip(string sourceId) => _skipped.Add(sourceId);

    public void AddRelationship(RelationshipRow row) => _relationships.Add(row);

    /// <summary>The entities and the relationships whose rows hold, once every entity row is in.</summary>
    public ImportedGraph Finish()
    {
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var touchingSkipped = 0;
        foreach (var row in _relationships)
        {
            if (IsSkipped(row.From) || IsSkipped(row.To))
            {
                touchingSkipped++;
                continue;
            }
            if (Relationship(row) is not { } relationship) continue;
            if (!relationships.TryAdd(relationship.Id, relationship))
                diagnostics.Warning(row.PositionOf("type"), $"the same relationship as an earlier row ('{relationship.Id}'); left out");
        }
        return new ImportedGraph([.. _entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal)], touchingSkipped);
    }

    private bool IsSkipped(string? sourceId) => sourceId is not null && _skipped.Contains(sourceId.Trim());

    private Relationship? Relationship(RelationshipRow row)
    {
        var from = Endpoint(row, "from", row.From);
        var to = Endpoint(row, "to", row.To);
        var type = RelationshipTypeOf(row);
        var start = Date(row, "start", row.Start, out var startOk);
        var end = Date(row, "end", row.End, out var endOk);
        var shown = true;
        foreach (var (field, text) in new[] { ("role", row.Role), ("quote", row.Quote), ("url", row.Url) })
            if (text is not null && !Shown(row.PositionOf(field), field, text)) shown = false;
        if (from is null || to is null || type is null || !startOk || !endOk || !shown) return null;
        if (!type.Allows(from.Type, to.Type))
        {
            diagnostics.Error(row.PositionOf("type"),
                $"{type.Name} is not allowed from {from.Type} to {to.Type} (allowed: {string.Join("/", type.From)} → {string.Join("/", type.To)})");
            return null;
        }
        var (a, b) = type.Symmetric && string.CompareOrdinal(from.Id, to.Id) > 0 ? (to.Id, from.Id) : (from.Id, to.Id);
        var props = new Dictionary<string, Scalar>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(row.Quote)) props["quote"] = Scalar.Of(row.Quote.Trim());
        if (!string.IsNullOrWhiteSpace(row.Url)) props["source_url"] = Scalar.Of(row.Url.Trim());
        return new Relationship
        {
            Id = RelationshipId.For(a, type.Name, b, start, type.Symmetric),
            From = a,
            Type = type.Name,
            To = b,
            Start = start,
            End = end,
            Role = string.IsNullOrWhiteSpace(row.Role) ? null : row.Role.Trim(),
            Props = props.Count == 0 ? Empty.Scalars : props,
        };
    }

    /// <summary>False, after reporting it, when the text holds a bidi control: the YAML reader refuses those (they make text show as other text).</summary>
    private bool Shown(SourcePosition at, string field, string text)
    {
        if (BidiControls.Problem(field, text) is not { } problem) return true;
        diagnostics.Error(at, problem);
        return false;
    }

    private Entity? Endpoint(RelationshipRow row, string field, string? given)
    {
        var key = given?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            diagnostics.Error(row.PositionOf(field), $"relationship has no '{field}'");
            return null;
        }
        if (_idBySourceId.TryGetValue(key, out var id) || _entities.ContainsKey(id = key)) return _entities[id];
        if (_idByName.TryGetValue(key, out var named))
        {
            if (named is not null) return _entities[named];
            diagnostics.Error(row.PositionOf(field), $"'{field}' names '{key}', which more than one entity is called; give its id");
            return null;
        }
        diagnostics.Error(row.PositionOf(field), $"'{field}' refers to unknown entity '{key}' (no entity row has that id or name)");
        return null;
    }

    private PartialDate? Date(RelationshipRow row, string field, string? given, out bool ok)
    {
        ok = true;
        var text = given?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        // ISO timestamps keep their date; LittleSis writes an unknown month or day as 00.
        if (text.Length > 10 && text[10] is 'T' or ' ') text = text[..10];
        while (text.EndsWith("-00", StringComparison.Ordinal)) text = text[..^3];
        if (PartialDate.TryParse(text, out var date)) return date;
        diagnostics.Error(row.PositionOf(field), $"{field} '{given}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        ok = false;
        return null;
    }

    private (string Type, string? Kind)? EntityTypeOf(string given)
    {
        if (vocabulary.EntityTypes.FirstOrDefault(t => string.Equals(t.Name, given,
            StringComparison.OrdinalIgnoreCase)) is { } exact) return (exact.Name, null);
        var (type, kind) = Squeezed(given) switch
        {
            "org" or "organisation" or "legalentity" => ("Organization", (string?)null),
            "company" => ("Organization", "company"),
            "publicbody" => ("Organization", "government"),
            "people" or "individual" => ("Person", null),
            _ => ("", null),
        };
        if (vocabulary.EntityType(type) is not { } definition) return null;
        return (type, kind is not null && definition.Kinds.Contains(kind) ? kind : null);
    }

    private RelationshipTypeDefinition? RelationshipTypeOf(RelationshipRow row)
    {
        var given = row.Type?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            diagnostics.Error(row.PositionOf("type"), "relationship has no type");
            return null;
        }
        var upper = given.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        if (vocabulary.RelationshipType(upper) is { } named) return named;
        foreach (var standard in Standards)
            if (StandardMappings.TypeFor(vocabulary, standard, given) is { } mapped) return mapped;
        diagnostics.Error(row.PositionOf("type"), UnknownMessage("relationship type", given, vocabulary.RelationshipTypes.Select(t => t.Name)));
        return null;
    }

    private static string UnknownMessage(string what, string given, IEnumerable<string> known)
    {
        var names = known.ToList();
        return ClosestName.Among(given, names) is { } hint
            ? $"unknown {what} '{given}'; did you mean '{hint}'?"
            : $"unknown {what} '{given}' (add it to schema.yaml, or use one of: {string.Join(", ", names)})";
    }

    private static string Squeezed(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}

/// <summary>What an import produced: curated entities and relationships, and how many links were left out because an endpoint was.</summary>
public sealed record ImportedGraph(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships, int LinksToSkippedEntities);
