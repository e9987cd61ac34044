using System.Text.RegularExpressions;

namespace KGraph.Store;

/// <summary>What an id may look like: stable, lower-case, no spaces, safe in file names and URLs.</summary>
public static partial class Ids
{
    public const string Rule = "lower-case letters of any script, digits, '-', '.', '_'; starting with a letter or digit";

    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}\p{Mn}._-]*$")]
    private static partial Regex IdPattern();
}
