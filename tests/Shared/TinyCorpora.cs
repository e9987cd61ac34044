namespace KGraph.Tests;

/// <summary>
/// A few sentences of our own in the layout and formats of shared/train (CLUENER, DuIE, CoNLL04): enough for
/// <c>ModelTrainer</c> to train all four models in a second or two.
/// </summary>
internal static class TinyCorpora
{
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cluener.train.jsonl"), string.Join('\n',
            """{"text": "青禾科技董事长周明远表示，公司将在苏州建厂。", "label": {"company": {"青禾科技": [[0, 3]]}, "name": {"周明远": [[7, 9]]}, "position": {"董事长": """ +
            """[[4, 6]]}, "address": {"苏州": [[17, 18]]}}}""",
            """{"text": "蓝湾银行行长林晓梅出席了发布会。", "label": {"company": {"蓝湾银行": [[0, 3]]}, "name": {"林晓梅": [[6, 8]]}, "position": {"行长": [[4, 5]]}}}""",
            """{"text": "宋启航加入了北辰动力，担任首席技术官。", "label": {"name": {"宋启航": [[0, 2]]}, "company": {"北辰动力": [[6, 9]]}, "position": {"首席技术官": """ +
            """[[13, 17]]}}}""") + "\n");
        File.WriteAllText(Path.Combine(folder, "duie2.train.jsonl"), string.Join('\n',
            """{"text": "青禾科技由周明远于2012年在苏州创立", "spo_list": [{"predicate": "创始人", "object_type": {"@value": "人物"}, "subject_type": "企业", "object": """ +
            """{"@value": "周明远"}, "subject": "青禾科技"}]}""",
            """{"text": "蓝湾银行董事长林晓梅毕业于南岭大学", "spo_list": [{"predicate": "董事长", "object_type": {"@value": "人物"}, "subject_type": "企业", "object": """ +
            """{"@value": "林晓梅"}, "subject": "蓝湾银行"}, {"predicate": "毕业院校", "object_type": {"@value": "学校"}, "subject_type": "人物", "object": """ +
            """{"@value": "南岭大学"}, "subject": "林晓梅"}]}""") + "\n");
        File.WriteAllText(Path.Combine(folder, "conll04.train.json"), """
            [{"tokens": ["Ada", "Lindqvist", ",", "president", "of", "Norda", "Bank", ",", "spoke", "in", "Oslo", "."],
              "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 5, "end": 7}, {"type": "Loc", "start": 10, "end": 11}],
              "relations": [{"type": "Work_For", "head": 0, "tail": 1}]},
             {"tokens": ["Keller", "Foods", ",", "based", "in", "Lyon", ",", "hired", "Tom", "Reyes", "."],
              "entities": [{"type": "Org", "start": 0, "end": 2}, {"type": "Loc", "start": 5, "end": 6}, {"type": "Peop", "start": 8, "end": 10}],
              "relations": [{"type": "OrgBased_In", "head": 0, "tail": 1}, {"type": "Work_For", "head": 2, "tail": 0}]}]
            """);
        return folder;
    }
}
