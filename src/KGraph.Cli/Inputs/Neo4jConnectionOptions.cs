using System.CommandLine;
using KGraph.Neo4j.Http;

namespace KGraph.Cli.Inputs;

/// <summary>
/// How a command reaches Neo4j (load, analyze --engine neo4j): address, user, database, and
/// how long to wait. The password comes from NEO4J_PASSWORD or stdin, never from an option value.
/// </summary>
internal sealed class Neo4jConnectionOptions
{
    private readonly Option<string?> _uri = new("--uri")
    {
        Description = "Neo4j address: http(s)://host:port, or neo4j:// / bolt:// (mapped to HTTP) (default: $NEO4J_URI)"
    };
    private readonly Option<string?> _user = new("--user") { Description = "User name (default: $NEO4J_USERNAME, else neo4j)" };
    private readonly Option<bool> _passwordStdin = new("--password-stdin")
    {
        Description = "Read the password from the first line of stdin (default: $NEO4J_PASSWORD)"
    };
    private readonly Option<string?> _database = new("--database") { Description = "Database (default: $NEO4J_DATABASE, else neo4j)" };
    private readonly Option<int> _timeout = new("--timeout")
    {
        Description = "Seconds one request may take before it is retried (default: 120)",
        DefaultValueFactory = _ => 120
    };
    private readonly Option<int> _retries = new("--retries")
    {
        Description = "Retries of a request after transient failures (default: 5)",
        DefaultValueFactory = _ => 5
    };
    private readonly Option<int> _maxWait = new("--max-wait")
    {
        Description = $"Seconds one request may take in all, retries included, before giving up (default: {Neo4jRetryPolicy.DefaultMaxTotalWaitSeconds})",
        DefaultValueFactory = _ => Neo4jRetryPolicy.DefaultMaxTotalWaitSeconds,
    };
    private readonly Option<bool> _verbose = new("--verbose") { Description = "Log every request and retry to stderr" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _uri, _user, _passwordStdin, _database, _timeout, _retries, _maxWait, _verbose }) command.Options.Add(option);
    }

    /// <summary>Usage errors in the waiting options; checked before any work is done.</summary>
    public void Check(ParseResult result)
    {
        if (result.GetValue(_timeout) < 1) throw new UsageException("--timeout must be at least 1 second");
        if (result.GetValue(_retries) < 0) throw new UsageException("--retries cannot be negative");
        if (result.GetValue(_maxWait) < 1) throw new UsageException("--max-wait must be at least 1 second");
    }

    /// <summary>Where to connect; a missing or bad address is a usage error.</summary>
    public Neo4jConnection Connection(ParseResult result)
    {
        try
        {
            var settings = Neo4jConnectionSettings.Resolve(Environment.GetEnvironmentVariable,
                result.GetValue(_uri), result.GetValue(_user),
                result.GetValue(_passwordStdin) ? Console.In.ReadLine() : null,
                result.GetValue(_database)) with
            { RequestTimeout = TimeSpan.FromSeconds(result.GetValue(_timeout)) };
            var retry = new Neo4jRetryPolicy { MaxAttempts = result.GetValue(_retries) + 1, MaxTotalWait = TimeSpan.FromSeconds(result.GetValue(_maxWait)) };
            return new Neo4jConnection(settings, retry, result.GetValue(_verbose));
        }
        catch (Neo4jConfigurationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}

/// <summary>How one command talks to the server.</summary>
public sealed record Neo4jConnection(Neo4jConnectionSettings Settings, Neo4jRetryPolicy Retry, bool Verbose)
{
    /// <summary>A client that logs to stderr under --verbose; prints the note when the address was mapped.</summary>
    public Neo4jQueryApiClient Client(HttpClient http, CliOutput io)
    {
        if (Settings.Note is { } note) io.Error.WriteLine($"kgraph: note: {note}");
        return new Neo4jQueryApiClient(http, Settings, Retry, Verbose ? line => io.Error.WriteLine($"kgraph: neo4j: {line}") : null);
    }
}
