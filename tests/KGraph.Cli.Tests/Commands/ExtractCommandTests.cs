namespace KGraph.Cli.Tests.Commands;

public class ExtractCommandTests
{
    [Fact]
    public void Extract_writes_one_YAML_file_per_article_named_after_it()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/2024-03-06-test.zh.txt", "---\ntitle: 测试\nlang: zh\n---\n周海洋正式起诉了Brightloop。\n");

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"]);

        Assert.Equal(0, exit);
        Assert.Equal("extracted 1 articles: 2 entities, 1 relationships\n", err);
        var yaml = File.ReadAllText(temp["out/2024-03-06-test.zh.yaml"]);
        Assert.Contains("rule: zh.sued.verb", yaml, StringComparison.Ordinal);
        Assert.Contains("status: extracted", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_temporary_left_in_the_output_folder_by_a_killed_run_is_cleared_by_the_next()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.zh.txt", "周海洋正式起诉了Brightloop。\n");
        var stale = temp.Write("out/.a.zh.yaml.999999999.0123456789abcdef0123456789abcdef.tmp", "kgraph: 1\nentit");

        var (exit, _, _) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"]);

        Assert.Equal(0, exit);
        Assert.Equal([temp["out/a.zh.yaml"]], Directory.GetFiles(temp["out"]));
    }

    [Fact]
    public void Bidi_controls_in_an_article_never_reach_the_extracted_file_which_validates()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.zh.txt", "周海洋\u202E正式起诉了\u2066Brightloop\u2069。\n");

        Assert.Equal(0, Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"]).Exit);

        var yaml = File.ReadAllText(temp["out/a.zh.yaml"]);
        Assert.Contains("quote: 周海洋正式起诉了Brightloop", yaml, StringComparison.Ordinal);
        Assert.Equal(-1, yaml.IndexOfAny(['\u202E', '\u2066', '\u2069']));
        Assert.Equal(0, Cli.Run("validate", temp["out"]).Exit);
    }

    [Fact]
    public void Unreadable_article_is_named_with_its_reason_and_the_others_are_still_written()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.zh.txt", "周海洋正式起诉了Brightloop。");
        File.WriteAllBytes(temp["in/bad.txt"], [0x41, 0x00]);

        var (exit, _, err) = Cli.Run("extract", temp["in"], "--out", temp["out"], "--data", temp["no-data"]);

