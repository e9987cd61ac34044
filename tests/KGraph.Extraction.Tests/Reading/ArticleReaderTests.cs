using System.Text;
using KGraph.Extraction.Reading;
using KGraph.Model;
using KGraph.Tests;

namespace KGraph.Extraction.Tests.Reading;

public class ArticleReaderTests
{
    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Some.TempDirectory(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Front_matter_gives_title_URL_date_and_language_and_the_body_starts_after_it()
    {
        var path = Write("a.zh.txt",
            Encoding.UTF8.GetBytes("---\r\ntitle: 标题\r\nurl: https://example.org/a\r\npublished: 2024-03-18\r\nlang: zh\r\n---\r\n正文第一句。\r\n"));

        var article = ArticleReader.Read(path);

        Assert.Equal("标题", article.Title);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(new PartialDate(2024, 3, 18), article.Published);
        Assert.Equal("zh", article.Lang);
        Assert.Equal("正文第一句。\n", article.Text);
    }

    [Fact]
    public void UTF16_and_GB18030_are_decoded_like_UTF8()
    {
        const string text = "微软和谷歌・测试";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf16 = Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var gbk = Write("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(text));
        var utf8Bom = Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal("微软和谷歌·测试", ArticleReader.Read(utf16).Text);
        Assert.Equal("微软和谷歌·测试", ArticleReader.Read(gbk).Text);
        Assert.Equal("微软和谷歌·测试", ArticleReader.Read(utf8Bom).Text);
    }

    [Fact]
    public void Binary_file_is_refused_with_the_offset_of_the_nul_byte()
    {
        var path = Write("bin.txt", [0x41, 0x42, 0x00, 0x43]);

        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(path));
        Assert.Equal("binary content (NUL byte at offset 2); expected text", error.Reason);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(Write("empty.txt", [])));
        Assert.Equal("file is empty", error.Reason);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_GB18030_are_refused()
    {
        var path = Write("bad.txt", [0x61, 0xFF, 0xFF, 0xFF]);

        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(path));
        Assert.Equal("invalid UTF-8 (byte offset 1) and not valid GB18030 either", error.Reason);
    }

    [Fact]
    public void Oversized_file_is_refused_before_reading()
    {
        var path = Path.Combine(Some.TempDirectory(), "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(ArticleReader.MaxFileBytes + 1);

        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(path));
        Assert.Equal("file is 8 MiB, over the article limit of 8 MiB", error.Reason);
    }

