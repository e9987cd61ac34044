using KGraph.Extraction.Training;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Tests.Learning;

/// <summary>Corpus labels become our types through schema.yaml's mappings, the one place that says what they mean.</summary>
public class CorpusLabelsTests
{
    [Theory]
    [InlineData("duie", "创始人", "FOUNDED", true)]
    [InlineData("duie", "董事长", "LEADS", true)]
    [InlineData("duie", "毕业院校", "EDUCATED_AT", false)]
    [InlineData("finre", "收购", "ACQUIRED", false)]
    [InlineData("finre", "被收购", "ACQUIRED", true)]
    [InlineData("finre", "被持股", "OWNS", true)]
    [InlineData("conll04", "OrgBased_In", "HEADQUARTERED_IN", false)]
    [InlineData("wikidata", "P355", "SUBSIDIARY_OF", true)]
    [InlineData("wikidata", "P749", "SUBSIDIARY_OF", false)]
    [InlineData("wikidata", "P169", "LEADS", true)]
    [InlineData("kbp37", "org:top_members/employees", "WORKS_AT", true)]
    public void A_mapped_label_is_our_type_in_the_direction_the_schema_says(string standard, string label, string type, bool inverse)
    {
        var labels = new CorpusLabels(GraphVocabulary.BuiltIn, standard);

        Assert.True(labels.TryMap(label, out var mapped, out var swapped));
        Assert.Equal((type, inverse), (mapped, swapped));
    }

    [Theory]
    [InlineData("duie", "主演")]
    [InlineData("finre", "unknown")]
    [InlineData("conll04", "Kill")]
    [InlineData("wikidata", "P108 + end time")]
    public void An_unmapped_label_relates_its_pair_in_none_of_our_ways(string standard, string label)
    {
        var labels = new CorpusLabels(GraphVocabulary.BuiltIn, standard);

        Assert.False(labels.TryMap(label, out _, out _));
        Assert.Null(labels.Relation(label, ["A"], ["B"]).Type);
    }
}
