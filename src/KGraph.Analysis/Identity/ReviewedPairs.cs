using KGraph.Reviews;

namespace KGraph.Analysis.Identity;

/// <summary>Pairs of entities a person already decided on in the review log (merged, or marked distinct), in either order.</summary>
public sealed class ReviewedPairs
{
    private readonly HashSet<(string, string)> _pairs = [];

    public ReviewedPairs(IEnumerable<ReviewEntry> log)
    {
        foreach (var entry in log)
        {
            var pair = entry.Action switch
            {
                ReviewAction.Merge => (entry.Into, entry.From),
                ReviewAction.Distinct => (entry.Entity, entry.Other),
                _ => (null, null),
            };
            if (pair is (string x, string y)) _pairs.Add(Ordered(x, y));
        }
    }

    public static ReviewedPairs None { get; } = new([]);

    public int Count => _pairs.Count;

    public bool Contains(string a, string b) => _pairs.Contains(Ordered(a, b));

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
