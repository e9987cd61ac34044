namespace KGraph.Neo4j.Cypher;

/// <summary>
/// Labels and relationship types cannot be parameters, so they are written into statements.
/// They come only from the vocabulary, and are checked here once more: a plain ASCII
/// identifier, or the statement is not built.
/// </summary>
public static class CypherIdentifier
{
    public static bool IsPlain(string name) =>
        name.Length is > 0 and <= 100 && (char.IsAsciiLetter(name[0]) || name[0] == '_') &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>The name itself, after checking it is a plain identifier.</summary>
    public static string Checked(string name, string what) =>
        IsPlain(name) ? name : throw new ArgumentException($"{what} '{name}' is not a plain identifier (ASCII letters, digits, '_'); " +
            $"refusing to put it into Cypher");

    /// <summary>A property key as written in a map literal: bare when plain, else in backticks.</summary>
    public static string Key(string name) => IsPlain(name) ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
