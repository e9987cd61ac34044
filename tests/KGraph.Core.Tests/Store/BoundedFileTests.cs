using System.Net.Sockets;
using KGraph.Store;

namespace KGraph.Core.Tests.Store;

/// <summary>Linux-only, as CI is: a FIFO from mkfifo, /dev/zero, a Unix socket and /proc.</summary>
public class BoundedFileTests
{
    [Fact]
    public void A_regular_file_is_read_whole_and_an_empty_one_gives_no_bytes()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.yaml", [1, 2, 3]);
        var empty = folder.WriteBytes("empty.yaml", []);

        Assert.Equal([1, 2, 3], BoundedFile.ReadAllBytes(path, 3));
        Assert.Empty(BoundedFile.ReadAllBytes(empty, 3));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_both_sizes()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", new byte[2048]);

        var error = Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(path, 1024, "article limit"));

        Assert.Equal("file is 2 KiB, over the article limit of 1 KiB", error.Reason);
        Assert.Equal($"{path}: file is 2 KiB, over the article limit of 1 KiB", error.Message);
    }

    [Fact]
    public async Task A_fifo_is_refused_before_it_is_opened_so_no_writer_is_waited_for()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(folder["data/people.yaml"]);

        var error = await SpecialFiles.WithinSeconds(20, () => Record.Exception(() => BoundedFile.ReadAllBytes(fifo, 1024)), fifo);

        Assert.Equal("not a regular file but a named pipe (FIFO); only regular files are read", Assert.IsType<RefusedFileException>(error).Reason);
    }

    [Fact]
    public async Task Dev_zero_is_refused_as_a_character_device_not_read_until_memory_runs_out()
    {
        var error = await SpecialFiles.WithinSeconds(20, () => Record.Exception(() => BoundedFile.ReadAllBytes(SpecialFiles.DevZero, 1024)));

        Assert.Equal("not a regular file but a character device; only regular files are read", Assert.IsType<RefusedFileException>(error).Reason);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_like_dev_zero_and_a_link_to_nothing_is_not_found()
    {
        using var folder = new TempFolder();
        var link = folder["zero.txt"];
        File.CreateSymbolicLink(link, SpecialFiles.DevZero);
        var dangling = folder["gone.txt"];
        File.CreateSymbolicLink(dangling, folder["nothing"]);

        Assert.Equal("not a regular file but a character device; only regular files are read",
            Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(link, 1024)).Reason);
        Assert.Equal("file not found (a link to nothing)", Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(dangling, 1024)).Reason);
    }

    [Fact]
    public void A_unix_socket_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder["kgraph.sock"];
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var error = Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(path, 1024));

        Assert.Equal("not a regular file but a socket or another special file; only regular files are read", error.Reason);
    }

    [Fact]
    public void The_limit_holds_while_reading_even_when_the_stated_size_is_zero()
    {
        // /proc files are regular files whose size reads 0; what they hold is only known by reading them.
        const string status = "/proc/self/status";
        Assert.Equal(0, new FileInfo(status).Length);

        var error = Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(status, 16));

        Assert.Equal("file is over the limit of 16 bytes", error.Reason);
        Assert.StartsWith("Name:", System.Text.Encoding.ASCII.GetString(BoundedFile.ReadAllBytes(status, 1 << 20)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_refused_with_what_they_are()
    {
        using var folder = new TempFolder();

        Assert.Equal("file not found", Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(folder["no.yaml"], 1024)).Reason);
        Assert.Equal("is a folder, not a file", Assert.Throws<RefusedFileException>(() => BoundedFile.ReadAllBytes(folder.Path, 1024)).Reason);
    }

    [Fact]
    public async Task Lines_of_a_fifo_are_refused_too()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(folder["corpus.jsonl"]);

        var error = await SpecialFiles.WithinSeconds(20, () => Record.Exception(() => BoundedFile.ReadLines(fifo).ToList()), fifo);

        Assert.IsType<RefusedFileException>(error);
    }
}
