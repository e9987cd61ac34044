using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Tests.Http;

public sealed class Neo4jConnectionSettingsTests
{
    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/", null)]
    [InlineData("https://db.example.test:7473/", "https://db.example.test:7473/", null)]
    [InlineData("neo4j://localhost", "http://localhost:7474/",
        "neo4j://localhost is a Bolt address; KGraph talks to the Query API over http and uses http://localhost:7474")]
    [InlineData("bolt://10.0.0.5:7687", "http://10.0.0.5:7474/",
        "bolt://10.0.0.5:7687 is a Bolt address; KGraph talks to the Query API over http and uses http://10.0.0.5:7474")]
    [InlineData("neo4j+s://graph.example.test", "https://graph.example.test:7473/",
        "neo4j+s://graph.example.test is a Bolt address; KGraph talks to the Query API over https and uses https://graph.example.test:7473")]
    [InlineData("bolt+s://abc123.databases.neo4j.io", "https://abc123.databases.neo4j.io/",
        "bolt+s://abc123.databases.neo4j.io is a Bolt address; KGraph talks to the Query API over https and uses https://abc123.databases.neo4j.io")]
    [InlineData("neo4j://db:9999", "http://db:7474/",
        "neo4j://db:9999 is a Bolt address; KGraph talks to the Query API over http and uses http://db:7474 (port 9999 is not the default Bolt port, " +
        "so the HTTP port was guessed: give an http:// URI to choose it)")]
    public void URIs_map_to_the_Query_API_base_address_with_a_note_for_bolt_schemes(string given, string expected, string? note)
    {
        var (address, actualNote) = Neo4jUri.ToHttp(given);

        Assert.Equal(expected, address.ToString());
        Assert.Equal(note, actualNote);
    }

    [Theory]
    [InlineData("localhost:7474", "'localhost:7474' is not a Neo4j URI: expected http(s)://host:port, neo4j://host or bolt://host")]
    [InlineData("ftp://host", "unsupported scheme 'ftp' in the Neo4j URI: use http, https, neo4j, neo4j+s, bolt or bolt+s")]
    [InlineData("http://host:7474/db/neo4j", "the Neo4j URI 'http://host:7474' must not have a path, query or fragment ('/db/neo4j')")]
    [InlineData("http://host:7474/?password=hunter2", "the Neo4j URI 'http://host:7474' must not have a path, query or fragment ('/?***')")]
    [InlineData("http://host:7474#hunter2", "the Neo4j URI 'http://host:7474' must not have a path, query or fragment ('/#***')")]
    [InlineData("localhost:7474?password=hunter2", "'localhost:7474?***' is not a Neo4j URI: expected http(s)://host:port, neo4j://host or bolt://host")]
    [InlineData("http://neo4j:hunter2@?password=hunter2", "'http://***@?***' is not a Neo4j URI: expected http(s)://host:port, neo4j://host or bolt://host")]
    [InlineData("not a uri", "'not a uri' is not a Neo4j URI: expected http(s)://host:port, neo4j://host or bolt://host")]
    public void Bad_URIs_are_refused_with_a_clear_message(string given, string message)
    {
        var error = Assert.Throws<Neo4jConfigurationException>(() => Neo4jUri.ToHttp(given));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Credentials_in_the_URI_are_refused_without_echoing_them()
    {
        var error = Assert.Throws<Neo4jConfigurationException>(() => Neo4jUri.ToHttp("http://neo4j:hunter2@localhost:7474"));

        Assert.Equal("the Neo4j URI must not contain credentials: set NEO4J_USERNAME and NEO4J_PASSWORD instead", error.Message);
    }

    [Fact]
    public void Settings_come_from_the_environment_and_options_win()
    {
        var environment = new Dictionary<string, string>
        {
            ["NEO4J_URI"] = "bolt://graph:7687",
            ["NEO4J_USERNAME"] = "env-user",
            ["NEO4J_PASSWORD"] = "env-pass",
            ["NEO4J_DATABASE"] = "envdb",
        };

        var fromEnvironment = Neo4jConnectionSettings.Resolve(environment.GetValueOrDefault);
        var overridden = Neo4jConnectionSettings.Resolve(environment.GetValueOrDefault, uri: "http://other:8080", user: "opt-user",
            password: "opt-pass", database: "optdb");

        Assert.Equal(("http://graph:7474/", "env-user", "env-pass", "envdb"),
            (fromEnvironment.BaseAddress.ToString(), fromEnvironment.User, fromEnvironment.Password, fromEnvironment.Database));
        Assert.NotNull(fromEnvironment.Note);
        Assert.Equal(("http://other:8080/", "opt-user", "opt-pass", "optdb"),
            (overridden.BaseAddress.ToString(), overridden.User, overridden.Password, overridden.Database));
        Assert.Null(overridden.Note);
        Assert.Equal(new Uri("http://other:8080/db/optdb/query/v2"), overridden.QueryEndpoint);
    }

    [Fact]
    public void Database_and_user_default_to_Neo4j()
    {
        var settings = Neo4jConnectionSettings.Resolve(_ => null, uri: "http://localhost:7474");

        Assert.Equal(("neo4j", "neo4j", ""), (settings.Database, settings.User, settings.Password));
    }

    [Fact]
    public void A_missing_URI_says_both_ways_to_give_it()
    {
        var error = Assert.Throws<Neo4jConfigurationException>(() => Neo4jConnectionSettings.Resolve(_ => null));

        Assert.Equal("no Neo4j address: set NEO4J_URI or pass --uri (e.g. http://localhost:7474)", error.Message);
    }

    [Fact]
    public void A_database_name_that_could_escape_the_path_is_refused()
    {
        var error = Assert.Throws<Neo4jConfigurationException>(() => Neo4jConnectionSettings.Resolve(_ => null, uri: "http://h:7474", database: "../admin"));

        Assert.Equal("'../admin' is not a valid Neo4j database name (letters, digits, '.', '-', '_'; starting with a letter)", error.Message);
    }

    [Fact]
    public void To_string_says_whether_a_password_is_set_but_never_which_one()
    {
        var settings = Neo4jConnectionSettings.Resolve(_ => null, uri: "http://h:7474", user: "u", password: "p@ss-w0rd");

        Assert.Equal("http://h:7474 database 'neo4j' as 'u' (password set)", settings.ToString());
    }
}
