using KGraph.Yaml;

namespace KGraph.Core.Tests.Store;

public class CommentTextTests
{
    [Theory]
    [InlineData("plain path/a.zh.txt", "plain path/a.zh.txt")]
    [InlineData("x\nrelationships: []\r\n#", @"x\nrelationships: []\r\n#")]
    [InlineData("tab\there \\ back", @"tab\there \\ back")]
    [InlineData("nel\u0085ls\u2028ps\u2029del\u007F", @"nel\u0085ls\u2028ps\u2029del\u007F")]
    public void Text_in_a_comment_keeps_to_one_line(string text, string escaped) =>
        Assert.Equal(escaped, CommentText.Escape(text));
}
