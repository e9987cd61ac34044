using KGraph.Extraction.Evaluation;

namespace KGraph.Extraction.Tests.Evaluation;

public class DuieGoldTests
{
    [Fact]
    public void A_triple_listed_twice_is_one_gold_fact()
    {
        var path = Path.Combine(Some.TempDirectory(), "dup.jsonl");
        const string Spo = """{"predicate": "成立日期", "object_type": {"@value": "Date"}, "subject_type": "机构", "object": """ +
            """{"@value": "1995年5月"}, "subject": "远帆"}""";
        File.WriteAllText(path, $$"""{"id": "x1", "text": "远帆公司成立于1995年5月", "spo_list": [{{Spo}}, {{Spo}}]}""" + "\n");

        var item = Assert.Single(DuieGold.Read(path).Items);

        Assert.Equal([new GoldFact("远帆", "founded", "1995年5月")], item.Facts);
    }
}
