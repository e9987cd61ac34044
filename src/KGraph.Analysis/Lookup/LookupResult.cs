using KGraph.Model;

namespace KGraph.Analysis.Lookup;

public enum LookupOutcome
{
    Found,
    Ambiguous,
    Unknown,
}

/// <summary>
/// The entity a name stands for, or why there is none: <see cref="Candidates"/> are every
/// entity the name fits (ambiguous) or the closest names (unknown), in id order.
/// </summary>
public sealed record LookupResult(string Query, LookupOutcome Outcome, Entity? Entity, IReadOnlyList<Entity> Candidates)
{
    /// <summary>A sentence for people, e.g. "no entity is named 'Elon Mask'; did you mean: elon-musk (Elon Musk)?".</summary>
    public string Message => Outcome switch
    {
        LookupOutcome.Found => $"'{Query}' is {Describe(Entity!)}",
        LookupOutcome.Ambiguous => $"'{Query}' names {Candidates.Count} entities: {List(Candidates)}; use an id to choose",
        _ when Candidates.Count > 0 => $"no entity is named '{Query}'; did you mean: {List(Candidates)}?",
        _ => $"no entity is named '{Query}'",
    };

    private static string List(IEnumerable<Entity> entities) => string.Join(", ", entities.Select(Describe));

    private static string Describe(Entity e) => $"{e.Id} ({e.Name}, {e.Type})";
}
