namespace KGraph.Extraction.Scripts;

/// <summary>
/// Maps text to the script names are matched in (traditional → simplified Chinese), one
/// UTF-16 unit for one, so that offsets in the folded text are offsets in the original.
/// </summary>
public interface IScriptFolder
{
    string Fold(string text);
}
