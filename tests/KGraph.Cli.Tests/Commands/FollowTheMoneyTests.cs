using System.Text.Json;
using KGraph.Model;
using KGraph.Store;

namespace KGraph.Cli.Tests.Commands;

public class FollowTheMoneyTests
{
    private const string Data =
        "kgraph: 1\n" +
        "entities:\n" +
        "  - {id: ada, type: Person, name: Ada Lin, names: {zh: 林艾达}, aliases: [A. Lin], external: {wikidata: Q1}}\n" +
        "  - {id: north, type: Organization, kind: company, name: Northwind}\n" +
        "  - {id: south, type: Organization, kind: lab, name: Southwind}\n" +
        "  - {id: widget, type: Product, name: Widget}\n" +
        "relationships:\n" +
        "  - {from: ada, type: LEADS, to: north, start: 2020, role: CEO}\n" +
        "  - {from: ada, type: LEFT, to: south, start: 2019-05}\n" +
        "  - {from: south, type: SUBSIDIARY_OF, to: north}\n" +
        "  - {from: ada, type: OWNS, to: widget}\n" +
        "  - {from: ada, type: FOUNDED, to: south, start: 2015}\n";

    [Fact]
    public void Export_ftm_writes_one_entity_a_line_and_counts_what_FollowTheMoney_has_no_schema_for()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("export", "ftm", root.Path);

