namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// Education needs a degree or a subject, endorsement a brand role: letters received from a university,
/// proposals studied at a firm and a country's ambassador say neither.
/// </summary>
public class EnglishEducationAndEndorsementBoundsTests
{
    [Theory]
    [InlineData("Dana Voss received a letter from Cresthaven University on Monday.")]
    [InlineData("Dana Voss received a research grant from Cresthaven University.")]
    [InlineData("Dana Voss earned a reputation at Cresthaven University as a critic.")]
    [InlineData("Dana Voss studied the proposal at Cresthaven University.")]
    [InlineData("Dana Voss, the ambassador of Freedonia, arrived on Monday.")]
    [InlineData("Brightloop Inc., a company set up by Dana Voss's allies, closed.")]
    public void Sentences_saying_neither_give_no_fact(string sentence)
    {
        Assert.Equal([], Some.Facts(Some.Extract(sentence, "a.en.txt")));
    }

    [Theory]
    [InlineData("Dana Voss earned a bachelor's degree in physics from Cresthaven University.", "dana-voss EDUCATED_AT cresthaven-university")]
    [InlineData("Dana Voss received a master's degree from Cresthaven University in 2001.", "dana-voss EDUCATED_AT cresthaven-university")]
    [InlineData("Dana Voss studied law and economics at Cresthaven University.", "dana-voss EDUCATED_AT cresthaven-university")]
    [InlineData("Dana Voss became an ambassador for Brightloop Inc. in May.", "dana-voss ENDORSES brightloop-inc")]
    [InlineData("Brightloop Inc., a company set up by Dana Voss, closed.", "dana-voss FOUNDED brightloop-inc")]
    public void The_rules_still_read_what_they_are_for(string sentence, string fact)
    {
        Assert.Equal([fact], Some.Facts(Some.Extract(sentence, "a.en.txt")));
    }
}
