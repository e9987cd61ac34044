namespace KGraph.Extraction.Coreference;

/// <summary>
/// A place in a sentence that refers to one or more entities: a name, or a pronoun resolved
/// to the entities it stands for (他们 → two people).
/// </summary>
internal sealed record EntityReference(int Start, int End, IReadOnlyList<LocalEntity> Entities, bool IsPronoun)
{
    /// <summary>Marker type letter: the entities' type when they agree, else N (untyped).</summary>
    public char TypeCode
    {
        get
        {
            var type = Entities[0].Type;
            return Entities.All(e => e.Type == type) ? Recognition.EntityTypes.Code(type) : 'N';
        }
    }
}
