using System.Diagnostics;

namespace KGraph.Tests;

/// <summary>Files that are not regular files, for the tests that prove they are refused (Linux: mkfifo, /dev/zero).</summary>
internal static class SpecialFiles
{
    public const string DevZero = "/dev/zero";

    /// <summary>A named pipe at <paramref name="path"/>; opening it to read waits until someone opens it to write.</summary>
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} exited {mkfifo.ExitCode}");
        return path;
    }

    /// <summary>
    /// Runs <paramref name="read"/>, failing after <paramref name="seconds"/> instead of hanging the test run:
    /// a reader blocked opening a FIFO is then released by opening its write end.
    /// </summary>
    public static async Task<T> WithinSeconds<T>(int seconds, Func<T> read, string? fifoToRelease = null)
    {
        var run = Task.Run(read);
        try
        {
            return await run.WaitAsync(TimeSpan.FromSeconds(seconds));
        }
        catch (TimeoutException)
        {
            if (fifoToRelease is not null)
                using (new FileStream(fifoToRelease, FileMode.Open, FileAccess.Write)) { }
            throw;
        }
    }
}