        Assert.Equal(0, exit);
        Assert.Equal(
            "{\"id\":\"ada\",\"schema\":\"Person\",\"properties\":{\"alias\":[\"林艾达\",\"A. Lin\"],\"name\":[\"Ada Lin\"],\"wikidataId\":[\"Q1\"]}}\n" +
            "{\"id\":\"north\",\"schema\":\"Company\",\"properties\":{\"classification\":[\"company\"],\"name\":[\"Northwind\"]}}\n" +
            "{\"id\":\"south\",\"schema\":\"Organization\",\"properties\":{\"classification\":[\"lab\"],\"name\":[\"Southwind\"]}}\n" +
            "{\"id\":\"ada.leads.north.2020\",\"schema\":\"Directorship\",\"properties\":{\"description\":[\"kgraph:LEADS\"],\"director\":[\"ada\"]," +
            "\"organization\":[\"north\"],\"role\":[\"CEO\"],\"startDate\":[\"2020\"]}}\n" +
            "{\"id\":\"ada.left.south.2019-05\",\"schema\":\"Employment\"," +
            "\"properties\":{\"description\":[\"kgraph:LEFT\"],\"employee\":[\"ada\"],\"employer\":[\"south\"],\"endDate\":[\"2019-05\"]}}\n" +
            "{\"id\":\"south.subsidiary_of.north\",\"schema\":\"Ownership\"," +
            "\"properties\":{\"asset\":[\"south\"],\"description\":[\"kgraph:SUBSIDIARY_OF\"],\"owner\":[\"north\"]}}\n",
            stdout);
        Assert.Equal("exported 3 entities and 3 relationships; not exported: 1 Product entities (no FollowTheMoney schema); " +
            "1 FOUNDED relationships (no followthemoney mapping in schema.yaml); 1 relationships with an end not exported\n", stderr);
    }

    [Fact]
    public void Export_ftm_then_import_ftm_gives_back_the_sample_graphs_people_organizations_and_mapped_relationships()
    {
        using var folder = new TempFolder();
        var data = RepositoryFiles.PathOf("graph-data");
        var ftm = folder["graph.ftm.json"];
        var imported = folder["data/curated/imported.yaml"];

        Assert.Equal(0, Cli.Run("export", "ftm", data, "--out", ftm).Exit);
        var (exit, _, stderr) = Cli.Run("import", "ftm", ftm, "--out", imported);
        Assert.Equal((0, $"imported 31 entities and 39 relationships → {imported}\n"), (exit, stderr));

        var original = GraphLoader.Load([data]).Graph;
        var back = GraphLoader.Load([folder["data"]]);
        Assert.Empty(back.Diagnostics);
        var exported = original.Entities.Where(e => e.Type is "Person" or "Organization").ToList();
        Assert.Equal(exported.Select(EntityKey), back.Graph.Entities.Select(EntityKey));
        var mapped = original.Relationships
            .Where(r => r.Type is "LEADS" or "WORKS_AT" or "LEFT" or "MEMBER_OF" or "INVESTED_IN" or "OWNS" or "SUBSIDIARY_OF" or "CONTROLS" or "FAMILY"
                or "ASSOCIATED_WITH")
            .Where(r => original.EntitiesById[r.From].Type is "Person" or "Organization" && original.EntitiesById[r.To].Type is "Person" or "Organization")
            .ToList();
        Assert.Equal(39, mapped.Count);
        Assert.Equal(mapped.Select(RelationshipKey).Order(StringComparer.Ordinal),
            back.Graph.Relationships.Select(RelationshipKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hostile_names_survive_export_and_import_byte_for_byte()
    {
        using var folder = new TempFolder();
        folder.Write("data/curated/a.yaml",
            "kgraph: 1\nentities:\n  - {id: ann, type: Person, name: \"Ann \\\"Q\\\" O'Neil\\n🚀\", aliases: [\"</script>\", \"a: b # c\"]}\n" +
            "  - {id: co, type: Organization, name: \"{\\\"id\\\": \\\"x\\\"}\"}\nrelationships:\n  - {from: ann, type: WORKS_AT, to: co, " +
            "role: \"\\\"; DROP\"}\n");
        var ftm = folder["g.json"];
        var back = folder["back/curated/a.yaml"];

        Assert.Equal(0, Cli.Run("export", "ftm", folder["data"], "--out", ftm).Exit);
        Assert.Equal(3, File.ReadAllLines(ftm).Length);
        Assert.Equal(0, Cli.Run("import", "ftm", ftm, "--out", back).Exit);

        var original = GraphLoader.Load([folder["data"]]);
        var imported = GraphLoader.Load([folder["back"]]);
        Assert.Empty(original.Diagnostics);
        Assert.Empty(imported.Diagnostics);
        Assert.Equal(original.Graph.Entities.Select(EntityKey), imported.Graph.Entities.Select(EntityKey));
        Assert.Equal(original.Graph.Relationships.Select(RelationshipKey), imported.Graph.Relationships.Select(RelationshipKey));
        Assert.Equal("Ann \"Q\" O'Neil\n🚀", imported.Graph.EntitiesById["ann"].Name);
    }

    [Fact]
    public void Import_ftm_maps_plain_schemata_counts_the_others_and_reports_lines_that_are_not_entities()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.json",
            "{\"id\":\"NK-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ada Lin\",\"Ada Linn\"],\"wikidataId\":[\"Q1\"]}}\n" +
            "{\"id\":\"NK-2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Northwind\"],\"classification\":[\"Limited\"]}}\n" +
            "{\"id\":\"addr-1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"1 Quay St\"]}}\n" +
            "{\"id\":\"own-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"NK-1\"],\"asset\":[\"NK-2\"],\"startDate\":[\"2021-02-03\"]}}\n" +
            "{\"id\":\"emp-1\",\"schema\":\"Employment\",\"properties\":{\"employee\":[\"NK-1\"],\"employer\":[\"NK-2\"],\"role\":[\"Analyst\"]}}\n" +
            "{\"id\":\"unk-1\",\"schema\":\"UnknownLink\",\"properties\":{\"subject\":[\"NK-2\"],\"object\":[\"addr-1\"]}}\n" +
            "{\"id\":\"pay-1\",\"schema\":\"Payment\",\"properties\":{\"payer\":[\"NK-2\"],\"beneficiary\":[\"NK-1\"]}}\n");
        var bad = folder.Write("bad.json",
            "{\"id\":\"NK-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ada\"]}}\n" +
            "{\"id\": \"x\", \"schema\": Person}\n" +
            "[1]\n" +
            "{\"schema\":\"Person\"}\n" +
            "{\"id\":\"own-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"NK-1\"],\"asset\":[\"NK-9\"]}}\n");

        var (exit, stdout, stderr) = Cli.Run("import", "ftm", good);
        var (badExit, badOut, badErr) = Cli.Run("import", "ftm", bad);

        Assert.Equal(0, exit);
        Assert.Equal(
            "# imported by kgraph import ftm from good.json\n" +
            "kgraph: 1\n" +
            "entities:\n" +
            "  - id: ada-lin\n    type: Person\n    name: Ada Lin\n    aliases: [Ada Linn]\n    external: {wikidata: Q1}\n" +
            "  - id: northwind\n    type: Organization\n    name: Northwind\n    kind: company\n" +
            "relationships:\n" +
            "  - id: ada-lin.owns.northwind.2021-02-03\n    from: ada-lin\n    type: OWNS\n    to: northwind\n    start: 2021-02-03\n    status: reviewed\n" +
            "  - id: ada-lin.works_at.northwind\n    from: ada-lin\n    type: WORKS_AT\n    to: northwind\n    role: Analyst\n    status: reviewed\n",
            stdout);
        Assert.Equal("imported 2 entities and 2 relationships; left out: 1 Address, 1 Payment (no KGraph type or mapping); 1 relationships to " +
            "entities left out\n", stderr);
        Assert.Equal((3, ""), (badExit, badOut));
        Assert.Equal(
            $"{bad}:2:23: not valid JSON: 'P' is an invalid start of a value.\n" +
            $"{bad}:3:1: expected one JSON object per line: a FollowTheMoney entity with id, schema and properties\n" +
            $"{bad}:4:1: FollowTheMoney entity without an \"id\" (a string)\n" +
            $"{bad}:5:1: 'to' refers to unknown entity 'NK-9' (no entity row has that id or name)\n" +
            "kgraph: 4 errors; nothing written\n",
            badErr);
    }

    private static string EntityKey(Entity e) =>
        $"{e.Id}|{e.Type}|{e.Kind}|{e.Name}|{string.Join(";", e.AllNames().Distinct().Order(StringComparer.Ordinal))}|" +
        $"{e.External.GetValueOrDefault("wikidata")}";

    private static string RelationshipKey(Relationship r) => $"{r.Id}|{r.From}|{r.Type}|{r.To}|{r.Start}|{r.End}|{r.Role}";
}
