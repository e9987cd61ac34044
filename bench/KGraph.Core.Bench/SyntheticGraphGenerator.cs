using System.Globalization;
using System.Text;

namespace KGraph.Core.Bench;

/// <summary>
/// Writes a synthetic data root: curated entity files and extracted relationship files with
/// evidence, the shape real data has, from a fixed seed so every run measures the same bytes.
/// </summary>
internal static class SyntheticGraphGenerator
{
    private static readonly string[] PersonToOrg = ["WORKS_AT", "LEADS", "FOUNDED", "INVESTED_IN", "LEFT", "MEMBER_OF"];
    private static readonly string[] OrgToOrg = ["INVESTED_IN", "COMPETES_WITH", "PARTNERED_WITH", "SUBSIDIARY_OF", "ACQUIRED"];

    public static void Generate(string root, int entities, int relationships, int entitiesPerFile = 1000, int relationshipsPerFile = 1000)
    {
        var random = new Random(20241128);
        var types = new string[entities];
        for (var i = 0; i < entities; i++) types[i] = (i % 10) switch { < 5 => "Person", < 9 => "Organization", _ => "Product" };

        Directory.CreateDirectory(Path.Combine(root, "curated"));
        Directory.CreateDirectory(Path.Combine(root, "extracted"));
        for (var file = 0; file * entitiesPerFile < entities; file++)
        {
            var text = new StringBuilder("kgraph: 1\nentities:\n");
            for (var i = file * entitiesPerFile; i < Math.Min(entities, (file + 1) * entitiesPerFile); i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - id: e{i}\n    type: {types[i]}\n    name: Entity {i}\n");
                text.Append(CultureInfo.InvariantCulture, $"    names: {{zh: 实体{i}号, en: Entity {i}}}\n    aliases: [E{i}, 实体{i}]\n");
                if (i % 3 == 0) text.Append(CultureInfo.InvariantCulture, $"    external: {{wikidata: Q{1000 + i}}}\n    props: " +
                    $"{{founded: {1950 + i % 70}, employees: {i * 7}}}\n");
            }
            File.WriteAllText(Path.Combine(root, "curated", $"entities-{file:D4}.yaml"), text.ToString());
        }

        var people = Enumerable.Range(0, entities).Where(i => types[i] == "Person").ToArray();
        var orgs = Enumerable.Range(0, entities).Where(i => types[i] == "Organization").ToArray();
        var products = Enumerable.Range(0, entities).Where(i => types[i] == "Product").ToArray();
        var written = 0;
        for (var file = 0; written < relationships; file++)
        {
            var doc = $"article-{file:D5}";
            var text = new StringBuilder($"kgraph: 1\ndocuments:\n  - " +
                $"{{id: {doc}, title: Synthetic article {file}, published: 2024-03-{1 + file % 28:D2}, lang: zh}}\nrelationships:\n");
            for (var k = 0; k < relationshipsPerFile && written < relationships; k++, written++)
            {
                var (from, type, to) = (random.Next(3)) switch
                {
                    0 => (people[random.Next(people.Length)], PersonToOrg[random.Next(PersonToOrg.Length)], orgs[random.Next(orgs.Length)]),
                    1 => (orgs[random.Next(orgs.Length)], OrgToOrg[random.Next(OrgToOrg.Length)], orgs[random.Next(orgs.Length)]),
                    _ => (orgs[random.Next(orgs.Length)], "DEVELOPED", products[random.Next(products.Length)]),
                };
                var start = random.Next(4) == 0 ? "" : $"\n    start: {2000 + random.Next(25)}-{1 + random.Next(12):D2}";
                var offset = random.Next(5000);
                text.Append(CultureInfo.InvariantCulture,
                    $"  - id: r{written}\n    from: e{from}\n    type: {type}\n    to: e{to}{start}\n    confidence: 0.{10 + random.Next(90)}\n    status: " +
                        $"extracted\n" +
                    $"    evidence:\n      - " +
                        $"{{doc: {doc}, span: [{offset}, {offset + 24}], quote: 实体{from}号与实体{to}号的关系在此说明, rule: zh.synthetic}}\n");
            }
            File.WriteAllText(Path.Combine(root, "extracted", $"article-{file:D5}.yaml"), text.ToString());
        }
    }
}
