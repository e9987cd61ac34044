using KGraph.Cli.Commands;
using KGraph.Cli.Output;
using KGraph.Model;

namespace KGraph.Cli.Tests.Commands;

public class EntityTextTests
{
    [Fact]
    public void A_relationship_prints_with_each_quote_and_its_source_document()
    {
        var graph = new KnowledgeGraph(
            [new Document("doc-1", "Ada founds Acme", "https://example.org/a", new PartialDate(2020, 5))],
            [], []);
        var relationship = new Relationship
        {
            Id = "ada.founded.acme.2020",
            From = "ada",
            Type = "FOUNDED",
            To = "acme",
            Start = new PartialDate(2020),
            Role = "founder\nand CEO",
            Evidence = [new Evidence("doc-1", new TextSpan(0, 15), "Ada founded\nAcme"), new Evidence("doc-2", new TextSpan(3, 9), "Acme's founder")],
        };
        var writer = new StringWriter();

        EntityText.PrintRelationship(writer, relationship, graph, "  ");

        Assert.Equal("""
              ada FOUNDED acme, 2020, role founder and CEO
                “Ada founded Acme” — doc-1, Ada founds Acme, 2020-05, https://example.org/a
                “Acme's founder” — doc-2

            """, writer.ToString());
    }

    [Fact]
    public void A_name_with_control_characters_prints_on_one_line()
    {
        var entity = new Entity { Id = "x", Type = "Person", Name = "Eve\nInjected\u001b[31m" };

        Assert.Equal("Eve Injected [31m (x)", EntityText.Name(entity));
    }
}
