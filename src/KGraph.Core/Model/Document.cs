namespace KGraph.Model;

/// <summary>An article the graph's facts come from.</summary>
public sealed record Document(
    string Id,
    string? Title = null,
    string? Url = null,
    PartialDate? Published = null,
    string? Lang = null,
    string? Path = null,
    string? Sha256 = null);
