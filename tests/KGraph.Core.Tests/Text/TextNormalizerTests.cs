using KGraph.Text;

namespace KGraph.Core.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Bidi_embedding_override_and_isolate_controls_are_dropped_and_direction_marks_kept()
    {
        var text = "Ann\u202E nosliW\u202C founded\u2066 Acme\u2069 and\u202A\u202B\u202D\u2067\u2068 left\u200F.\r\n";

        Assert.Equal("Ann nosliW founded Acme and left\u200F.\n", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Look_alike_name_dots_become_the_middle_dot_and_line_endings_become_newlines()
    {
        Assert.Equal("埃隆·马斯克\n拉里·佩奇\n", TextNormalizer.Normalize("\uFEFF埃隆・马斯克\r\n拉里•佩奇\r"));
    }
}
