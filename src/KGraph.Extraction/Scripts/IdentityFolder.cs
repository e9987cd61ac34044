namespace KGraph.Extraction.Scripts;

/// <summary>Leaves text as it is (no script folding).</summary>
public sealed class IdentityFolder : IScriptFolder
{
    public static IdentityFolder Instance { get; } = new();

    public string Fold(string text) => text;
}
