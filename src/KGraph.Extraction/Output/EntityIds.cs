namespace KGraph.Extraction.Output;

/// <summary>Stable ids from names (<see cref="Store.Ids.FromName"/>): the same name gives the same id on every run.</summary>
public static class EntityIds
{
    public static string FromName(string name) => Store.Ids.FromName(name);
}
