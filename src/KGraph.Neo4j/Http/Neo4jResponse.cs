using System.Net;
using System.Text.Json;

namespace KGraph.Neo4j.Http;

/// <summary>Reads a Query API answer: success, or the first error turned into a clear <see cref="Neo4jException"/>.</summary>
internal static class Neo4jResponse
{
    private const string TransientPrefix = "Neo.TransientError.";

    public static QueryResult Read(HttpStatusCode status, string body, string statement, Neo4jQueryApiClient client)
    {
        JsonElement root = default;
        var parsed = false;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
            parsed = root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException) { }

        // Errors are checked before the status: a 202 may carry them after its data.
        if (parsed && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            throw ForError(status, client.Clean(code), client.Clean(message) ?? "(no message)", statement, client);
        }
        if ((int)status is < 200 or >= 300 || !parsed)
            throw ForStatus(status, parsed ? null : body, client);

        return Success(root);
    }

    private static Neo4jException ForError(HttpStatusCode status, string? code, string message, string statement, Neo4jQueryApiClient client)
    {
        var settings = client.Settings;
        var transient = code?.StartsWith(TransientPrefix, StringComparison.Ordinal) == true;
        var text = code switch
        {
            "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" =>
                $"{client.Where} refused the credentials of user '{settings.User}' ({code}): " +
                $"check {Neo4jConnectionSettings.UserVariable} and {Neo4jConnectionSettings.PasswordVariable}",
            "Neo.ClientError.Database.DatabaseNotFound" =>
                $"{client.Where} has no database '{settings.Database}' ({code}): check {Neo4jConnectionSettings.DatabaseVariable} or --database",
            _ when status == HttpStatusCode.BadRequest || code?.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) == true =>
                $"{client.Where} rejected a statement ({code}): {message}\n  statement: {FirstLine(statement)}",
            _ => $"{client.Where} answered {(int)status} ({code}): {message}",
        };
        return new Neo4jException(text, code, (int)status, transient || Neo4jQueryApiClient.IsServerError(status) && !IsClientError(code));
    }

    private static Neo4jException ForStatus(HttpStatusCode status, string? unparsedBody, Neo4jQueryApiClient client)
    {
        var settings = client.Settings;
        var text = status switch
        {
            HttpStatusCode.Unauthorized
                => $"{client.Where} refused the credentials of user '{settings.User}' (401): " +
                    $"check {Neo4jConnectionSettings.UserVariable} and {Neo4jConnectionSettings.PasswordVariable}",
            HttpStatusCode.NotFound => $"{client.Where} has no Query API at {settings.QueryEndpoint.AbsolutePath} (404): " +
                $"KGraph needs Neo4j {Neo4jServerInfo.MinimumVersion} or later (or Aura)",
            _ when unparsedBody is not null && (int)status is >= 200 and < 300
                => $"{client.Where} sent an answer that is not JSON: {Snippet(unparsedBody, client)}",
            _ => $"{client.Where} answered {(int)status} {status}{(string.IsNullOrWhiteSpace(unparsedBody) ? "" : ": " + Snippet(unparsedBody, client))}",
        };
        return new Neo4jException(text, httpStatus: (int)status, isTransient: Neo4jQueryApiClient.IsServerError(status));
    }

    private static QueryResult Success(JsonElement root)
    {
        var fields = new List<string>();
        var values = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
                foreach (var field in f.EnumerateArray()) fields.Add(field.GetString() ?? "");
            if (data.TryGetProperty("values", out var v))
                foreach (var row in v.EnumerateArray()) values.Add(row.EnumerateArray().Select(e => e.Clone()).ToList());
        }
        var counters = root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object ? QueryCounters.Parse(c) : QueryCounters.None;
        var notifications = new List<string>();
        if (root.TryGetProperty("notifications", out var n) && n.ValueKind == JsonValueKind.Array)
            foreach (var item in n.EnumerateArray())
                notifications.Add($"{Text(item, "code")}: {Text(item, "description") ?? Text(item, "title")}");
        var bookmarks = new List<string>();
        if (root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array)
            foreach (var item in b.EnumerateArray()) bookmarks.Add(item.GetString() ?? "");
        return new QueryResult(fields, values, counters, notifications, bookmarks);
    }

    private static bool IsClientError(string? code) => code?.StartsWith("Neo.ClientError.", StringComparison.Ordinal) == true;

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string FirstLine(string statement)
    {
        var line = statement.Split('\n')[0];
        return statement.Contains('\n') ? line + " ..." : line;
    }

    private static string Snippet(string body, Neo4jQueryApiClient client) => ServerText.Clean(body, client.Settings, maxLength: 200);
}
