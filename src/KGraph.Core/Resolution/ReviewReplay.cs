using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Reviews;
using KGraph.Text;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>
/// Applies the review log, in order, to the entities and relationships being resolved. A decision that names
/// something missing is skipped with a warning (the data may have moved on) and a "did you mean" when an id is
/// close to one that exists; a decision that contradicts the data or an earlier decision is an error.
/// </summary>
internal sealed class ReviewReplay(
    GraphVocabulary vocabulary, EntityTable entities, RelationshipTable relationships, DiagnosticBag diagnostics, IReadOnlyDictionary<int, int> reversedMerges)
{
    private readonly List<(string A, string B, int Line)> _distinct = [];
    private readonly Dictionary<string, (string Onto, int Line)> _attached = new(StringComparer.Ordinal);

    /// <summary>Merge decisions found to be reversed by a later <c>distinct</c>: merge line → distinct line.</summary>
    public Dictionary<int, int> Reversals { get; } = [];

    public void Apply(Located<ReviewEntry> located)
    {
        var review = located.Value;
        switch (review.Action)
        {
            case ReviewAction.Merge: Merge(located, review.From!, review.Into!); break;
            case ReviewAction.Rename: Rename(located, review.From!, review.To!); break;
            case ReviewAction.Retype: Retype(located, review.Entity!, review.Type!); break;
            case ReviewAction.Distinct: Distinct(located, review.Entity!, review.Other!); break;
            case ReviewAction.Attach: Attach(located, review.Relationship!, review.Onto!); break;
            case ReviewAction.Reject:
            case ReviewAction.Accept:
                var what = review.Action == ReviewAction.Reject ? "reject" : "accept";
                if (RelationshipMissing(located, what, "relationship", review.Relationship!)) return;
                relationships.SetStatus(review.Relationship!, review.Action == ReviewAction.Reject ? RelationshipStatus.Rejected : RelationshipStatus.Reviewed);
                break;
        }
    }

    private void Merge(Located<ReviewEntry> located, string from, string into)
    {
        if (EntityMissing(located, "merge", "from", from) || EntityMissing(located, "merge", "into", into)) return;
        if (reversedMerges.TryGetValue(located.At.Line, out var distinctLine))
        {
            diagnostics.Warning(located.At, $"merge: reversed by the distinct decision at line {distinctLine}; review skipped");
            return;
        }
        var (source, target) = (entities.Redirect(from), entities.Redirect(into));
        if (DistinctLine(source, target) is { } line)
        {
            diagnostics.Error(located.At,
                $"merge: '{from}' and '{into}' were declared distinct at line {line}; remove that decision to merge them; review skipped");
            return;
        }
        var (fromType, intoType) = (entities.TypeOf(source), entities.TypeOf(target));
        if (fromType != intoType)
        {
            diagnostics.Error(located.At,
                $"merge: '{from}' ({fromType}) and '{into}' ({intoType}) have different types; record 'retype {from} {intoType}' before the merge; review " +
                    $"skipped");
            return;
        }
        entities.MergeOrRename(source, target, located.At.Line);
        relationships.Redirect(source, target);
    }

    private void Rename(Located<ReviewEntry> located, string from, string to)
    {
        if (EntityMissing(located, "rename", "from", from)) return;
        if (entities.IsTakenByAnother(to, from))
        {
            diagnostics.Error(located.PositionOf("to"), $"rename: id '{to}' is already taken; use merge to combine two entities");
            return;
        }
        var current = entities.Redirect(from);
        entities.Rename(from, to);
        relationships.Redirect(current, to);
    }

    private void Retype(Located<ReviewEntry> located, string id, string type)
    {
        if (!vocabulary.IsEntityType(type))
        {
            var known = vocabulary.EntityTypes.Select(t => t.Name).ToList();
            diagnostics.Error(located.PositionOf("type"), ClosestName.Among(type, known) is { } hint
                ? $"retype: unknown entity type '{type}'; did you mean '{hint}'?"
                : $"retype: unknown entity type '{type}' (known: {string.Join(", ", known)})");
            return;
        }
        if (EntityMissing(located, "retype", "entity", id)) return;
        entities.Retype(id, type);
    }

    private void Distinct(Located<ReviewEntry> located, string a, string b)
    {
        if (a == b)
        {
            diagnostics.Error(located.PositionOf("other"), $"distinct: '{a}' cannot be distinct from itself");
            return;
        }
        if (EntityMissing(located, "distinct", "entity", a) || EntityMissing(located, "distinct", "other", b)) return;
        if (entities.Redirect(a) == entities.Redirect(b))
        {
            // A later "not the same" reverses an earlier "the same": the resolver replays again without that merge.
            if (entities.JoiningMerge(a, b) is { } mergeLine)
                Reversals.TryAdd(mergeLine, located.At.Line);
            else
                diagnostics.Error(located.At, $"distinct: '{a}' and '{b}' are one entity by their files, not by a merge decision; review skipped");
            return;
        }
        _distinct.Add((a, b, located.At.Line));
    }

    private void Attach(Located<ReviewEntry> located, string id, string onto)
    {
        if (id == onto)
        {
            diagnostics.Error(located.PositionOf("onto"), $"attach: relationship '{id}' cannot be attached onto itself");
            return;
        }
        if (RelationshipMissing(located, "attach", "relationship", id) || RelationshipMissing(located, "attach", "onto", onto)) return;
        relationships.Attach(id, onto);
        _attached[id] = (onto, located.At.Line);
    }

    private int? DistinctLine(string source, string target) =>
        _distinct.Where(d => (entities.Redirect(d.A), entities.Redirect(d.B)) is var (x, y) && ((x == source && y == target) || (x == target && y == source)))
            .Select(d => (int?)d.Line)
            .FirstOrDefault();

    private bool EntityMissing(Located<ReviewEntry> located, string action, string field, string id)
    {
        if (entities.Contains(id)) return false;
        diagnostics.Warning(located.PositionOf(field), $"{action}: entity '{id}' is not in the data{Hint(id, entities.Ids)}; review skipped");
        return true;
    }

    private bool RelationshipMissing(Located<ReviewEntry> located, string action, string field, string id)
    {
        if (relationships.Contains(id)) return false;
        diagnostics.Warning(located.PositionOf(field), _attached.TryGetValue(id, out var attached)
            ? $"{action}: relationship '{id}' was attached onto '{attached.Onto}' at line {attached.Line}; decide on '{Final(id)}'; review skipped"
            : $"{action}: relationship '{id}' is not in the data{Hint(id, relationships.Ids)}; review skipped");
        return true;
    }

    /// <summary>Where the evidence of an attached relationship ended up, through chains (a onto b, then b onto c).</summary>
    private string Final(string id)
    {
        while (_attached.TryGetValue(id, out var next)) id = next.Onto;
        return id;
    }

    private static string Hint(string id, IEnumerable<string> known) =>
        ClosestName.Among(id, known) is { } hint ? $" (did you mean '{hint}'?)" : "";
}
