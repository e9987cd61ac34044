using System.Text;
using System.Text.RegularExpressions;
using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// The literal prefilter may only skip a rule on text its regex cannot match: random patterns built from
/// the constructs the reader handles (and some it does not), tried on random text.
/// </summary>
public class RequiredLiteralsSoundnessTests
{
    private const string Alphabet = "abcAB|)(]x\uE000\uE001";

    [Fact]
    public void No_random_pattern_is_filtered_out_of_text_it_matches()
    {
        var random = new Random(20261129);
        var failures = new List<string>();
        var checkedPatterns = 0;
        for (var p = 0; p < 5_000 && failures.Count < 5; p++)
        {
            var pattern = Sequence(random, 3);
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(20));
            }
            catch (ArgumentException)
            {
                continue;
            }
            checkedPatterns++;
            var required = RequiredLiterals.Of(pattern);
            foreach (var text in Texts(random, pattern))
            {
                if (!Matches(regex, text)) continue;
                if (!RequiredLiteralsTests.Allows(required, text))
                {
                    failures.Add($"{Escape(pattern)} matches {Escape(text)} but requires " +
                        $"{string.Join(" & ", required.Required.Select(r => "[" + string.Join("|", r.Select(Escape)) + "]"))}");
                    break;
                }
            }
        }

        Assert.Equal([], failures);
        Assert.True(checkedPatterns > 1_000, $"only {checkedPatterns} patterns were valid");
    }

    [Theory]
    [InlineData("a(?:(?i)b)c", "abc")]
    [InlineData("(?:a|)bc", "bc")]
    [InlineData("[|)]ab", ")ab")]
    [InlineData("\\|\\)x", "|)x")]
    [InlineData("(?<=ab)c", "abc")]
    [InlineData("(?'n'ab)\\k'n'", "abab")]
    [InlineData("(?#a)bc", "bc")]
    [InlineData("a{0,3}?bc", "bc")]
    [InlineData("(?i:ab)c", "ABc")]
    public void Hand_picked_patterns_allow_text_they_match(string pattern, string text)
    {
        Assert.Matches(pattern, text);
        Assert.True(RequiredLiteralsTests.Allows(RequiredLiterals.Of(pattern), text));
    }

    [Fact]
    public void Options_that_ignore_case_or_whitespace_require_nothing()
    {
        Assert.Empty(RequiredLiterals.Of("ab", RegexOptions.IgnoreCase).Required);
        Assert.Empty(RequiredLiterals.Of("a b", RegexOptions.IgnorePatternWhitespace).Required);
        Assert.Equal([["ab"]], RequiredLiterals.Of("ab", RegexOptions.CultureInvariant).Required);
    }

    [Fact]
    public void A_quantifier_after_a_comment_applies_to_the_atom_before_it()
    {
        Assert.Matches("xb(?#note)?y", "xy");
        Assert.Empty(RequiredLiterals.Of("xb(?#note)?y").Required);
    }

    /// <summary>Nested quantifiers backtrack for long on some text: such a text proves nothing either way.</summary>
    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Text pieces of the pattern's own literals glued at random, plus random characters: many match.</summary>
    private static IEnumerable<string> Texts(Random random, string pattern)
    {
        var pieces = pattern.Where(c => Alphabet.Contains(c)).Select(c => c.ToString()).ToList();
        for (var t = 0; t < 300; t++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 9);
            for (var k = 0; k < length; k++)
                text.Append(pieces.Count > 0 && random.Next(3) > 0 ? pieces[random.Next(pieces.Count)] : Alphabet[random.Next(Alphabet.Length)].ToString());
            yield return text.ToString();
        }
    }

    private static string Sequence(Random random, int depth)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            text.Append(Atom(random, depth));
            text.Append(random.Next(10) switch
            {
                0 => "?",
                1 => "*",
                2 => "+",
                3 => "{0,3}",
                4 => "{1,2}",
                5 => "??",
                6 => "{2}",
                _ => "",
            });
        }
        return text.ToString();
    }

    private static string Atom(Random random, int depth)
    {
        var inner = depth > 0 ? Sequence(random, depth - 1) : "b";
        var other = depth > 0 ? Sequence(random, depth - 1) : "c";
        return random.Next(depth > 0 ? 32 : 12) switch
        {
            0 => "a",
            1 => "b",
            2 => "A",
            3 => "\\|",
            4 => "\\)",
            5 => "[|)]",
            6 => "\\uE000",
            7 => "\\x41",
            8 => "[^a]",
            9 => ".",
            10 => "(?i)",
            11 => "(?#c|)",
            12 => $"(?:{inner}|{other})",
            13 => $"(?:{inner}|)",
            14 => $"({inner})",
            15 => $"(?<n>{inner})",
            16 => $"(?'m'{inner})",
            17 => $"(?i:{inner})",
            18 => $"(?<={inner})",
            19 => $"(?={inner})",
            20 => $"(?!{inner})",
            21 => $"(?>{inner})",
            22 => $"(?:{inner})",
            23 => $"(?:{inner}|{other}|x)",
            24 => $"(?:(?i){inner})",
            25 => $"({inner})\\1",
            26 => $"(?(a){inner}|{other})",
            27 => $"(?-i:{inner})",
            28 => $"[\\]|]{inner}",
            29 => $"\\uE001(?:{inner}){{1,}}?",
            30 => $"(?<n>{inner})\\k<n>",
            _ => $"(?:{inner}|\\|)x",
        };
    }

    private static string Escape(string text)
        => text.Replace("\uE000", "\\uE000", StringComparison.Ordinal).Replace("\uE001", "\\uE001", StringComparison.Ordinal);
}
