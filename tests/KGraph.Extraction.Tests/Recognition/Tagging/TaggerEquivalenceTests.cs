using System.Text;
using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Tests.Recognition.Tagging;

/// <summary>Our tagger cuts and tags exactly as jieba.NET's PosSegmenter does, with and without the HMM.</summary>
public class TaggerEquivalenceTests(JiebaReference reference) : IClassFixture<JiebaReference>
{
    /// <summary>Invented sentences: unknown names (HMM), user words, traditional script, Latin, digits, odd punctuation and symbols.</summary>
    public static readonly string[] Sentences =
    [
        "马斯克起诉了OpenAI及其首席执行官山姆·奥特曼，称其违背了非营利的初衷。",
        "财务总监邝振宇表示，新工厂将于明年投产，预计年产值达到4400万美元。",
        "據報道，張一鳴創辦的字節跳動在香港設立了新的研究院，微軟和谷歌也有類似計劃。",
        "xAI于2024年3月17日开源了拥有3140亿参数的Grok-1模型，采用Apache 2.0许可。",
        "Valor Equity Partners领投了这轮融资，GPT-3.5和C++、C#、AT&T都被提及。",
        "球队昨天签下了埃德·蒙塔尔班，主教练戴维斯说：“他是我们最需要的人。”",
        "李小龙、王小明和欧阳娜娜出席了活动；鲍勃•迪伦没有到场。",
        "增长了12.5%，达到3.14亿元（约合0.43亿美元）——创下历史新高！！",
        "深度求索发布了DeepSeek-V3，参数量为6710亿，训练成本约557.6万美元。",
        "他说\r\n我们明天见。\t然后　走了",
        "北京时间今天上午，特斯拉CEO在X平台上宣布：Model 3降价5%。",
        "㐀㐁豈鿖鿗😀👩‍💻 emoji 与罕见字混在一起。",
        "a1b2 3.5.6 _under_score_ #tag +plus- 100%纯",
        "在中关村软件园二期，百度、阿里巴巴、腾讯三家公司的工程师们讨论了大模型的未来发展方向。",
        "安东尼奥·格雷西亚斯于2007年创立了Valor，并担任首席执行官至今。",
        "黄仁勋在GTC大会上发布了新一代GPU，英伟达股价随即上涨。",
        "",
        "。",
        "的的的的了了了",
        "张三李四王五赵六孙七周八吴九郑十",
        // Characters char_state_tab does not list (every state allowed), some with emissions (丟), some without (龘).
        "他叫王龘靐，住在丟丠両村，犇骉淼焱垚昍乂乜丏丣都来了。",
    ];

    public static TheoryData<int> SentenceIndexes => [.. Enumerable.Range(0, Sentences.Length)];

    [Theory]
    [MemberData(nameof(SentenceIndexes))]
    public void Invented_sentences_cut_alike_with_and_without_the_HMM(int index)
    {
        Assert.Equal(reference.Cut(Sentences[index], hmm: true), Ours(Sentences[index], hmm: true));
        Assert.Equal(reference.Cut(Sentences[index], hmm: false), Ours(Sentences[index], hmm: false));
    }

    [Fact]
    public void Every_sample_and_Chinese_gold_article_cuts_alike_token_by_token_and_tag_by_tag_with_and_without_the_HMM()
    {
        var articles = Directory.GetFiles(RepositoryFiles.PathOf("graph-data", "articles"))
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("graph-data", "gold", "articles"), "*.zh.*")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(11, articles.Count(a => Path.GetFileName(a).Contains(".zh.", StringComparison.Ordinal)));
        foreach (var article in articles)
        {
            var text = File.ReadAllText(article);
            foreach (var hmm in new[] { true, false })
            {
                var (expected, actual) = (reference.Cut(text, hmm), Ours(text, hmm));
                var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
                if (first >= 0 || expected.Length != actual.Length)
                    Assert.Fail($"{Path.GetFileName(article)} (HMM {hmm}): token {first}: jieba.NET {expected.ElementAtOrDefault(first)}, " +
                        $"ours {actual.ElementAtOrDefault(first)}; {expected.Length} vs {actual.Length} tokens");
            }
        }
    }

    [Fact]
    public void Two_thousand_random_mixtures_of_Han_Latin_digits_and_symbols_cut_alike()
    {
        // Common and rare Han characters, name characters, traditional forms, Latin, digits, jieba's joining symbols, spaces, punctuation.
        const string pool = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分" +
            "爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐欧阳司马奥特曼克尔森伊萨姆拉德蒙塔班格雷西亚斯張鳴創辦報導據設計劃華為資訊網絡公司集团银行实验室基金龘靐齉丟丠両" +
            "abcxyzABCXYZ0123456789.+#&_%·-  ，。、！？“”（）：；\r\n\t";
        var random = new Random(20261129);
        for (var n = 0; n < 2000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 80);
            for (var i = 0; i < length; i++) text.Append(pool[random.Next(pool.Length)]);
            var s = text.ToString();
            if (!reference.Cut(s, true).SequenceEqual(Ours(s, true)) || !reference.Cut(s, false).SequenceEqual(Ours(s, false)))
                Assert.Fail($"differs on \"{s}\": jieba.NET {string.Join(' ', reference.Cut(s, true))} / ours {string.Join(' ', Ours(s, true))}");
        }
    }

    [Fact]
    public void Tag_re_runs_the_HMM_only_where_Jieba_tagger_did_and_gives_the_same_tokens_and_offsets()
    {
        IReadOnlySet<char> plain = new HashSet<char>("的了和在是与及也都");
        foreach (var sentence in Sentences)
        {
            var ours = reference.Ours.Tag(sentence, 0, hmm: true, plain).Select(t => $"{t.Start}:{t.Word}/{t.Tag}");
            Assert.Equal(reference.Tag(sentence, plain), ours);
        }
    }

    [Fact]
    public void Frequencies_are_Jiebas_including_user_words_and_zero_for_unknown_words()
    {
        string[] words = ["北京", "我们", "马斯克", "山姆·奥特曼", "微軟", "不存在的词语", "的", "x", "中关", "OpenAI"];
        Assert.Equal(words.Select(JiebaReference.Frequency), words.Select(reference.Ours.FrequencyOf));
        Assert.Equal(0, reference.Ours.FrequencyOf("不存在的词语"));
        Assert.True(reference.Ours.FrequencyOf("北京") > 0);
    }

    private string[] Ours(string text, bool hmm) => [.. reference.Ours.Cut(text, hmm).Select(t => $"{t.Word}/{t.Tag}")];
}
