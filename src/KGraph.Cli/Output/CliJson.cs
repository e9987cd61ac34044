using System.Text.Encodings.Web;
using System.Text.Json;

namespace KGraph.Cli.Output;

/// <summary>One JSON style for every --json output: camelCase, indented, CJK kept readable.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
