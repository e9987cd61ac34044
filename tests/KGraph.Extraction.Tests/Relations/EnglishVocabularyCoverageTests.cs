namespace KGraph.Extraction.Tests.Relations;

/// <summary>Every relationship type of the vocabulary has English rules: one invented sentence each, with its exact facts.</summary>
public class EnglishVocabularyCoverageTests
{
    [Theory]
    [InlineData("Harlow Capital owns Brightloop Inc.", "harlow-capital OWNS brightloop-inc")]
    [InlineData("Brightloop Inc., which is majority-owned by Harlow Capital, raised prices.", "harlow-capital OWNS brightloop-inc")]
    [InlineData("Dana Voss, the new owner of Brightloop Inc., spoke on Monday.", "dana-voss OWNS brightloop-inc")]
    [InlineData("Northwind Labs, a research unit of Brightloop Inc., hired ten people.", "northwind-labs SUBSIDIARY_OF brightloop-inc")]
    [InlineData("Brightloop Inc.'s subsidiary Northwind Labs hired ten people.", "northwind-labs SUBSIDIARY_OF brightloop-inc")]
    [InlineData("Harlow Group, the parent company of Brightloop Inc., reported losses.", "brightloop-inc SUBSIDIARY_OF harlow-group")]
    [InlineData("Harlow Capital took control of Brightloop Inc. in May.", "harlow-capital CONTROLS brightloop-inc")]
    [InlineData("Brightloop Inc. is controlled by Dana Voss.", "dana-voss CONTROLS brightloop-inc")]
    [InlineData("Dana Voss sits on the board of Brightloop Inc.", "dana-voss MEMBER_OF brightloop-inc")]
    [InlineData("Brightloop Inc. is a founding member of the Open Grid Alliance.", "brightloop-inc MEMBER_OF open-grid-alliance")]
    [InlineData("Dana Voss endorsed Tom Reed for governor.", "dana-voss SUPPORTS tom-reed")]
    [InlineData("Dana Voss was named global brand ambassador for Brightloop Inc.", "dana-voss ENDORSES brightloop-inc")]
    [InlineData("Brightloop Inc. has partnered with Northwind Corp. on batteries.", "brightloop-inc PARTNERED_WITH northwind-corp")]
    [InlineData("The plant is a joint venture between Brightloop Inc. and Northwind Corp.", "brightloop-inc PARTNERED_WITH northwind-corp")]
    [InlineData("Dana Voss met with Tom Reed in Geneva.", "dana-voss MET tom-reed")]
    [InlineData("Dana Voss graduated from Cresthaven University in 1998.", "dana-voss EDUCATED_AT cresthaven-university")]
    [InlineData("Tom Reed, a graduate of Cresthaven University, joined the firm.", "tom-reed EDUCATED_AT cresthaven-university")]
    [InlineData("Dana Voss has close ties to Northwind Corp.", "dana-voss ASSOCIATED_WITH northwind-corp")]
    [InlineData("Northwind Corp. supplies battery cells to Brightloop Inc.", "northwind-corp SUPPLIES brightloop-inc")]
    [InlineData("Northwind Corp., the largest supplier to Brightloop Inc., raised prices.", "northwind-corp SUPPLIES brightloop-inc")]
    [InlineData("Brightloop Inc.'s chip supplier Northwind Corp. raised prices.", "northwind-corp SUPPLIES brightloop-inc")]
    public void One_sentence_gives_exactly_its_fact(string sentence, string fact)
    {
        Assert.Equal([fact], Some.Facts(Some.Extract(sentence, "a.en.txt")));
    }

    [Fact]
    public void Every_type_of_the_vocabulary_has_a_rule_in_each_language()
    {
        var types = KGraph.Vocabulary.GraphVocabulary.BuiltIn.RelationshipTypes.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        foreach (var lang in new[] { "en", "zh" })
        {
            var covered = KGraph.Extraction.Relations.RelationRuleSet.Load(lang,
                null).Rules.Select(r => r.Rule.Type).OfType<string>().ToHashSet(StringComparer.Ordinal);
            Assert.Equal([], types.Where(t => !covered.Contains(t)));
        }
    }

    [Fact]
    public void A_slot_naming_an_unknown_type_is_refused_with_the_rule_and_slot_named()
    {
        var rules = Some.TempDirectory();
        File.WriteAllText(Path.Combine(rules, "relations.en.yaml"),
            "lang: en\nrules:\n  - {id: en.bad, type: MET, pattern: \"{a:Person!|Organization} met {b:Person}\"}\n");

        var error = Assert.Throws<InvalidDataException>(() => KGraph.Extraction.Relations.RelationRuleSet.Load("en", rules));

        Assert.Equal("relations.en.yaml: rule en.bad: slot {a:Person!|Organization} names 'Person!', " +
            "not one of Person, Organization, Product, Place ('!' goes once, at the end)", error.Message);
    }
}
