using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

public sealed class PathCommandTests : IClassFixture<AnalysisFixture>
{
    private readonly AnalysisFixture _fixture;

    public PathCommandTests(AnalysisFixture fixture) => _fixture = fixture;

    [Fact]
    public void Path_prints_each_hop_with_its_relationships()
    {
        var (code, stdout, stderr) = _fixture.Run("path", "阿达・洛芙莱斯", "zeta labs", "--data", _fixture.Data);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal("""
            Path 1 (3 hops): Ada Lovelace → Acme → Bob Stone → Zeta Labs
              Ada Lovelace (ada) — Acme (acme)
                ada FOUNDED acme, 2020
                  (no evidence recorded)
              Acme (acme) — Bob Stone (bob)
                bob WORKS_AT acme, 2021 – 2022
                  (no evidence recorded)
              Bob Stone (bob) — Zeta Labs (zeta)
                bob INVESTED_IN zeta, 2023, extracted 0.4
                  (no evidence recorded)

            """, stdout);
    }

    [Fact]
    public void Path_as_JSON_lists_entity_IDs_and_relationships()
    {
        var (code, stdout, _) = _fixture.Run("path", "ada", "bob", "--data", _fixture.Data, "--json", "-k", "3");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var paths = json.RootElement.GetProperty("result").GetProperty("paths");
        Assert.Equal(1, paths.GetArrayLength());
        Assert.Equal("ada acme bob", string.Join(" ", paths[0].GetProperty("entities").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal("bob.works_at.acme.2021", paths[0].GetProperty("hops")[1].GetProperty("relationships")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void A_filter_that_cuts_the_path_says_there_is_none_and_exits_one()
    {
        var (code, stdout, stderr) = _fixture.Run("path", "ada", "zeta", "--data", _fixture.Data, "--min-confidence", "0.5");

        Assert.Equal((1, "", "kgraph: no path between Ada Lovelace (ada) and Zeta Labs (zeta) (confidence ≥ 0.5)\n"), (code, stdout, stderr));
    }

    [Theory]
    [InlineData("Ada Lovelance", "kgraph: no entity is named 'Ada Lovelance'; did you mean: ada (Ada Lovelace, Person)?\n")]
    [InlineData("nobody at all", "kgraph: no entity is named 'nobody at all'\n")]
    public void An_unknown_name_is_a_usage_error_listing_close_names(string name, string message)
    {
        var (code, stdout, stderr) = _fixture.Run("path", name, "acme", "--data", _fixture.Data);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(message, stderr);
    }

    [Fact]
    public void K_zero_is_a_usage_error()
    {
        var (code, _, stderr) = _fixture.Run("path", "ada", "bob", "-k", "0", "--data", _fixture.Data);

        Assert.Equal(2, code);
        Assert.Equal("kgraph: -k must be between 1 and 100 (got 0)\n", stderr);
    }
}
