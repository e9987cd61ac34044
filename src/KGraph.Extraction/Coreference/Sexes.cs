namespace KGraph.Extraction.Coreference;

/// <summary>
/// What an article shows of a person's sex, so that "she" is not read as the man named last: a kinship word or title
/// next to a name ("her father, Gordon Ashby", "Mrs. Lane", 母亲王芳, 李明先生), or a he/she already resolved to the
/// person. Null when the article shows nothing, or both.
/// </summary>
internal static class Sexes
{
    public const string Male = "m";
    public const string Female = "f";

    private static readonly string[] MaleBefore =
        ["father", "husband", "son", "brother", "uncle", "grandfather", "nephew", "Mr.", "Mr", "Sir", "父亲", "丈夫", "儿子", "兄弟", "哥哥", "弟弟", "叔叔"];

    private static readonly string[] FemaleBefore =
        ["mother", "wife", "daughter", "sister", "aunt", "grandmother", "niece", "Mrs.", "Mrs", "Ms.", "Ms", "Dame", "母亲", "妻子", "女儿", "姐姐", "妹妹", "太太"];

    private static readonly string[] MaleAfter = ["先生"];
    private static readonly string[] FemaleAfter = ["女士", "小姐"];

    /// <summary>The sex a pronoun names (he, his, him, She, 她…), or null (他 is also said of people whose sex is not known).</summary>
    public static string? OfPronoun(ReadOnlySpan<char> pronoun)
    {
        foreach (var word in MalePronouns)
            if (pronoun.Equals(word, StringComparison.OrdinalIgnoreCase)) return Male;
        foreach (var word in FemalePronouns)
            if (pronoun.Equals(word, StringComparison.OrdinalIgnoreCase)) return Female;
        return null;
    }

    private static readonly string[] MalePronouns = ["he", "his", "him"];
    private static readonly string[] FemalePronouns = ["she", "her", "hers", "她"];

    public static string Other(string sex) => sex == Male ? Female : Male;

    /// <summary>
    /// What the article shows of <paramref name="person"/>'s sex from <paramref name="from"/> up to <paramref name="position"/>:
    /// its mentions' neighbours and the pronouns resolved to it (a bounded look back, so that long articles stay fast).
    /// </summary>
    public static string? Of(string text, LocalEntity person, IReadOnlyList<EntityReference> earlier, int from, int position)
    {
        var (male, female) = (false, false);
        foreach (var mention in person.Mentions)
        {
            if (mention.Start < from || mention.Start >= position) continue;
            var start = Math.Max(0, mention.Start - 14);
            var before = text.AsSpan(start, mention.Start - start).TrimEnd().TrimEnd(',').TrimEnd();
            var after = text.AsSpan(mention.End, Math.Min(text.Length, mention.End + 2) - mention.End);
            male |= EndsWithWord(before, MaleBefore) || StartsWithAny(after, MaleAfter);
            female |= EndsWithWord(before, FemaleBefore) || StartsWithAny(after, FemaleAfter);
        }
        for (var k = OrderedNames.FirstStartingAtOrAfter(earlier, from); k < earlier.Count && earlier[k].Start < position; k++)
        {
            var reference = earlier[k];
            if (reference.Entities.Count != 1 || reference.Entities[0] != person) continue;
            var sex = OfPronoun(text.AsSpan(reference.Start, reference.End - reference.Start));
            male |= sex == Male;
            female |= sex == Female;
        }
        return male == female ? null : male ? Male : Female;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> before, string[] words)
    {
        foreach (var word in words)
        {
            if (!before.EndsWith(word, StringComparison.Ordinal)) continue;
            // A Latin word must stand alone (not "grandson" for "son"); Chinese ones need no space.
            var start = before.Length - word.Length;
            if (!char.IsAsciiLetter(word[0]) || start == 0 || !char.IsLetter(before[start - 1])) return true;
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> after, string[] words)
    {
        foreach (var word in words)
            if (after.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
