namespace KGraph.Model;

/// <summary>The quote that supports a relationship, where it stands, and the rule that read it.</summary>
public sealed record Evidence(string Doc, TextSpan Span, string Quote, string? Rule = null);
