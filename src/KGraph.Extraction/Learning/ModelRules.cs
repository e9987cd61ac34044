namespace KGraph.Extraction.Learning;

/// <summary>Facts a trained model found name it in their evidence as <c>model.zh</c> or <c>model.en</c>, where a hand rule writes its id.</summary>
internal static class ModelRules
{
    private const string Prefix = "model.";

    public static string For(string lang) => Prefix + lang;

    public static bool IsModel(string? rule) => rule?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The language of a model's rule name (<c>model.zh</c> → <c>zh</c>).</summary>
    public static string Language(string rule) => rule[Prefix.Length..];
}
