using KGraph.Interchange;
using KGraph.Vocabulary;

namespace KGraph.Core.Tests.Interchange;

public class StandardMappingsTests
{
    [Theory]
    [InlineData("followthemoney", "Ownership", "OWNS")]
    [InlineData("followthemoney", "employment", "WORKS_AT")]
    [InlineData("followthemoney", "Directorship", "LEADS")]
    [InlineData("followthemoney", "UnknownLink", "ASSOCIATED_WITH")]
    [InlineData("littlesis", "Position", "WORKS_AT")]
    [InlineData("littlesis", "1", "WORKS_AT")]
    [InlineData("littlesis", "10", "OWNS")]
    [InlineData("littlesis", "4", "FAMILY")]
    public void A_name_of_another_standard_is_the_first_type_that_maps_to_it_without_a_qualifier(string standard, string name, string type) =>
        Assert.Equal(type, StandardMappings.TypeFor(GraphVocabulary.BuiltIn, standard, name)?.Name);

    [Theory]
    [InlineData("followthemoney", "Payment")]
    [InlineData("littlesis", "13")]
    [InlineData("littlesis", "Donation")]
    public void A_name_no_type_maps_to_plainly_has_none(string standard, string name) =>
        Assert.Null(StandardMappings.TypeFor(GraphVocabulary.BuiltIn, standard, name));

    [Fact]
    public void Mapping_items_split_at_commas_with_their_qualifiers() =>
        Assert.Equal([("P749", (string?)null), ("P355", "inverse")], StandardMappings.Items("P749, P355 (inverse)"));
}
