using KGraph.Extraction.Reading;

namespace KGraph.Extraction.Tests.Coreference;

/// <summary>
/// "The company", "its", 该公司, he and she read across sentences as a whole article reads them (ExtractorOptions.ArticleFocus),
/// on short articles of our own; inside a sentence that names an organisation first, the one named last, as training reads it.
/// </summary>
public class ArticleFocusTests
{
    private static readonly Lazy<ArticleExtractor> Old = new(() => new ArticleExtractor([], new ExtractorOptions
    {
        Models = KGraph.Extraction.Learning.ExtractionModels.Load(KGraph.Extraction.Learning.ExtractionModels.BundledDirectory),
        ArticleFocus = false,
    }));

    private static IReadOnlyList<string> Explain(string text, string path, bool articleFocus = true) =>
        (articleFocus ? Some.Modelled : Old.Value).Explain(ArticleReader.FromPlainText(path, text));

    [Fact]
    public void The_company_is_the_organisation_the_article_is_about_not_the_one_named_last()
    {
        const string text = "Harlow Foods named Ada Brooks as its chief executive on Monday. " +
            "She joins from Tesco, where she ran the online business. " +
            "Brooks replaces Tom Vale, who left the company in May.";

        var lines = Explain(text, "a.en.txt");

        Assert.Equal("Brooks replaces [P:Tom Vale], who left [O:the company=Harlow Foods] in May.", lines[2]);
        Assert.Equal("Brooks replaces [P:Tom Vale], who left [O:the company=Tesco] in May.", Explain(text, "a.en.txt", articleFocus: false)[2]);
    }

    [Fact]
    public void A_description_goes_to_the_organisation_the_article_called_by_its_noun()
    {
        const string text = "Norvale Pharma was founded in 2009 by a chemist. " +
            "Separately, the Ohio packaging group Verral Holdings said on Monday that it had bought a stake in Norvale. " +
            "The group also makes glass bottles for brewers.";

        var lines = Explain(text, "b.en.txt");

        Assert.Equal("[O:The group=Verral Holdings] also makes glass bottles for brewers.", lines[2]);
    }

    [Fact]
    public void The_venture_in_a_later_sentence_is_the_one_the_article_named_a_venture_and_is_no_reference_in_training()
    {
        const string text = "Orsa Power and Kelby Grid will build a solar farm through a joint venture named Sunmere Energy. " +
            "The venture will be run by Ida Holm.";

        Assert.Equal("[O:The venture=Sunmere Energy] will be run by [P:Ida Holm].", Explain(text, "h.en.txt")[1]);
        Assert.Equal("The venture will be run by [P:Ida Holm].", Explain(text, "h.en.txt", articleFocus: false)[1]);
    }

    [Fact]
    public void She_is_not_the_man_the_article_named_as_her_father()
    {
        // Leo Ross opens the sentence and stands after no preposition: only his being her father keeps "She" from him.
        const string text = "Her father, Leo Ross, handed Kestan Foods to Mia Ross in 2019. She studied law at Yale University.";

        var lines = Explain(text, "c.en.txt");

        Assert.Equal("[P:She=Mia Ross] studied law at [O:Yale University].", lines[1]);
    }

    [Fact]
    public void A_name_cut_by_a_long_sentences_break_does_not_stop_the_reading_of_a_description()
    {
        // The 600-character break falls inside the second "Verral Tanner", so that name runs past its sentence's end.
        var text = "The Ohio packaging group Verral Tanner rose. " + string.Concat(Enumerable.Repeat("It went on and on ", 24)) +
            new string('1', 157) + " Verral Tanner ends. The group said profits rose.";

        var lines = Explain(text, "i.en.txt");

        Assert.Equal("[O:The group=Verral Tanner] said profits rose.", lines[^1]);
    }

    [Fact]
    public void He_or_she_continues_the_first_person_of_the_last_sentence_who_is_not_after_a_preposition()
    {
        const string text = "Dunmore Mills was founded in 1971 by Ian Pell, whose daughter Ana Pell now sits on its board. She backs the sale.";

        var lines = Explain(text, "d.en.txt");

        Assert.Equal("[P:She=Ana Pell] backs the sale.", lines[1]);
    }

    [Fact]
    public void 她_is_not_the_man_named_as_her_father_in_Chinese_either()
    {
        var lines = Explain("周婷的父亲周建国创办了华岳食品。她毕业于四川大学。", "g.zh.txt");

        Assert.Equal("[P:她=周婷]毕业于[O:四川大学]。", lines[1]);
        Assert.Equal("[P:她=周建国]毕业于[O:四川大学]。", Explain("周婷的父亲周建国创办了华岳食品。她毕业于四川大学。", "g.zh.txt", articleFocus: false)[1]);
    }

    [Fact]
    public void 该行_in_a_sentence_naming_no_organisation_is_the_bank_the_article_opened_with()
    {
        const string text = "总部位于杭州的锦岳银行周一公告称，安平资本将向其增资十亿元。增资完成后，该行将更换行长。";

        var lines = Explain(text, "e.zh.txt");

        Assert.Equal("增资完成后，[O:该行=锦岳银行]将更换行长。", lines[1]);
    }

    [Fact]
    public void Inside_a_sentence_that_names_an_organisation_first_its_is_the_one_named_last_as_before()
    {
        const string text = "Apex Motors hired Bo Lind from Zenith Autos, its largest rival.";

        Assert.Equal(Explain(text, "f.en.txt", articleFocus: false), Explain(text, "f.en.txt"));
        Assert.Equal("[O:Apex Motors] hired Bo Lind from [O:Zenith Autos], [O:its=Zenith Autos] largest rival.", Explain(text, "f.en.txt")[0]);
    }
}
