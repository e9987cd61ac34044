using System.Diagnostics;

namespace KGraph.Tests;

/// <summary>
/// Finds Debian's Python with NetworkX, for the tests that check our results or files against it
/// (analysis measures, GraphML/GEXF read back). Tests that need it follow <see cref="OutsideTool.SkipUnlessCi"/>.
/// </summary>
internal static class ReferenceTools
{
    public const string Python = "/usr/bin/python3";

    public static bool HasNetworkX { get; } = CanImport("networkx");

    private static bool CanImport(string module)
    {
        if (!File.Exists(Python)) return false;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-c", $"import {module}"]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// Runs a script copied beside the tests (<paramref name="script"/> relative to the output folder)
    /// and returns what it printed; fails with its stderr when it does not succeed.
    /// </summary>
    public static string RunScript(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {stderr.Result}");
        return stdout;
    }
}

/// <summary>A fact that needs NetworkX: skipped locally without it, failing in CI without it.</summary>
public sealed class NetworkXFactAttribute : FactAttribute
{
    public NetworkXFactAttribute() => Skip = OutsideTool.SkipUnlessCi(
        ReferenceTools.HasNetworkX ? null : $"python3-networkx is not installed ({ReferenceTools.Python} cannot import networkx)",
        ".ci/setup-analysis.sh");
}
