using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Core.Tests.Yaml;

public class TextFileReaderTests
{
    private static (string? Text, string[] Problems) Read(byte[] bytes, long limit = 1024)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("f.yaml", bytes);
        var bag = new DiagnosticBag();
        var text = TextFileReader.Read(path, new ReadLimits(limit), bag);
        return (text, bag.Sorted().Select(d => d.ToString().Replace(path, "f.yaml", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_line_column_and_byte()
    {
        var bytes = "kgraph: 1\nname: 马斯"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var (text, problems) = Read(bytes);
        Assert.Null(text);
        Assert.Equal(["f.yaml:2:9: invalid UTF-8 (byte 0xC3 at offset 22)"], problems);
    }

    [Fact]
    public void A_binary_file_is_reported_not_decoded()
    {
        var (text, problems) = Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Assert.Null(text);
        Assert.Equal(["f.yaml:3:1: binary content (NUL byte at offset 8); expected UTF-8 text"], problems);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_before_reading()
    {
        var (text, problems) = Read(new byte[2048], limit: 1024);
        Assert.Null(text);
        Assert.Equal(["f.yaml:1:1: file is 2 KiB, over the limit of 1 KiB"], problems);
    }

    [Fact]
    public void Utf16_is_refused_with_the_encoding_named()
    {
        var (_, problems) = Read([0xFF, 0xFE, (byte)'k', 0]);
        Assert.Equal(["f.yaml:1:1: file is UTF-16; KGraph YAML files must be UTF-8"], problems);
    }

    [Fact]
    public void A_utf8_bom_is_dropped()
    {
        var (text, problems) = Read([0xEF, 0xBB, 0xBF, (byte)'a']);
        Assert.Equal("a", text);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var bag = new DiagnosticBag();
        Assert.Null(TextFileReader.Read("no/such.yaml", ReadLimits.Default, bag));
        Assert.Equal(["no/such.yaml:1:1: file not found"], bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_fifo_or_a_device_is_reported_as_not_a_regular_file_without_waiting()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(folder["curated/people.yaml"]);
        var bag = new DiagnosticBag();

        await SpecialFiles.WithinSeconds(20, () => TextFileReader.Read(fifo, ReadLimits.Default, bag), fifo);
        await SpecialFiles.WithinSeconds(20, () => TextFileReader.Read(SpecialFiles.DevZero, ReadLimits.Default, bag));

        Assert.Equal(
            [
                "/dev/zero:1:1: not a regular file but a character device; only regular files are read",
                $"{fifo}:1:1: not a regular file but a named pipe (FIFO); only regular files are read",
            ],
            bag.Sorted().Select(d => d.ToString()));
    }
}
