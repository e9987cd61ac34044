namespace KGraph.Extraction.Coreference;

/// <summary>
/// A document's name references in order of their start, with the searches pronoun resolution asks of
/// them answered by bisection: every pronoun looking through all names made a long article quadratic.
/// </summary>
internal sealed class OrderedNames
{
    private readonly IReadOnlyList<EntityReference> _names;
    private readonly int[] _furthestEnd;

    public OrderedNames(IReadOnlyList<EntityReference> names)
    {
        _names = names;
        _furthestEnd = new int[names.Count];
        var furthest = int.MinValue;
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0 && names[i].Start < names[i - 1].Start) throw new ArgumentException("Names must be in order of their start.", nameof(names));
            furthest = Math.Max(furthest, names[i].End);
            _furthestEnd[i] = furthest;
        }
    }

    public int Count => _names.Count;

    private LocalEntity? _firstOrganization;
    private bool _firstOrganizationFound;

    /// <summary>The first organisation the article names (not a weak one), looked up once: <see cref="Focus"/> favours it.</summary>
    public LocalEntity? FirstOrganization
    {
        get
        {
            if (_firstOrganizationFound) return _firstOrganization;
            _firstOrganizationFound = true;
            foreach (var name in _names)
                if (name.Entities is [{ FinalType: Recognition.EntityTypes.Organization, Weak: false } entity]) return _firstOrganization = entity;
            return null;
        }
    }

    public EntityReference this[int index] => _names[index];

    /// <summary>The index of the first name starting at or after <paramref name="position"/> (Count when none does).</summary>
    public int FirstStartingAtOrAfter(int position) => FirstStartingAtOrAfter(_names, position);

    /// <summary>The same search in any list of references ordered by start (the pronouns resolved so far).</summary>
    public static int FirstStartingAtOrAfter(IReadOnlyList<EntityReference> references, int position)
    {
        int low = 0, high = references.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (references[middle].Start < position) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>Whether any name overlaps the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlap(int start, int end)
    {
        var before = FirstStartingAtOrAfter(end);
        return before > 0 && _furthestEnd[before - 1] > start;
    }
}
