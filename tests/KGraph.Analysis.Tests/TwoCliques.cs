using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests;

/// <summary>Two 4-cliques {0,1,2,3} and {4,5,6,7} joined by the bridge 3-4: 13 edges.</summary>
internal static class TwoCliques
{
    public static CompactGraph Graph { get; } = Some.Compact(8,
        "0-1", "0-2", "0-3", "1-2", "1-3", "2-3",
        "4-5", "4-6", "4-7", "5-6", "5-7", "6-7",
        "3-4");
}
