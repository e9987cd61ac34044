namespace KGraph.Neo4j.Http;

/// <summary>
/// Where and as whom to connect. Read from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
/// NEO4J_DATABASE like Neo4j's own tools, each overridable. The password is kept out of
/// <see cref="ToString"/> and every message.
/// </summary>
public sealed record Neo4jConnectionSettings
{
    public const string UriVariable = "NEO4J_URI";
    public const string UserVariable = "NEO4J_USERNAME";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string DatabaseVariable = "NEO4J_DATABASE";
    public const string DefaultDatabase = "neo4j";
    public const string DefaultUser = "neo4j";

    public required Uri BaseAddress { get; init; }
    public string User { get; init; } = DefaultUser;
    public string Password { get; init; } = "";
    public string Database { get; init; } = DefaultDatabase;
    /// <summary>How long one request may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>Set when the given URI was translated (bolt:// to http://), to tell the user.</summary>
    public string? Note { get; init; }

    /// <summary>The Basic authentication token; it carries the password, so it is never printed either.</summary>
    internal string BasicCredentials => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}"));

    public Uri QueryEndpoint => new(BaseAddress, $"db/{Uri.EscapeDataString(Database)}/query/v2");

    /// <summary>
    /// Settings from the environment, with explicit values (command-line options) taking
    /// precedence. A missing URI is a configuration error naming both ways to give it.
    /// </summary>
    public static Neo4jConnectionSettings Resolve(
        Func<string, string?> environment,
        string? uri = null,
        string? user = null,
        string? password = null,
        string? database = null)
    {
        var uriText = FirstNonEmpty(uri, environment(UriVariable))
            ?? throw new Neo4jConfigurationException($"no Neo4j address: set {UriVariable} or pass --uri (e.g. http://localhost:7474)");
        var (baseAddress, note) = Neo4jUri.ToHttp(uriText);
        var db = FirstNonEmpty(database, environment(DatabaseVariable)) ?? DefaultDatabase;
        if (!IsDatabaseName(db))
            throw new Neo4jConfigurationException($"'{db}' is not a valid Neo4j database name (letters, digits, '.', '-', '_'; starting with a letter)");
        return new Neo4jConnectionSettings
        {
            BaseAddress = baseAddress,
            Note = note,
            User = FirstNonEmpty(user, environment(UserVariable)) ?? DefaultUser,
            Password = FirstNonEmpty(password, environment(PasswordVariable)) ?? "",
            Database = db,
        };
    }

    public static Neo4jConnectionSettings FromEnvironment() => Resolve(Environment.GetEnvironmentVariable);

    /// <summary>Whether NEO4J_URI names a server, the one test of "is Neo4j configured" every command uses.</summary>
    public static bool InEnvironment => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UriVariable));

    public override string ToString() =>
        $"{BaseAddress.GetLeftPart(UriPartial.Authority)} database '{Database}' as '{User}' (password {(Password.Length == 0 ? "not set" : "set")})";

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static bool IsDatabaseName(string name) =>
        name.Length is > 0 and <= 63 && char.IsAsciiLetter(name[0]) &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
