using KGraph.Extraction.Rules;
using KGraph.Model;

namespace KGraph.Extraction.Tests;

/// <summary>An incremental build keeps a file only when nothing but the article could change it: all of that is in the version.</summary>
public class ExtractorVersionTests
{
    private static readonly Entity Acme = new() { Id = "acme", Type = "Organization", Name = "Acme" };

    [Fact]
    public void The_same_extractor_has_the_same_version()
    {
        Assert.Equal(ExtractorVersion.Of([Acme], new ExtractorOptions()), ExtractorVersion.Of([Acme], new ExtractorOptions()));
    }

    [Fact]
    public void A_rule_file_changed_by_a_researcher_changes_the_version_and_an_identical_copy_does_not()
    {
        using var rules = new TempFolder();
        var builtIn = ExtractorVersion.Of([], new ExtractorOptions());
        rules.Write("lexicon.yaml", RuleFiles.Text("lexicon.yaml", null));
        Assert.Equal(builtIn, ExtractorVersion.Of([], new ExtractorOptions { RulesDirectory = rules.Path }));

        rules.Write("lexicon.yaml", RuleFiles.Text("lexicon.yaml", null) + "\n# a researcher's note\n");
        Assert.NotEqual(builtIn, ExtractorVersion.Of([], new ExtractorOptions { RulesDirectory = rules.Path }));
    }

    [Fact]
    public void Known_entities_and_options_are_part_of_the_version()
    {
        var plain = ExtractorVersion.Of([], new ExtractorOptions());

        Assert.NotEqual(plain, ExtractorVersion.Of([Acme], new ExtractorOptions()));
        Assert.NotEqual(plain, ExtractorVersion.Of([], new ExtractorOptions { MinConfidence = 0.9 }));
        Assert.NotEqual(plain, ExtractorVersion.Of([], new ExtractorOptions { RelationRules = false }));
    }
}
