namespace KGraph.Store;

/// <summary>Who owns a file: people (curated) or tools (extracted, regenerated at will).</summary>
public enum DataLayer
{
    Curated,
    Extracted,
}
