namespace KGraph.Model;

internal static class Empty
{
    public static readonly IReadOnlyDictionary<string, string> Strings = new SortedDictionary<string, string>(StringComparer.Ordinal);
    public static readonly IReadOnlyDictionary<string, Scalar> Scalars = new SortedDictionary<string, Scalar>(StringComparer.Ordinal);
}
