namespace KGraph.Extraction;

/// <summary>With entity models: which names the hand rules found, and the model did not take, are kept.</summary>
public enum RuleNames
{
    /// <summary>None but products (the model does not label products): the model decides.</summary>
    Dropped,

    /// <summary>
    /// Names in Latin letters inside Chinese text (Brightloop、OpenAI): the character labeler has seen few of them. They are
    /// kept weak, written only when a relationship uses them.
    /// </summary>
    LatinInChinese,

    /// <summary>Names found by a pattern (a legal suffix, a dotted transliteration, a Latin name), not by a part-of-speech guess.</summary>
    Patterns,

    /// <summary>Every one.</summary>
    All,
}
