namespace KGraph.Cli.Tests.Commands;

public class ImportCommandTests
{
    // Entities shaped like an OpenSanctions targets.simple.csv (id, schema, name, aliases split by ';'), with a column KGraph does not read.
    private const string OpenSanctionsEntities =
        "id,schema,name,aliases,countries\n" +
        "Q1,Person,Ada Lin,\"Lin, Ada;A. Lin\",cn\n" +
        "Q2,Company,Northwind Labs,Northwind,us\n" +
        "ofac-77,Organization,\"Harbor \"\"Blue\"\" Fund\",,\n";

    // Relationships shaped like a LittleSis export: entity1_id/entity2_id, numeric category_id, description1, dates with 00 for unknown parts.
    private const string LittleSisRelationships =
        "id,entity1_id,entity2_id,category_id,description1,start_date,end_date,is_current\n" +
        "501,Q1,Q2,1,Chief Executive,2019-00-00,,1\n" +
        "502,ofac-77,Northwind Labs,10,,2021-06-00,,1\n";

    [Fact]
    public void Import_csv_finds_columns_by_LittleSis_and_OpenSanctions_header_names()
    {
        using var folder = new TempFolder();
        var entities = folder.Write("entities.csv", OpenSanctionsEntities);
        var relationships = folder.Write("relationships.csv", LittleSisRelationships);

        var (exit, stdout, stderr) = Cli.Run("import", "csv", entities, relationships);

        Assert.Equal(0, exit);
        Assert.Equal(
            "# imported by kgraph import csv from entities.csv, relationships.csv\n" +
            "kgraph: 1\n" +
            "entities:\n" +
            "  - id: ada-lin\n    type: Person\n    name: Ada Lin\n    aliases: ['Lin, Ada', A. Lin]\n" +
            "  - id: northwind-labs\n    type: Organization\n    name: Northwind Labs\n    aliases: [Northwind]\n    kind: company\n" +
            "  - id: ofac-77\n    type: Organization\n    name: Harbor \"Blue\" Fund\n" +
            "relationships:\n" +
            "  - id: ada-lin.works_at.northwind-labs.2019\n    from: ada-lin\n    type: WORKS_AT\n    to: northwind-labs\n    start: 2019\n    role: " +
            "Chief Executive\n    status: reviewed\n" +
            "  - id: ofac-77.owns.northwind-labs.2021-06\n    from: ofac-77\n    type: OWNS\n    to: " +
            "northwind-labs\n    start: 2021-06\n    status: reviewed\n",
            stdout);
        Assert.Equal(
            $"{entities}:1:1: warning: columns not imported: countries (known: id, entity_id, key, identifier, name, caption, label, display_name, type, " +
            $"schema, primary_ext, entity_type, kind, category, subtype, aliases, alias, other_names, alt_names, also_known_as, wikidata, wikidata_id, qid)\n" +
            $"{relationships}:1:1: warning: columns not imported: id, is_current (known: from, source, subject, entity1_id, entity1, source_id, from_id, " +
            $"start_id, owner, person, to, target, object, entity2_id, entity2, target_id, to_id, end_id, asset, organization, type, relationship, relation, " +
            $"predicate, category, category_id, schema, start, start_date, since, begin, date, end, end_date, until, role, description1, title, position, " +
            $"quote, evidence, excerpt, url, source_url, link, source_link)\n" +
            "imported 3 entities and 2 relationships\n",
            stderr);
    }

    [Fact]
    public void Import_csv_reports_each_bad_row_at_its_line_and_column_and_writes_nothing()
    {
        using var folder = new TempFolder();
        // The quoted name spans lines 2-3, so the row after it is line 4.
        var entities = folder.Write("people.csv", "name,type,id\n\"Bo\nHan, Jr.\",Persn,bo\nCy,Person,cy\nDee,Starship,dee\n");
        var relationships = folder.Write("links.csv", "source,target,type,start\nbo,cy,MET,2024-13\ncy,nobody,MET,\ncy,cy,FOUNDDED,\ncy,Cy,FOUNDED,\n");
        var output = folder["out.yaml"];

        var (exit, stdout, stderr) = Cli.Run("import", "csv", entities, relationships, "--out", output);

        Assert.Equal((3, ""), (exit, stdout));
        Assert.Equal(
            $"{links(2, 1)}: 'from' refers to unknown entity 'bo' (no entity row has that id or name)\n" +
            $"{links(2, 11)}: start '2024-13' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD\n" +
            $"{links(3, 4)}: 'to' refers to unknown entity 'nobody' (no entity row has that id or name)\n" +
            $"{links(4, 7)}: unknown relationship type 'FOUNDDED'; did you mean 'FOUNDED'?\n" +
            $"{links(5, 7)}: FOUNDED is not allowed from Person to Person (allowed: Person/Organization → Organization/Product)\n" +
            $"{entities}:3:11: unknown entity type 'Persn'; did you mean 'Person'?\n" +
            $"{entities}:5:5: unknown entity type 'Starship' (add it to schema.yaml, or use one of: Person, Organization, Product, Place)\n" +
            "kgraph: 7 errors; nothing written\n",
            stderr);
        Assert.False(File.Exists(output));

        string links(int line, int column) => $"{relationships}:{line}:{column}";
    }

