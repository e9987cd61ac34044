namespace KGraph.Extraction.Learning.Relations;

/// <summary>A role word found in a sentence (首席执行官, chief executive), the relationship type it belongs to and the role written out.</summary>
internal readonly record struct RoleMention(int Start, int End, string Type, string Role);