    [Fact]
    public void Html_keeps_the_article_text_and_drops_navigation()
    {
        var paragraph = string.Concat(Enumerable.Repeat("周海洋的公司在上海发布了新产品，这是一段足够长的正文，用来让阅读器认出正文。", 4));
        var html = "<html><head><meta charset=\"utf-8\"><title>新闻标题</title></head><body>" +
            "<nav><a href=\"/\">首页</a><a href=\"/x\">导航链接</a></nav>" +
            $"<article><h1>新闻标题</h1><p>{paragraph}</p><p>{paragraph}</p></article><footer>版权所有 广告</footer></body></html>";
        var path = Write("page.html", Encoding.UTF8.GetBytes(html));

        var article = ArticleReader.Read(path);

        Assert.Equal("新闻标题", article.Title);
        Assert.Contains(paragraph, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("导航链接", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_nested_five_thousand_divs_deep_is_read_as_plain_text_in_one_pass_with_a_warning()
    {
        var html = "<html><head><title>深层 &amp; 标题</title><style>p{}</style></head><body>" + string.Concat(Enumerable.Repeat("<div>", 5000))
            + "<p>周海洋正式起诉了Brightloop。</p><script>var a = 1;</script><p>双方&lt;和解&gt;无望。<br/></p>" + string.Concat(Enumerable.Repeat("</div>",
                5000)) + "</body></html>";
        var path = Write("deep.html", Encoding.UTF8.GetBytes(html));

        // Before, SmartReader took 47 s at 1,500 levels and never finished at 5,000.
        var article = await Task.Run(() => ArticleReader.Read(path)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(("深层 & 标题", "周海洋正式起诉了Brightloop。\n双方<和解>无望。"), (article.Title, article.Text));
        var warning = Assert.Single(article.Warnings);
        Assert.Equal($"{path}:1:1: warning: HTML nested more than 128 elements deep: read as plain text, navigation and boilerplate included",
            warning.ToString());
    }

    [Theory]
    [InlineData("<p>a</p><p>b</p>", 1)]
    [InlineData("<div><div><br><img src=x><hr/><p>a</p></div></div>", 3)]
    [InlineData("<!DOCTYPE html><html><body><div/><div></div></body></html>", 3)]
    [InlineData("</div></div><div>a</div>", 1)]
    public void Nesting_depth_counts_open_elements_but_not_void_or_self_closed_ones(string html, int depth) =>
        Assert.Equal(depth, HtmlMainText.NestingDepth(html));

    [Fact]
    public void Html_without_body_text_is_refused()
    {
        var path = Write("empty.html", Encoding.UTF8.GetBytes("<html><head><title>x</title></head><body></body></html>"));

        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(path));
        Assert.Equal("HTML page has no readable body text", error.Reason);
    }

    [Fact]
    public void Text_source_gives_the_validator_the_same_text_the_extractor_saw()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Write("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes("周海洋起诉了艾克美。"));

        Assert.Equal("周海洋起诉了艾克美。", new ArticleTextSource().TryRead(path, out var problem));
        Assert.Null(problem);
        Assert.Null(new ArticleTextSource().TryRead(path + ".missing", out problem));
        Assert.Equal("file not found", problem);
    }

    [Fact]
    public async Task A_fifo_article_is_refused_without_waiting_for_a_writer()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(Some.TempDirectory(), "pipe.zh.txt"));

        var error = await SpecialFiles.WithinSeconds(20, () => Record.Exception(() => ArticleReader.Read(fifo)), fifo);

        Assert.Equal("not a regular file but a named pipe (FIFO); only regular files are read", Assert.IsType<ArticleReadException>(error).Reason);
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string[] Warnings(ArticleText article) => [.. article.Warnings.Select(w => w.ToString())];

    [Fact]
    public void Big_5_article_is_decoded_as_big_5_without_a_warning()
    {
        // Traditional Chinese, as a Taiwanese or Hong Kong site saves it; GB18030 used to turn it into 隔环琌….
        const string text = "方宇恆創辦的晨光電子今天宣布，公司將在高雄設立新的研究中心。\n董事長方宇恆表示，這筆投資預計明年完成，並會聘請兩百名工程師。\n";
        var path = Write("big5.zh.txt", CodePage(950).GetBytes(text));

        var article = ArticleReader.Read(path);

        Assert.Equal(text, article.Text);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Mixed_UTF8_and_GB18030_lines_are_each_read_in_their_own_encoding_with_a_warning_at_the_first_GB_line()
    {
        var path = Write("mixed.zh.txt",
        [
            .. "---\ntitle: 星河科技\n---\n周海洋正式起诉了Brightloop。\n"u8,
            .. CodePage(54936).GetBytes("路明远创立了星河科技。\n"),
            .. "Brightloop随后回应。\n"u8,
        ]);

        var article = ArticleReader.Read(path);

        Assert.Equal("周海洋正式起诉了Brightloop。\n路明远创立了星河科技。\nBrightloop随后回应。\n", article.Text);
        Assert.Equal("星河科技", article.Title);
        Assert.Equal(
            [$"{path}:5:1: warning: mixed encodings: 3 lines are UTF-8 and 1 line is not (the first is here); " +
                "read those as gb18030: check the names in them, or save the article as UTF-8"],
            Warnings(article));
    }

    [Fact]
    public void Bytes_too_few_to_tell_are_read_as_GB18030_with_a_warning()
    {
        // Three Big5 characters: the detector has nothing to go on, and GB18030 reads them as other characters.
        var path = Write("tiny.zh.txt", CodePage(950).GetBytes("路明遠"));

        var article = ArticleReader.Read(path);

        Assert.Equal(CodePage(54936).GetString(CodePage(950).GetBytes("路明遠")), article.Text);
        Assert.Equal(
            [$"{path}:1:1: warning: could not tell the encoding (not UTF-8, too little to go on); " +
                "read as gb18030: check the text, or save the article as UTF-8"],
            Warnings(article));
    }

    [Fact]
    public void Valid_UTF8_stays_UTF8_and_GB18030_stays_GB18030_without_a_warning()
    {
        const string text = "周海洋起诉了艾克美，索赔三百万元。";
        var utf8 = ArticleReader.Read(Write("utf8.zh.txt", Encoding.UTF8.GetBytes(text)));
        var gb = ArticleReader.Read(Write("gb.zh.txt", CodePage(54936).GetBytes(text)));

        Assert.Equal((text, text), (utf8.Text, gb.Text));
        Assert.Empty(utf8.Warnings);
        Assert.Empty(gb.Warnings);
    }

    [Fact]
    public void An_English_Windows_code_page_article_is_read_with_a_warning_naming_the_guess()
    {
        const string text = "He said “hello” to the café owner — twice.";
        var path = Write("cp1252.en.txt", CodePage(1252).GetBytes(text));

        var article = ArticleReader.Read(path);

        Assert.Equal(text, article.Text);
        Assert.Equal(
            [$"{path}:1:1: warning: could not tell the encoding for sure (not UTF-8; likeliest windows-1250, confidence 0.80); " +
                "read as windows-1250: check the text, or save the article as UTF-8"],
            Warnings(article));
    }

    [Theory]
    [InlineData("lang: ../../etc", "line 3: 'lang' must be zh or en, not '../../etc'")]
    [InlineData("lang: zh-Hant", "line 3: 'lang' must be zh or en, not 'zh-Hant'")]
    [InlineData("url: ../../etc/passwd", "line 3: 'url' must be an absolute URL such as https://example.com/news/1, not '../../etc/passwd'")]
    [InlineData("published: 2024-13-01", "line 3: 'published' is not a valid date: '2024-13-01' (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("date: yesterday", "line 3: 'date' is not a valid date: 'yesterday' (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    public void Front_matter_that_validate_would_refuse_is_refused_when_reading_with_its_line(string field, string reason)
    {
        var path = Write("a.zh.txt", Encoding.UTF8.GetBytes($"---\ntitle: 标题\n{field}\n---\n周海洋起诉了艾克美。\n"));

        var error = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(path));

        Assert.Equal(reason, error.Reason);
        Assert.Equal($"{path}: {reason}", error.Message);
    }
}