    [Theory]
    [InlineData("name\nAda\n", "no column for 'type': name one of type, schema, primary_ext, entity_type in the first row")]
    [InlineData("", "empty CSV file: the first row must name the columns")]
    public void Import_csv_without_the_needed_columns_names_the_headers_it_accepts(string csv, string message)
    {
        using var folder = new TempFolder();
        var entities = folder.Write("e.csv", csv);

        var (exit, stdout, stderr) = Cli.Run("import", "csv", entities);

        Assert.Equal((3, "", $"{entities}:1:1: {message}\nkgraph: 1 errors; nothing written\n"), (exit, stdout, stderr));
    }

    [Fact]
    public void Import_csv_reports_invalid_UTF8_and_an_unclosed_quote_with_their_positions()
    {
        using var folder = new TempFolder();
        var latin1 = folder.WriteBytes("latin1.csv", [.. "name,type\nJos"u8, 0xE9, .. ",Person\n"u8]);
        var unclosed = folder.Write("unclosed.csv", "name,type\nAda,Person\n\"Bo,Person\nCy,Person\n");

        var (exit1, _, stderr1) = Cli.Run("import", "csv", latin1);
        var (exit2, _, stderr2) = Cli.Run("import", "csv", unclosed);

        Assert.Equal((3, $"{latin1}:2:4: invalid UTF-8 (byte 0xE9 at offset 13)\nkgraph: 1 errors; nothing written\n"), (exit1, stderr1));
        Assert.Equal((3, $"{unclosed}:3:1: quoted cell is never closed\nkgraph: 1 errors; nothing written\n"), (exit2, stderr2));
    }

    [Fact]
    public async Task Import_refuses_a_device_as_it_refuses_any_input_that_is_not_a_regular_file()
    {
        var (exit, stdout, stderr) = await SpecialFiles.WithinSeconds(20, () => Cli.Run("import", "ftm", SpecialFiles.DevZero));

        Assert.Equal((3, "", "/dev/zero:1:1: not a regular file but a character device; only regular files are read\nkgraph: 1 errors; " +
            "nothing written\n"), (exit, stdout, stderr));
    }

    [Fact]
    public void Import_csv_refuses_bidi_controls_that_validate_would_refuse_in_the_written_file()
    {
        using var folder = new TempFolder();
        var entities = folder.Write("e.csv", "name,type,aliases\nAda,Person,ok;\u202Eevil\nBo,Person,\nCy,Person,\n");
        var relationships = folder.Write("r.csv", "from,to,type,role\nBo,Cy,MET,\u2066x\n");

        var (exit, _, stderr) = Cli.Run("import", "csv", entities, relationships);

        Assert.Equal((3,
            $"{entities}:2:12: 'aliases' holds U+202E RIGHT-TO-LEFT OVERRIDE at character 1, " +
            $"which makes text show in another order than it is stored; remove it\n" +
            $"{relationships}:2:11: 'role' holds U+2066 LEFT-TO-RIGHT ISOLATE at character 1, " +
            $"which makes text show in another order than it is stored; remove it\n" +
            "kgraph: 2 errors; nothing written\n"), (exit, stderr));
    }

    [Fact]
    public void Import_never_replaces_an_existing_file()
    {
        using var folder = new TempFolder();
        var entities = folder.Write("e.csv", "name,type\nAda,Person\n");
        var existing = folder.Write("curated/people.yaml", "kgraph: 1\n");

        var (exit, stdout, stderr) = Cli.Run("import", "csv", entities, "--out", existing);

        Assert.Equal((2, "", $"kgraph: --out {existing} already exists; " +
            $"import writes a new file and never replaces one (choose another name)\n"), (exit, stdout, stderr));
        Assert.Equal("kgraph: 1\n", File.ReadAllText(existing));
    }

    [Fact]
    public void Import_into_a_new_file_of_a_curated_folder_checks_against_that_data_roots_vocabulary_and_validates()
    {
        using var root = new TempFolder();
        File.Copy(RepositoryFiles.PathOf("graph-data", "schema.yaml"), root["schema.yaml"]);
        File.AppendAllText(root["schema.yaml"], "  - name: ADVISES\n    description: Advises.\n    from: [Person]\n    to: [Organization]\n");
        var entities = root.Write("in/e.csv", "name,type\nAda,Person\nNorthwind,Organization\n");
        var relationships = root.Write("in/r.csv", "from,to,type\nAda,Northwind,advises\n");
        var output = root["curated/imported.yaml"];
        Assert.Equal(0, Cli.Run("schema", root.Path).Exit);

        var (exit, _, stderr) = Cli.Run("import", "csv", entities, relationships, "--out", output);

        Assert.Equal((0, $"imported 2 entities and 1 relationships → {output}\n"), (exit, stderr));
        var yaml = File.ReadAllText(output);
        Assert.StartsWith("# yaml-language-server: $schema=../schema/kgraph.schema.json\n# imported by kgraph import csv from e.csv, r.csv\n", yaml,
            StringComparison.Ordinal);
        Assert.Contains("    type: ADVISES\n", yaml, StringComparison.Ordinal);
        Assert.Empty(SchemaViolations.Of(SchemaViolations.Load(root["schema/kgraph.schema.json"]), yaml));
        var validate = Cli.Run("validate", root.Path);
        Assert.Equal((0, "ok: 1 files, 2 entities, 1 relationships, 0 documents\n"), (validate.Exit, validate.Err));
    }
}
