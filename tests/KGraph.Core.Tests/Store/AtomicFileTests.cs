using KGraph.Store;

namespace KGraph.Core.Tests.Store;

public class AtomicFileTests
{
    [Fact]
    public void Replaces_the_content_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("out/graph.yaml", "old");
        AtomicFile.WriteAllText(path, "new 马斯克");
        Assert.Equal("new 马斯克", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder["out"]));
    }

    [Fact]
    public void A_failed_write_keeps_the_old_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("graph.yaml", "old");
        Directory.CreateDirectory(folder["graph.yaml.dir"]);
        // Renaming a file over a folder fails; the original must be untouched and no temp left.
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(folder["graph.yaml.dir"], "new"));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_streamed_write_that_throws_keeps_the_old_file_and_leaves_no_temporary()
    {
        using var folder = new TempFolder();
        var path = folder.Write("graph.cypher", "old");

        Assert.Throws<InvalidDataException>(() => AtomicFile.Write(path, writer =>
        {
            writer.Write(new string('x', 1 << 20));
            throw new InvalidDataException("refused");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Temporaries_of_a_process_that_is_gone_are_removed_and_others_kept()
    {
        using var folder = new TempFolder();
        // Linux process ids stay below 2^22, so 999999999 names a writer that is not running.
        var stale = folder.Write(".a.yaml.999999999.0123456789abcdef0123456789abcdef.tmp", "half");
        var live = folder.Write($".b.yaml.{Environment.ProcessId}.0123456789abcdef0123456789abcdef.tmp", "being written");
        var notOurs = folder.Write(".notes.tmp", "a user's file");
        var data = folder.Write("a.yaml", "kgraph: 1\n");

        Assert.Equal(1, AtomicFile.RemoveStaleTemporaries(folder.Path));

        Assert.False(File.Exists(stale));
        Assert.Equal([live, notOurs, data], Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }
}
