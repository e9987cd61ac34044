namespace KGraph.Neo4j.Http;

/// <summary>
/// A failure reported by Neo4j or on the way to it. Messages name the server, database and
/// Neo4j status code, never the password.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException(string message, string? code = null, int? httpStatus = null, bool isTransient = false, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        HttpStatus = httpStatus;
        IsTransient = isTransient;
    }

    /// <summary>Neo4j status code such as Neo.ClientError.Statement.SyntaxError, when the server sent one.</summary>
    public string? Code { get; }
    public int? HttpStatus { get; }
    /// <summary>True when trying again may succeed (transient errors, 5xx, timeouts, dropped connections).</summary>
    public bool IsTransient { get; }
    /// <summary>True when the server gave no answer in time (as opposed to a wrong or broken one).</summary>
    public bool IsTimeout { get; init; }
}
