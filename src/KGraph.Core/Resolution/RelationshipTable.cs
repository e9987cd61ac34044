using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>
/// Relationships being merged. Ids derived from (from, type, to, start) are recomputed when an
/// endpoint is merged or renamed, so a fact found twice under two names ends up once.
/// </summary>
internal sealed class RelationshipTable(GraphVocabulary vocabulary, DiagnosticBag diagnostics)
{
    private sealed class Row(Located<Relationship> origin, bool derivedId)
    {
        public Relationship Value = origin.Value;
        public readonly bool DerivedId = derivedId;
        public readonly List<Located<Relationship>> Origins = [origin];
    }

    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);

    public void Add(Located<Relationship> located, Func<string, string> redirect)
    {
        var r = located.Value;
        var symmetric = vocabulary.IsSymmetric(r.Type);
        var derived = r.Id == RelationshipId.For(r.From, r.Type, r.To, r.Start, symmetric);
        var row = new Row(located, derived);
        var (from, to) = (redirect(r.From), redirect(r.To));
        // Most facts already name their final endpoints in order: nothing to copy or recompute.
        if (from != r.From || to != r.To || (symmetric && string.CompareOrdinal(from, to) > 0))
            row.Value = Normalise(r with { From = from, To = to }, derived);
        Insert(row);
    }

    public void Redirect(string from, string to)
    {
        foreach (var row in _rows.Values.Where(r => r.Value.From == from || r.Value.To == from).ToList())
        {
            _rows.Remove(row.Value.Id);
            var r = row.Value;
            row.Value = Normalise(r with { From = r.From == from ? to : r.From, To = r.To == from ? to : r.To }, row.DerivedId);
            Insert(row);
        }
    }

    public bool Contains(string id) => _rows.ContainsKey(id);

    /// <summary>The ids relationships live under now, for "did you mean" suggestions.</summary>
    public IEnumerable<string> Ids => _rows.Keys;

    /// <summary>Moves the evidence of <paramref name="id"/> onto <paramref name="onto"/>; the first one goes.</summary>
    public void Attach(string id, string onto)
    {
        var row = _rows[id];
        var target = _rows[onto];
        _rows.Remove(id);
        target.Value = target.Value with { Evidence = target.Value.Evidence.Concat(row.Value.Evidence).Distinct().ToList() };
        target.Origins.AddRange(row.Origins);
    }

    public bool SetStatus(string id, RelationshipStatus status)
    {
        if (!_rows.TryGetValue(id, out var row)) return false;
        row.Value = row.Value with { Status = status };
        return true;
    }

    /// <summary>Checks endpoints against the final entities and returns the relationships that hold.</summary>
    public List<Located<Relationship>> Final(IReadOnlyDictionary<string, Entity> entities)
    {
        CollapseRepeatedFacts();
        var result = new List<Located<Relationship>>();
        foreach (var row in _rows.Values.OrderBy(r => r.Value.Id, StringComparer.Ordinal))
        {
            var r = row.Value;
            var origin = row.Origins[0];
            var ok = true;
            foreach (var (key, id) in new[] { ("from", r.From), ("to", r.To) })
            {
                if (entities.ContainsKey(id)) continue;
                diagnostics.Error(origin.PositionOf(key), $"relationship '{r.Id}': '{key}' refers to unknown entity '{id}'");
                ok = false;
            }
            if (ok && vocabulary.RelationshipType(r.Type) is { } type && !type.Allows(entities[r.From].Type, entities[r.To].Type))
            {
                diagnostics.Error(origin.PositionOf("type"),
                    $"{r.Type} is not allowed from {entities[r.From].Type} to {entities[r.To].Type} (allowed: {string.Join("/", type.From)} → " +
                        $"{string.Join("/", type.To)})");
                ok = false;
            }
            // Most facts come through unchanged: keep their origin instead of copying it.
            if (ok) result.Add(ReferenceEquals(r, origin.Value) ? origin : origin with { Value = r });
        }
        return result;
    }

    /// <summary>
    /// Collapses repeated facts (<see cref="RepeatedFacts.Agree"/>) into one with pooled evidence. An article often
    /// states a fact without its date ("Musk founded xAI") that the curated data dates ("2023"): the undated one joins
    /// the dated one when exactly one group of agreeing facts can take it; with several it stays apart. Facts are
    /// taken dated first, then person-checked, then by id, and the first of a group keeps its id and fields. A
    /// rejected fact is never folded, nor folded into (rejecting an extraction must not reject the curated fact).
    /// </summary>
    private void CollapseRepeatedFacts()
    {
        foreach (var group in _rows.Values.GroupBy(r => (r.Value.From, r.Value.Type, r.Value.To)).Where(g => g.Count() > 1).ToList())
        {
            var rows = group.Where(r => r.Value.Status != RelationshipStatus.Rejected)
                .OrderBy(r => RepeatedFacts.IsUndated(r.Value) ? 1 : 0)
                .ThenBy(r => r.Value.Status == RelationshipStatus.Reviewed ? 0 : 1)
                .ThenBy(r => r.Value.Id, StringComparer.Ordinal);
            var facts = new List<List<Row>>();
            foreach (var row in rows)
            {
                var agreeing = facts.Where(f => f.TrueForAll(member => RepeatedFacts.Agree(member.Value, row.Value))).Take(2).ToList();
                if (agreeing.Count == 1 || (agreeing.Count > 1 && !RepeatedFacts.IsUndated(row.Value)))
                    agreeing[0].Add(row);
                else
                    facts.Add([row]);
            }
            foreach (var fact in facts.Where(f => f.Count > 1))
            {
                var target = fact[0];
                foreach (var row in fact.Skip(1))
                {
                    _rows.Remove(row.Value.Id);
                    target.Value = Pool(target.Value, row.Value);
                    target.Origins.AddRange(row.Origins);
                }
            }
        }
    }

    private Relationship Normalise(Relationship r, bool derivedId)
    {
        var symmetric = vocabulary.IsSymmetric(r.Type);
        if (symmetric && string.CompareOrdinal(r.From, r.To) > 0) r = r with { From = r.To, To = r.From };
        return derivedId ? r with { Id = RelationshipId.For(r.From, r.Type, r.To, r.Start, symmetric) } : r;
    }

    private void Insert(Row row)
    {
        if (!_rows.TryGetValue(row.Value.Id, out var existing))
        {
            _rows[row.Value.Id] = row;
            return;
        }
        var a = existing.Value;
        var b = row.Value;
        if (a.From != b.From || a.To != b.To || a.Type != b.Type)
        {
            diagnostics.Error(row.Origins[0].PositionOf("id"), $"relationship id '{b.Id}' is already used for a different fact at {existing.Origins[0].At}");
            return;
        }
        existing.Value = Pool(a, b);
        existing.Origins.AddRange(row.Origins);
    }

    /// <summary>One fact seen twice: the first's fields win where both have one; evidence pools.</summary>
    private static Relationship Pool(Relationship a, Relationship b) => a with
    {
        Start = a.Start ?? b.Start,
        End = a.End ?? b.End,
        Role = a.Role ?? b.Role,
        Props = Union(a.Props, b.Props),
        Confidence = a.Confidence is null || b.Confidence is null ? a.Confidence ?? b.Confidence : Math.Max(a.Confidence.Value, b.Confidence.Value),
        Status = Stronger(a.Status, b.Status),
        Evidence = a.Evidence.Concat(b.Evidence).Distinct().ToList(),
    };

    // A person's rejection outweighs everything; a person's acceptance outweighs a tool's guess.
    private static RelationshipStatus Stronger(RelationshipStatus a, RelationshipStatus b) =>
        a == RelationshipStatus.Rejected || b == RelationshipStatus.Rejected ? RelationshipStatus.Rejected
        : a == RelationshipStatus.Reviewed || b == RelationshipStatus.Reviewed ? RelationshipStatus.Reviewed
        : RelationshipStatus.Extracted;

    private static SortedDictionary<string, Scalar> Union(IReadOnlyDictionary<string, Scalar> a, IReadOnlyDictionary<string, Scalar> b)
    {
        var result = new SortedDictionary<string, Scalar>(a.ToDictionary(), StringComparer.Ordinal);
        foreach (var (k, v) in b) result.TryAdd(k, v);
        return result;
    }
}
