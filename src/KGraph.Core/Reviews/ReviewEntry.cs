namespace KGraph.Reviews;

/// <summary>One decision in the review log, applied on every load in the order written.</summary>
public sealed record ReviewEntry(
    ReviewAction Action,
    string? Into = null,
    string? From = null,
    string? To = null,
    string? Relationship = null,
    string? Reason = null,
    string? By = null,
    string? At = null,
    string? Entity = null,
    string? Type = null,
    string? Other = null,
    string? Onto = null);
