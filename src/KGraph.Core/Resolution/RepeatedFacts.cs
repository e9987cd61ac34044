using KGraph.Model;

namespace KGraph.Resolution;

/// <summary>
/// When two relationships of one type between the same two entities are one fact told twice: their roles
/// and properties do not contradict each other and their dates do not conflict. Dates agree when one fact is
/// undated, when starts and ends are the same where both are given ("2008" and "2008-10" are the same start,
/// the second more precise), or when one fact lies within the other's closed span (2010–2012 within 2004–2018).
/// A missing end means "not said", not "still true", so starts of 2023 and 2025 conflict.
/// </summary>
internal static class RepeatedFacts
{
    public static bool Agree(Relationship a, Relationship b) =>
        (a.Role is null || b.Role is null || NameKey.Of(a.Role) == NameKey.Of(b.Role))
        && a.Props.All(p => !b.Props.TryGetValue(p.Key, out var other) || other == p.Value)
        && (IsUndated(a) || IsUndated(b) || (Same(a.Start, b.Start) && Same(a.End, b.End)) || Within(a, b) || Within(b, a));

    public static bool IsUndated(Relationship r) => r.Start is null && r.End is null;

    /// <summary>Either is not given, or one partial date lies within the other (2008-10 within 2008).</summary>
    private static bool Same(PartialDate? a, PartialDate? b) =>
        a is not { } x || b is not { } y || (x.Earliest <= y.Earliest && y.Latest <= x.Latest) || (y.Earliest <= x.Earliest && x.Latest <= y.Latest);

    private static bool Within(Relationship inner, Relationship outer) =>
        outer is { Start: { } start, End: { } end }
        && (inner.Start ?? inner.End)!.Value.Earliest >= start.Earliest
        && (inner.End ?? inner.Start)!.Value.Latest <= end.Latest;
}
