using System.Text;

namespace KGraph.Neo4j.Http;

/// <summary>
/// Text that came from the server (error messages, bodies, version strings) made fit to print:
/// a server or proxy may echo the request, so the password and the credentials header are
/// redacted; control characters other than line breaks cannot drive the terminal; and the
/// length is bounded.
/// </summary>
internal static class ServerText
{
    private const int MaxLength = 1000;
    private const string Redacted = "***";

    public static string Clean(string text, Neo4jConnectionSettings settings, int maxLength = MaxLength)
    {
        // Redact before cutting, so that a secret straddling the cut cannot leave half of itself behind.
        foreach (var secret in new[] { settings.BasicCredentials, settings.Password })
            if (secret.Length > 0) text = text.Replace(secret, Redacted, StringComparison.Ordinal);
        var clean = new StringBuilder(Math.Min(text.Length, maxLength + 3));
        foreach (var c in text)
        {
            if (clean.Length == maxLength)
            {
                clean.Append("...");
                break;
            }
            clean.Append(c == '\n' || !char.IsControl(c) ? c : ' ');
        }
        return clean.ToString();
    }
}
