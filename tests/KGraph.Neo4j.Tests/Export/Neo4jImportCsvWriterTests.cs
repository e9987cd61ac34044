using KGraph.Model;
using KGraph.Neo4j.Export;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Export;

public sealed class Neo4jImportCsvWriterTests
{
    private static readonly Neo4jLoadPlan Small = Neo4jLoadPlan.For(Some.SmallGraph(), GraphVocabulary.BuiltIn);

    private static string Csv(Action<Neo4jLoadPlan, TextWriter> write, Neo4jLoadPlan? plan = null)
    {
        using var text = new StringWriter { NewLine = "\n" };
        write(plan ?? Small, text);
        return text.ToString();
    }

    [Fact]
    public void Entities_have_an_ID_space_two_labels_typed_columns_and_quoted_fields()
    {
        Assert.Equal(
            "id:ID(Entity),:LABEL,name,name_en,name_zh,aliases:string[],kind,born:long,prop_id,kgraph_managed:boolean\n" +
            "acme,Entity\u001FOrganization,\"Acme, \"\"Inc\"\"\",,,,company,,,true\n" +
            "ann,Entity\u001FPerson,Ann O'Neil,Ann,安,A. O'Neil\u001FAnnie,,1970,clash,true\n",
            Csv(Neo4jImportCsvWriter.WriteEntities));
    }

    [Fact]
    public void Documents_and_mentions_use_their_own_ID_space()
    {
        Assert.Equal(
            "id:ID(Document),:LABEL,title,url,published,lang,kgraph_managed:boolean\n" +
            "doc-1,Document,\"It's \"\"news\"\"\",https://example.test/a,2024-03,en,true\n",
            Csv(Neo4jImportCsvWriter.WriteDocuments));
        Assert.Equal(
            ":START_ID(Document),:END_ID(Entity),:TYPE,id,count:long,kgraph_managed:boolean\n" +
            "doc-1,ann,MENTIONS,mentions.doc-1.ann,2,true\n",
            Csv(Neo4jImportCsvWriter.WriteMentions));
    }

    [Fact]
    public void Relationships_keep_line_breaks_inside_quoted_fields_and_skip_rejected_facts()
    {
        Assert.Equal(
            ":START_ID(Entity),:END_ID(Entity),:TYPE,id,start,end,role,confidence:double,status,sources:string[],quotes:string[],kgraph_managed:boolean\n" +
            "ann,acme,FOUNDED,ann.founded.acme.2024,2024,,co-founder,0.75,extracted,doc-1,\"Ann founded Acme;\nreally\",true\n",
            Csv(Neo4jImportCsvWriter.WriteRelationships));
    }

    [Fact]
    public void Sources_list_each_document_once_and_quotes_are_one_quoted_field_when_any_item_needs_it()
    {
        var graph = new KnowledgeGraph([], [Some.Person("a", "A"), Some.Organization("b", "B")],
        [
            new Relationship
            {
                Id = "r", From = "a", Type = "FOUNDED", To = "b", Start = new PartialDate(2024, 3, 18), Confidence = 1e-7,
                    Status = RelationshipStatus.Extracted,
                Evidence =
                [
                    new Evidence("doc-1", new TextSpan(0, 1), "a, b", "x"),
                    new Evidence("doc-1", new TextSpan(0, 1), "say \"hi\"", "x"),
                    new Evidence("doc-2", new TextSpan(0, 1), "", "x"),
                ],
            },
        ]);

        var csv = Csv(Neo4jImportCsvWriter.WriteRelationships, Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn));

        Assert.Equal(
            ":START_ID(Entity),:END_ID(Entity),:TYPE,id,start,end,role,confidence:double,status,sources:string[],quotes:string[],kgraph_managed:boolean\n" +
            "a,b,FOUNDED,r,2024-03-18,,,1E-07,extracted,doc-1\u001Fdoc-2,\"a, b\u001Fsay \"\"hi\"\"\u001F\",true\n",
            csv);
    }

    [Fact]
    public void An_empty_string_is_quoted_so_it_is_not_read_as_a_missing_value()
    {
        var graph = new KnowledgeGraph([], [Some.Person("p", "") with { Kind = "" }], []);

        var csv = Csv(Neo4jImportCsvWriter.WriteEntities, Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn));

        Assert.Equal("id:ID(Entity),:LABEL,name,aliases:string[],kind,kgraph_managed:boolean\np,Entity\u001FPerson,\"\",,\"\",true\n", csv);
    }

    [Fact]
    public void A_free_prop_seen_with_different_types_becomes_the_widest_type()
    {
        var graph = new KnowledgeGraph([],
        [
            Some.Person("a", "A") with { Props = new Dictionary<string, Scalar> { ["n"] = 1L, ["x"] = 1L } },
            Some.Person("b", "B") with { Props = new Dictionary<string, Scalar> { ["n"] = 2.5, ["x"] = "two" } },
        ], []);

        var csv = Csv(Neo4jImportCsvWriter.WriteEntities, Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn));

        Assert.Equal("id:ID(Entity),:LABEL,name,aliases:string[],kind,n:double,x,kgraph_managed:boolean\n" +
            "a,Entity\u001FPerson,A,,,1,1,true\nb,Entity\u001FPerson,B,,,2.5,two,true\n", csv);
    }

    [Fact]
    public void An_array_item_holding_the_delimiter_is_refused_naming_the_entity()
    {
        var graph = new KnowledgeGraph([], [Some.Person("p", "P") with { Aliases = ["a\u001Fb"] }], []);

        var error = Assert.Throws<InvalidDataException>(() => Csv(Neo4jImportCsvWriter.WriteEntities, Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn)));

        Assert.Equal("entity 'p': a value of 'aliases' contains U+001F, the array delimiter of the import files", error.Message);
    }

    [Fact]
    public void Writing_a_directory_produces_five_files_and_the_exact_import_command()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kgraph neo4j " + Guid.NewGuid().ToString("N"));
        try
        {
            var command = Neo4jImportCsvWriter.Write(Small, directory, "graphs");

            Assert.Equal(["constraints.cypher", "documents.csv", "entities.csv", "mentions.csv", "relationships.csv"],
                Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(Csv(Neo4jImportCsvWriter.WriteEntities), File.ReadAllText(Path.Combine(directory, "entities.csv")));
            var at = "'" + Path.GetFullPath(directory);
            Assert.Equal(
                "neo4j-admin database import full graphs \\\n" +
                $"  --nodes={at}/entities.csv' --nodes={at}/documents.csv' \\\n" +
                $"  --relationships={at}/mentions.csv' --relationships={at}/relationships.csv' \\\n" +
                "  --array-delimiter=U+001F --multiline-fields=true\n" +
                $"# then, with the database started: cypher-shell -d graphs -f {at}/constraints.cypher'",
                command);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
