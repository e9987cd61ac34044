namespace KGraph.Model;

/// <summary>Where an entity is named in a document.</summary>
public sealed record Mention(string Doc, TextSpan Span, string Text);
