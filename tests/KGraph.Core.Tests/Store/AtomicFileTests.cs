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
}
