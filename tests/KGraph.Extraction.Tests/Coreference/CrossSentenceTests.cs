namespace KGraph.Extraction.Tests.Coreference;

/// <summary>
/// Facts spread over sentences: a description (the company, 该公司), 其 before a title, 公司 opening a clause and
/// 后者/the latter refer back to an entity named earlier, and the fact quotes from that name on. Short articles
/// of our own, hand rules alone.
/// </summary>
public class CrossSentenceTests
{
    /// <summary>Each fact as "from TYPE to | quote | start-end", by entity name; every quote is checked against the text at its offsets.</summary>
    private static string[] Lines(string text, string path)
    {
        var result = Some.Extract(text, path);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        foreach (var evidence in result.Relationships.SelectMany(r => r.Evidence))
            Assert.Equal(text[evidence.Span.Start..evidence.Span.End], evidence.Quote);
        return [.. result.Relationships
            .Select(r => $"{names[r.From]} {r.Type} {names[r.To]} | {r.Evidence[0].Quote} | {r.Evidence[0].Span.Start}-{r.Evidence[0].Span.End}")
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("Corvane Group bought Millbrook Holdings in 2021. The company's chief executive, Mary Lane, said the deal closed.",
        "Mary Lane LEADS Corvane Group | Corvane Group bought Millbrook Holdings in 2021. The company's chief executive, Mary Lane | 0-89",
        "Mary Lane LEADS Millbrook Holdings")]
    [InlineData("Corvane Group competes with Millbrook Holdings. The latter was founded by Tom Reed.",
        "Tom Reed FOUNDED Millbrook Holdings | Millbrook Holdings. The latter was founded by Tom Reed. | 28-83",
        "Tom Reed FOUNDED Corvane Group")]
    public void Of_two_organisations_the_company_is_the_opening_subject_and_the_latter_the_second(string text, string fact, string wrong)
    {
        var lines = Lines(text, "a.en.txt");
        Assert.Contains(fact, lines);
        Assert.DoesNotContain(lines, line => line.StartsWith(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public void The_former_before_a_title_is_an_adjective_and_refers_to_no_one()
    {
        const string text = "Corvane Group competes with Millbrook Holdings. The former chief executive Tom Reed founded Lumen Labs.";
        Assert.Equal(
            [
                "Corvane Group COMPETES_WITH Millbrook Holdings | Corvane Group competes with Millbrook Holdings. | 0-47",
                "Tom Reed FOUNDED Lumen Labs | The former chief executive Tom Reed founded Lumen Labs. | 48-103",
            ],
            Lines(text, "a.en.txt"));
    }

    [Theory]
    [InlineData("Brightloom Robotics makes warehouse robots in Boston. The company's chief executive, Peter Hale, said orders doubled.",
        "Peter Hale LEADS Brightloom Robotics | Brightloom Robotics makes warehouse robots in Boston. The company's chief executive, Peter Hale | 0-95",
        "a.en.txt")]
    [InlineData("Brightloom Robotics makes robots. Its chief executive, Peter Hale, said sales grew.",
        "Peter Hale LEADS Brightloom Robotics | Brightloom Robotics makes robots. Its chief executive, Peter Hale | 0-65", "a.en.txt")]
    [InlineData("Brightloom Robotics makes robots. The chief executive, Peter Hale, said sales grew.",
        "Peter Hale LEADS Brightloom Robotics | Brightloom Robotics makes robots. The chief executive, Peter Hale | 0-65", "a.en.txt")]
    [InlineData("Brightloom Robotics makes robots. Mary Lane, the founder, said sales grew.",
        "Mary Lane FOUNDED Brightloom Robotics | Brightloom Robotics makes robots. Mary Lane, the founder | 0-56", "a.en.txt")]
    [InlineData("蓝芯机器人有限公司是一家机器人企业。2021年，该公司董事长李青表示，订单翻了一番。",
        "李青 LEADS 蓝芯机器人有限公司 | 蓝芯机器人有限公司是一家机器人企业。2021年，该公司董事长李青表示 | 0-34", "a.zh.txt")]
    [InlineData("藍芯機器人有限公司總部位於杭州。該公司董事長李青表示，訂單翻了一番。",
        "李青 LEADS 藍芯機器人有限公司 | 藍芯機器人有限公司總部位於杭州。該公司董事長李青表示 | 0-26", "a.zh.txt")]
    [InlineData("蓝芯机器人有限公司成立于2019年。公司董事长李青表示，订单增长很快。",
        "李青 LEADS 蓝芯机器人有限公司 | 蓝芯机器人有限公司成立于2019年。公司董事长李青表示 | 0-27", "a.zh.txt")]
    public void A_reference_to_the_organisation_named_before_gives_one_fact_quoted_from_its_name(string text, string fact, string path) =>
        Assert.Equal([fact], Lines(text, path));

    [Fact]
    public void A_title_followed_by_its_own_organisation_is_read_with_that_one() =>
        Assert.Equal(
            ["Mary Lane LEADS Lumen Labs | Mary Lane, the chief executive of Lumen Labs | 34-78"],
            Lines("Brightloom Robotics makes robots. Mary Lane, the chief executive of Lumen Labs, said sales grew.", "a.en.txt"));

    [Fact]
    public void Qi_before_a_founder_title_is_the_company_not_the_city_named_last() =>
        Assert.Equal(
            [
                "张远 EDUCATED_AT 浙江大学 | 其创始人张远毕业于浙江大学。 | 16-30",
                "张远 FOUNDED 蓝芯机器人有限公司 | 蓝芯机器人有限公司总部位于杭州。其创始人张远毕业于浙江大学。 | 0-30",
            ],
            Lines("蓝芯机器人有限公司总部位于杭州。其创始人张远毕业于浙江大学。", "a.zh.txt"));

    [Fact]
    public void Houzhe_is_the_second_of_the_two_companies_just_named() =>
        Assert.Equal(
            [
                "华远集团 ACQUIRED 蓝芯机器人有限公司 | 华远集团收购了蓝芯机器人有限公司。 | 0-17",
                "张远 FOUNDED 蓝芯机器人有限公司 | 蓝芯机器人有限公司。后者由张远创立。 | 7-25",
            ],
            Lines("华远集团收购了蓝芯机器人有限公司。后者由张远创立。", "a.zh.txt"));

    [Theory]
    [InlineData("张远毕业于浙江大学。2019年创立蓝芯机器人有限公司。", "a.zh.txt",
        "张远 FOUNDED 蓝芯机器人有限公司 | 张远毕业于浙江大学。2019年创立蓝芯机器人有限公司。 | 0-27")]
    [InlineData("藍芯機器人有限公司成立於2019年。隨後收購了青禾農業有限公司。", "b.zh.txt",
        "藍芯機器人有限公司 ACQUIRED 青禾農業有限公司 | 藍芯機器人有限公司成立於2019年。隨後收購了青禾農業有限公司。 | 0-32")]
    public void A_Chinese_sentence_without_a_subject_continues_the_one_that_opened_the_sentence_before(string text, string path, string fact) =>
        Assert.Contains(fact, Lines(text, path));

    [Theory]
    [InlineData("Corvane Group and Millbrook Holdings signed a supply deal. The company's chief executive, Mary Lane, said it would last.", "a.en.txt")]
    [InlineData("Mary Lane spoke in Boston on Monday. The company's chief executive, Peter Hale, said orders doubled.", "a.en.txt")]
    [InlineData("华远集团和蓝芯机器人有限公司签署了合作协议。该公司董事长李青表示，合作将持续五年。", "a.zh.txt")]
    [InlineData("张远在杭州发表演讲。该公司董事长李青表示，订单翻了一番。", "a.zh.txt")]
    [InlineData("华远集团收购了蓝芯机器人有限公司。张远表示，子公司董事长李青将留任。", "a.zh.txt")]
    public void A_company_description_after_two_joined_organisations_or_none_or_inside_a_word_gives_no_leader(string text, string path) =>
        Assert.DoesNotContain(Lines(text, path), line => line.Contains(" LEADS ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Corvane Group, Millbrook Holdings and Lumen Labs signed a deal. The latter was founded by Tom Reed.", "a.en.txt")]
    [InlineData("华远集团、青禾农业有限公司、蓝芯机器人有限公司达成协议。后者由张远创立。", "a.zh.txt")]
    [InlineData("据报道，蓝芯机器人有限公司成立于2019年。随后收购了青禾农业有限公司。", "a.zh.txt")]
    [InlineData("Corvane Group and Millbrook Holdings make robots. Mary Lane, the founder, said sales grew.", "a.en.txt")]
    public void The_latter_after_three_names_the_founder_after_two_joined_or_a_subjectless_sentence_after_no_opener_gives_no_fact(string text,
        string path) =>
        Assert.Equal([], Lines(text, path));

    [Fact]
    public void Explain_shows_the_subjectless_reference_before_the_verb()
    {
        var lines = Some.Extractor.Explain(KGraph.Extraction.Reading.ArticleReader.FromPlainText("a.zh.txt", "张远毕业于浙江大学。2019年创立蓝芯机器人有限公司。"));
        Assert.Equal(["[P:张远]毕业于[O:浙江大学]。", "2019年[P:=张远]创立[O:蓝芯机器人有限公司]。"], lines);
    }
}
