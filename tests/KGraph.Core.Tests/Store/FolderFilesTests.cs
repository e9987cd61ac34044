using KGraph.Store;

namespace KGraph.Core.Tests.Store;

public class FolderFilesTests
{
    /// <summary>The listing, or a failure after ten seconds instead of spinning for ever.</summary>
    private static string[] Listed(string folder)
    {
        var listing = Task.Run(() => FolderFiles.Under(folder).Order(StringComparer.Ordinal).ToArray());
        Assert.True(listing.Wait(TimeSpan.FromSeconds(10)), "listing the folder did not finish");
        return listing.Result;
    }

    [Fact]
    public void Two_links_back_up_the_tree_list_each_file_once()
    {
        using var root = new TempFolder();
        root.Write("a.txt", "a");
        root.Write("x/b.txt", "b");
        root.Write("y/c.txt", "c");
        Directory.CreateSymbolicLink(root["x/up"], "..");
        Directory.CreateSymbolicLink(root["y/up"], "..");

        Assert.Equal([root["a.txt"], root["x/b.txt"], root["y/c.txt"]], Listed(root.Path));
    }

    [Fact]
    public void A_folder_reached_plainly_and_through_a_link_is_listed_once_under_its_plain_path()
    {
        using var root = new TempFolder();
        root.Write("b/f.txt", "f");
        Directory.CreateSymbolicLink(root["a-link"], root["b"]);

        Assert.Equal([root["b/f.txt"]], Listed(root.Path));
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_tree_is_followed()
    {
        using var root = new TempFolder();
        using var outside = new TempFolder();
        outside.Write("g.txt", "g");
        root.Write("tree/h.txt", "h");
        Directory.CreateSymbolicLink(root["tree/elsewhere"], outside.Path);

        Assert.Equal([root["tree/elsewhere/g.txt"], root["tree/h.txt"]], Listed(root["tree"]));
    }

    [Fact]
    public void The_real_path_resolves_a_link_before_the_dot_dot_that_follows_it()
    {
        using var root = new TempFolder();
        Directory.CreateDirectory(root["p/q"]);
        Directory.CreateDirectory(root["r"]);
        Directory.CreateSymbolicLink(root["r/link"], root["p/q"]);

        // r/link/.. is p, not r: the link is resolved first, as the system does.
        Assert.Equal(Path.Combine(FolderFiles.RealPath(root.Path), "p", "s"), FolderFiles.RealPath(root["r/link/../s"]));
    }
}
