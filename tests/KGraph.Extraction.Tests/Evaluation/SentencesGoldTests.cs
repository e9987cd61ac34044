using KGraph.Extraction.Evaluation;
using KGraph.Extraction.Training;
using KGraph.Extraction.Training.Corpora;

namespace KGraph.Extraction.Tests.Evaluation;

public class SentencesGoldTests
{
    private const string Line1 = """{"text": "The board of Harbor Foods appointed Lee Park as its chief executive.", "entities": """ +
        """[{"name": "Harbor Foods", "type": "Organization"}, {"name": "Lee Park", "type": "Person"}], "relations": """ +
        """[{"from": "Lee Park", "type": "LEADS", "to": "Harbor Foods"}]}""";
    private const string Line2 = """{"text": "Tallow denied it was in talks to buy Brennick.", "entities": """ +
        """[{"name": "Tallow", "type": "Organization"}, {"name": "Brennick", "type": "Organization"}], "relations": []}""";

    [Fact]
    public void Annotated_sentences_are_guessed_and_read_with_every_type_scored()
    {
        var path = Path.Combine(Some.TempDirectory(), "news.en.jsonl");
        File.WriteAllText(path, Line1 + "\n\n" + Line2 + "\n");

        var set = GoldSetReader.Read(path);

        Assert.Equal(GoldFormat.Sentences, set.Format);
        Assert.Equal(["line 1", "line 3"], set.Items.Select(i => i.Id));
        Assert.Equal([new GoldFact("Lee Park", "LEADS", "Harbor Foods")], set.Items[0].Facts);
        Assert.Empty(set.Items[1].Facts);
        Assert.Contains("SUPPLIES", set.ScoredTypes);
        Assert.DoesNotContain("RELATED_TO", set.ScoredTypes);
    }

    [Fact]
    public void A_name_not_in_its_sentence_is_refused_with_the_line()
    {
        var path = Path.Combine(Some.TempDirectory(), "bad.zh.jsonl");
        File.WriteAllText(path, """{"text": "孙明出任明达电子首席财务官。", "entities": [{"name": "孙敏", "type": "Person"}], "relations": []}""" + "\n");

        var error = Assert.Throws<InvalidDataException>(() => GoldSetReader.Read(path));

        Assert.Equal("line 1: entity '孙敏' is not in the text", error.Message);
    }

    [Fact]
    public void Our_sentences_are_split_like_the_corpora_and_the_held_out_ones_written_for_scoring()
    {
        var data = Some.TempDirectory();
        var lines = Enumerable.Range(0, 40).Select(i => Line1.Replace("Lee Park", $"Lee Park{i}", StringComparison.Ordinal)).ToList();
        File.WriteAllText(Path.Combine(data, "business-news.en.jsonl"), string.Join('\n', lines) + "\n");
        var expected = lines.Where(l => CorpusSplit.IsValidation(System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)).ToList();

        var written = ValidationSplit.Write(data, Path.Combine(data, "validation"));

        Assert.Equal([ValidationSplit.EnglishNews], written.Keys);
        Assert.Equal(expected, File.ReadAllLines(written[ValidationSplit.EnglishNews]));
        Assert.InRange(expected.Count, 1, 39);
    }
}