        Assert.Equal(1, exit);
        Assert.Equal($"{temp["in/bad.txt"]}: binary content (NUL byte at offset 1); " +
            $"expected text\nextracted 1 articles: 2 entities, 1 relationships; 1 failed\n", err);
        Assert.True(File.Exists(temp["out/good.zh.yaml"]));
    }

    [Fact]
    public async Task A_fifo_and_dev_zero_are_refused_by_name_and_exit_one_without_waiting_or_reading()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.zh.txt", "周海洋正式起诉了Brightloop。");
        var fifo = SpecialFiles.Fifo(temp["in/pipe.zh.txt"]);

        var (exit, _, err) = await SpecialFiles.WithinSeconds(60,
            () => Cli.Run("extract", temp["in"], SpecialFiles.DevZero, "--out", temp["out"], "--data", temp["no-data"]), fifo);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{fifo}: not a regular file but a named pipe (FIFO); only regular files are read\n" +
            "/dev/zero: not a regular file but a character device; only regular files are read\n" +
            "extracted 1 articles: 2 entities, 1 relationships; 2 failed\n", err);
        Assert.Equal([temp["out/good.zh.yaml"]], Directory.GetFiles(temp["out"]));
    }

    [Fact]
    public void Explain_names_an_unreadable_article_and_exits_one_instead_of_crashing()
    {
        Assert.Equal((1, "", "/dev/zero: not a regular file but a character device; only regular files are read\n"),
            Cli.Run("extract", SpecialFiles.DevZero, "--explain"));
    }

    [Fact]
    public void A_mixed_encoding_article_is_extracted_with_a_warning_on_stderr_and_in_the_json_diagnostics()
    {
        using var temp = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var article = temp.WriteBytes("in/mixed.zh.txt",
            [.. "周海洋正式起诉了Brightloop。\n"u8, .. System.Text.Encoding.GetEncoding("GB18030").GetBytes("路明远创立了星河科技。\n")]);
        const string warning = "mixed encodings: 1 line is UTF-8 and 1 line is not (the first is here); read those as gb18030: check the names in them, " +
            "or save the article as UTF-8";

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"]);
        var (jsonExit, json, _) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"], "--json");

        Assert.Equal(0, exit);
        Assert.StartsWith($"{article}:2:1: warning: {warning}\nextracted 1 articles: ", err, StringComparison.Ordinal);
        Assert.Contains("name: 路明远", File.ReadAllText(temp["out/mixed.zh.yaml"]), StringComparison.Ordinal);
        Assert.Equal(0, jsonExit);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((article, 2, "warning", warning),
            (diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("severity").GetString(),
                diagnostic.GetProperty("message").GetString()));
    }

    [Fact]
    public void Front_matter_lang_that_validate_refuses_is_refused_by_extract_with_its_line_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.zh.txt", "---\ntitle: 测试\nlang: ../../etc\n---\n周海洋正式起诉了Brightloop。\n");

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"]);

        Assert.Equal((1, $"{article}: line 3: 'lang' must be zh or en, " +
            $"not '../../etc'\nextracted 0 articles: 0 entities, 0 relationships; 1 failed\n"), (exit, err));
        Assert.False(File.Exists(temp["out/a.zh.yaml"]));
    }

    [Fact]
    public async Task Links_back_up_an_article_folder_are_followed_once_so_each_article_is_extracted_once()
    {
        using var temp = new TempFolder();
        temp.Write("in/x/one.zh.txt", "周海洋正式起诉了Brightloop。");
        temp.Write("in/y/two.zh.txt", "周海洋正式起诉了Brightloop。");
        Directory.CreateSymbolicLink(temp["in/x/up"], "..");
        Directory.CreateSymbolicLink(temp["in/y/up"], "..");

        var run = Task.Run(() => Cli.Run("extract", temp["in"], "--out", temp["out"], "--data", temp["no-data"]));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((0, "extracted 2 articles: 4 entities, 2 relationships\n"), (result.Exit, result.Err));
        Assert.Equal([temp["out/one.zh.yaml"], temp["out/two.zh.yaml"]], Directory.GetFiles(temp["out"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Eval_prints_precision_recall_and_F1_per_type()
    {
        using var temp = new TempFolder();
        // One JSON object per line, each written in two pieces to keep the lines short.
        var gold = temp.Write("gold.jsonl",
            """{"text": "周海洋是Brightloop的创始人。", "spo_list": """ +
            """[{"predicate": "创始人", "subject": "Brightloop", "object": {"@value": "周海洋"}, "subject_type": "企业", "object_type": {"@value": "人物"}}]}""" + "\n" +
            """{"text": "Zentra董事长吴明出席了会议。", "spo_list": """ +
            """[{"predicate": "董事长", "subject": "Zentra", "object": {"@value": "吴明"}, "subject_type": "企业", "object_type": {"@value": "人物"}}]}""");

        var (exit, output, _) = Cli.Run("eval", "--gold", gold, "--format", "duie");

        Assert.Equal(0, exit);
        Assert.Contains("FOUNDED               1.000  1.000  1.000     1     0     0\n", output, StringComparison.Ordinal);
        Assert.Contains("LEADS                 1.000  1.000  1.000     1     0     0\n", output, StringComparison.Ordinal);
        Assert.Contains("overall (micro)       1.000  1.000  1.000     2     0     0\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_compares_two_extractors_on_the_same_texts_with_a_bootstrap_interval()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("gold.jsonl",
            """{"text": "周海洋是Brightloop的创始人。", "spo_list": """ +
            """[{"predicate": "创始人", "subject": "Brightloop", "object": {"@value": "周海洋"}, "subject_type": "企业", "object_type": {"@value": "人物"}}]}""" + "\n" +
            """{"text": "Zentra董事长吴明出席了会议。", "spo_list": """ +
            """[{"predicate": "董事长", "subject": "Zentra", "object": {"@value": "吴明"}, "subject_type": "企业", "object_type": {"@value": "人物"}}]}""");

        var (exit, output, _) = Cli.Run("eval", "--gold", gold, "--format", "duie", "--rules-only", "--compare-models", "rules");

        Assert.Equal(0, exit);
        Assert.Contains("overall (micro)       1.000  1.000  1.000     2     0     0\n" +
            "against the compared models: F1 1.000 → 1.000 (0.000), 95% interval 0.000 … 0.000, higher in 0.0% of 1,000 resamples " +
            "of the 2 texts (paired bootstrap)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_compares_the_shipped_models_with_the_rules_alone_and_says_how_sure_the_gain_is()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("gold.jsonl",
            """{"text": "Pelican Aero, the Vancouver-based seaplane maker, hired Lena Moss as its chief executive.", "entities": [""" +
            """{"name": "Pelican Aero", "type": "Organization"}, {"name": "Vancouver", "type": "Place"}, {"name": "Lena Moss", "type": "Person"}], """ +
            """ "relations": [{"from": "Pelican Aero", "type": "HEADQUARTERED_IN", "to": "Vancouver"}, """ +
            """{"from": "Lena Moss", "type": "LEADS", "to": "Pelican Aero"}]}""" + "\n" +
            """{"text": "Kestan Foods sued Norda Bank in Oslo.", "entities": [{"name": "Kestan Foods", "type": "Organization"}, """ +
            """{"name": "Norda Bank", "type": "Organization"}, {"name": "Oslo", "type": "Place"}], """ +
            """ "relations": [{"from": "Kestan Foods", "type": "SUED", "to": "Norda Bank"}]}""" + "\n");

        var (exit, output, _) = Cli.Run("eval", "--gold", gold, "--format", "sentences", "--compare-models", "rules");

        Assert.Equal(0, exit);
        // The rules alone score 0.400 (1 of 3 facts, 1 wrong); the models beside them 0.667. Two texts cannot make that sure.
        Assert.EndsWith("overall (micro)       0.667  0.667  0.667     2     1     1\n" +
            "against the compared models: F1 0.400 → 0.667 (+0.267), 95% interval 0.000 … +0.667, higher in 74.5% of 1,000 resamples " +
            "of the 2 texts (paired bootstrap)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_refuses_to_compare_with_a_models_folder_that_does_not_exist()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("gold.jsonl", """{"text": "甲公司成立于2001年", "spo_list": []}""" + "\n");

        var (exit, output, err) = Cli.Run("eval", "--gold", gold, "--format", "duie", "--compare-models", temp["nowhere"]);

        Assert.Equal((2, ""), (exit, output));
        Assert.StartsWith($"kgraph: --compare-models: folder '{temp["nowhere"]}' does not exist (or name 'shipped' or 'rules')\n", err,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_reports_how_many_headline_facts_of_our_gold_were_found()
    {
        using var temp = new TempFolder();
        var article = temp.Write("gold/articles/a.zh.txt", "周海洋正式起诉了Brightloop。吴明加入了Zentra。\n");
        temp.Write("gold/a.gold.yaml", $$"""
            kgraph-gold: 1
            article: {{article}}
            entities:
              - {id: zhou, type: Person, mentions: [周海洋], curated: false}
              - {id: brightloop, type: Organization, mentions: [Brightloop], curated: false}
              - {id: wu, type: Person, mentions: [吴明], curated: false}
              - {id: zentra, type: Organization, mentions: [Zentra], curated: false}
            relationships:
              - {from: zhou, type: SUED, to: brightloop, headline: true, quotes: [周海洋正式起诉了Brightloop]}
              - {from: wu, type: FOUNDED, to: zentra, headline: true, quotes: [吴明加入了Zentra]}
            """);

        var (exit, output, _) = Cli.Run("eval", "--gold", temp["gold"], "--rules-only", "--data", temp["no-data"]);

        Assert.Equal(0, exit);
        Assert.Contains("headline facts found: 1 of 2 (0.500)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_or_incomplete_gold_line_is_reported_with_its_line_number()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.jsonl", "{\"text\": \"甲公司成立于2001年\", \"spo_list\": []}\n\n{\"text\": \"乙\"\n");
        var incomplete = folder.Write("incomplete.jsonl", "{\"text\": \"甲公司成立于2001年\"}\n");

        var (exit, _, stderr) = Cli.Run("eval", "--gold", broken, "--format", "duie");
        Assert.Equal(3, exit);
        Assert.StartsWith($"{broken}: line 3: ", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = Cli.Run("eval", "--gold", incomplete, "--format", "duie");
        Assert.Equal((3, $"{incomplete}: line 1: missing field \"spo_list\"\n"), (exit, stderr));
    }

    [Fact]
    public void A_record_of_a_json_array_gold_file_missing_a_field_is_reported_by_its_position()
    {
        using var folder = new TempFolder();
        var conll = folder.Write("conll.json", "[{\"tokens\": [\"A\"], \"entities\": [], \"relations\": []}, {\"tokens\": [\"B\"]}]");
        var notAnArray = folder.Write("object.json", "{\"tokens\": []}");

        var (exit, _, stderr) = Cli.Run("eval", "--gold", conll, "--format", "conll04");
        Assert.Equal((3, $"{conll}: record 2: missing field \"entities\"\n"), (exit, stderr));

        (exit, _, stderr) = Cli.Run("eval", "--gold", notAnArray, "--format", "conll04");
        Assert.Equal((3, $"{notAnArray}: expected a JSON array of records\n"), (exit, stderr));
    }

    [Fact]
    public void Redocred_documents_are_scored_by_mention_clusters_and_guessed_from_their_vertex_sets()
    {
        using var folder = new TempFolder();
        // Our own two-sentence document: the founder is named twice (full name, surname); one founder and one seat are labelled.
        var gold = folder.Write("redocred.json",
            """
            [{"title": "Quillon", "vertexSet": [
                [{"name": "Quillon", "type": "ORG", "sent_id": 0, "pos": [0, 1]}],
                [{"name": "Hana Ruiz", "type": "PER", "sent_id": 0, "pos": [4, 6]}, {"name": "Ruiz", "type": "PER", "sent_id": 1, "pos": [0, 1]}],
                [{"name": "Oslo", "type": "LOC", "sent_id": 0, "pos": [8, 9]}],
                [{"name": "Vantel", "type": "ORG", "sent_id": 1, "pos": [3, 4]}]],
              "labels": [{"r": "P112", "h": 0, "t": 1, "evidence": [0]}, {"r": "P159", "h": 0, "t": 2, "evidence": [0]},
                {"r": "P127", "h": 3, "t": 1, "evidence": [1]}, {"r": "P17", "h": 2, "t": 2, "evidence": [0]}],
              "sents": [["Quillon", "was", "founded", "by", "Hana", "Ruiz", "in", "the", "Oslo", "area", "."], ["Ruiz", "later", "bought", "Vantel", "."]]}]
            """);

        // The hand rules alone: what is tested is how a Re-DocRED document is scored, on a fact they are known to read.
        var (exit, output, _) = Cli.Run("eval", "--gold", gold, "--rules-only");

        Assert.Equal(0, exit);
        Assert.StartsWith("redocred.json (Redocred, 1 texts)\n", output, StringComparison.Ordinal);
        Assert.Contains("P112 founded by       1.000  1.000  1.000     1     0     0\n", output, StringComparison.Ordinal);
        Assert.Contains("P127 owned by         0.000  0.000  0.000     0     0     1\n", output, StringComparison.Ordinal);
        Assert.Contains("P159 headquarters     0.000  0.000  0.000     0     0     1\n", output, StringComparison.Ordinal);
        Assert.Contains("overall (micro)       1.000  0.333  0.500     1     0     2\n", output, StringComparison.Ordinal);
    }
}
