using System.Text;

namespace KGraph.Extraction.Training.Corpora;

/// <summary>
/// The validation split carved from the training data: a record is held out when the FNV-1a hash of its
/// text's UTF-8 bytes is divisible by <see cref="Folds"/>. Stable across runs, machines and corpus order.
/// </summary>
internal static class CorpusSplit
{
    public const int Folds = 5;

    public static bool IsValidation(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 1099511628211UL;
        return hash % Folds == 0;
    }
}
