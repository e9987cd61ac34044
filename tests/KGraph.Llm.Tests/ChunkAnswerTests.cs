using KGraph.Extraction.Proposals;
using KGraph.Llm;

namespace KGraph.Llm.Tests;

public class ChunkAnswerTests
{
    [Fact]
    public void An_answer_in_a_markdown_fence_is_read_as_the_json_inside_with_its_optional_fields()
    {
        const string text = "```json\n{\"entities\": [{\"name\": \"甲公司\", \"type\": \"Organization\"}], \"relationships\": [" +
            "{\"from\": \"张三\", \"type\": \"LEADS\", \"to\": \"甲公司\", \"quote\": \"张三担任甲公司董事长\", \"start\": \"2020-03\", \"end\": " +
            "null, \"role\": \"董事长\", \"confidence\": 0.8}]}\n```";

        var answer = ChunkAnswer.TryParse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal([new ProposedEntity("甲公司", "Organization")], answer!.Entities);
        Assert.Equal([new ChunkAnswer.Fact("张三", "LEADS", "甲公司", "张三担任甲公司董事长", "2020-03", null, "董事长", 0.8)], answer.Facts);
    }

    [Theory]
    [InlineData("The text names two companies.", "not JSON ('T' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0)")]
    [InlineData("{\"entities\": []}", "not of the schema's shape (/: Required properties [\"relationships\"] are not present)")]
    [InlineData("{\"entities\": [], \"relationships\": [{\"from\": \"A\", \"type\": \"SUED\", \"to\": \"B\"}]}",
        "not of the schema's shape (/relationships/0: Required properties [\"quote\"] are not present)")]
    [InlineData("{\"entities\": [], \"relationships\": [{\"from\": \"A\", \"type\": \"SUED\", \"to\": \"B\", \"quote\": \"A sued B\", \"confidence\": 7}]}",
        "not of the schema's shape (/relationships/0/confidence: 7 should be at most 1)")]
    public void An_unusable_answer_is_refused_with_its_first_problem_named_for_the_repair_request(string text, string problem)
    {
        Assert.Null(ChunkAnswer.TryParse(text, out var found));
        Assert.Equal(problem, found);
    }
}
