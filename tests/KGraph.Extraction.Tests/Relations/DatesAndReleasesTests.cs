namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// When things happened: a time phrase opening the sentence dates the clause after it, relative
/// Chinese years count from the article's date, and products keep their release date.
/// </summary>
public class DatesAndReleasesTests
{
    private static string Dated(string published, string body) => $"---\npublished: {published}\n---\n{body}\n";

    [Fact]
    public void An_opening_time_phrase_dates_the_release_and_the_development()
    {
        var result = Some.Extract(Dated("2024-05-02", "On April 30, Quillon released the weights of Zephyr-2, its largest model."), "articles/test.en.txt");

        var fact = Some.Fact(result, "quillon", "DEVELOPED", "zephyr-2");
        Assert.Equal("2024-04-30", fact.Start?.ToString());
        Assert.Equal("2024-04-30", result.Entities.Single(e => e.Id == "zephyr-2").Props["released"].ToString());
    }

    [Fact]
    public void An_opening_phrase_that_names_someone_does_not_date_the_next_clause()
    {
        var result = Some.Extract(Dated("2024-05-02", "After Hana Ruiz left in 2019, Omar Vance founded Ferrodyne."), "articles/test.en.txt");

        Assert.Null(Some.Fact(result, "omar-vance", "FOUNDED", "ferrodyne").Start);
    }

    [Fact]
    public void Last_year_in_Chinese_counts_from_the_articles_date()
    {
        var result = Some.Extract(Dated("2024-03-18", "去年11月，Zentra推出了聊天机器人Zeta-2。"));

        Assert.Equal("2023-11", Some.Fact(result, "zentra", "DEVELOPED", "zeta-2").Start?.ToString());
        Assert.Equal("2023-11", result.Entities.Single(e => e.Id == "zeta-2").Props["released"].ToString());
    }

    [Fact]
    public void A_place_in_the_opening_time_phrase_still_lets_it_date_the_clause()
    {
        var result = Some.Extract(Dated("2024-03-18", "北京时间2024年3月17日，Zentra宣布将大模型Zeta-2开源。"));

        Assert.Equal("2024-03-17", result.Entities.Single(e => e.Id == "zeta-2").Props["released"].ToString());
    }

    [Fact]
    public void A_co_founding_with_a_date_gives_the_organisations_founding_date()
    {
        var result = Some.Extract("Hana Ruiz co-founded Ferrodyne with Omar Vance and others in December 2015 and left its board in 2018 .",
            "articles/test.en.txt");

        Assert.Equal("2015-12", result.Entities.Single(e => e.Id == "ferrodyne").Props["founded"].ToString());
        var left = Some.Fact(result, "hana-ruiz", "LEFT", "ferrodyne");
        Assert.Equal(("en.left.its-board", "2018"), (left.Evidence[0].Rule, left.Start?.ToString()));
    }

    [Fact]
    public void Evidence_quotes_start_at_the_clause_not_at_the_space_before_it()
    {
        var result = Some.Extract("On April 30, Quillon released Zephyr-2.", "articles/test.en.txt");

        var evidence = Some.Fact(result, "quillon", "DEVELOPED", "zephyr-2").Evidence[0];
        Assert.Equal("Quillon released Zephyr-2.", evidence.Quote);
        Assert.Equal(13, evidence.Span.Start);
    }

    [Fact]
    public void A_possessive_states_a_founding_without_taking_the_sentences_date()
    {
        var result = Some.Extract(Dated("2024-03-18", "2024年3月17日，周海洋的AI创企Zentra发布了大模型Zeta-2。"));

        Assert.Null(Some.Fact(result, "周海洋", "FOUNDED", "zentra").Start);
        Assert.Equal("2024-03-17", Some.Fact(result, "zentra", "DEVELOPED", "zeta-2").Start?.ToString());
    }
}
