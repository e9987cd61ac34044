using KGraph.Extraction.Reading;
using KGraph.Store;
using KGraph.Yaml;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Our own gold YAML (graph-data/gold/README.md): an article, its entities with every name the text
/// uses, required and optional relationships, entity props, and not_facts that must not be extracted.
/// A folder means every *.gold.yaml in it.
/// </summary>
public static class KgraphGold
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>Gold props are scored whether or not the extractor reads them; one it never reads counts as misses.</summary>
    public static GoldSet Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.gold.yaml").Order(StringComparer.Ordinal).ToList()
            : [path];
        return new GoldSet(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), GoldFormat.Kgraph, [.. files.Select(ReadFile)]);
    }

    private static GoldItem ReadFile(string file)
    {
        var gold = Deserializer.Deserialize<GoldFile>(BoundedFile.ReadAllText(file, ReadLimits.Default.MaxFileBytes));
        if (gold.KgraphGold != 1) throw new InvalidDataException($"{file}: not a kgraph gold file (expected 'kgraph-gold: 1')");
        var articlePath = ResolveArticle(file, gold.Article ?? throw new InvalidDataException($"{file}: 'article' is missing"));
        var article = ArticleReader.Read(articlePath);
        var facts = new List<GoldFact>();
        foreach (var r in gold.Relationships) facts.Add(new GoldFact(r.From, r.Type, r.To, r.Optional) { Headline = r.Headline });
        foreach (var n in gold.NotFacts) facts.Add(new GoldFact(n.From, n.Type, n.To, NotFact: true));
        foreach (var e in gold.Entities)
            foreach (var (key, value) in e.Props)
                facts.Add(new GoldFact(e.Id, key, value));
        var names = gold.Entities.ToDictionary(e => e.Id, e => (IReadOnlyList<string>)e.Mentions, StringComparer.Ordinal);
        return new GoldItem(Path.GetFileName(file), article.Text, facts, [], articlePath)
        {
            EntityNames = names,
            Published = article.Published,
        };
    }

    /// <summary>Gold files name articles from the repository root; try the current directory, then the root above graph-data/gold.</summary>
    private static string ResolveArticle(string goldFile, string article)
    {
        if (File.Exists(article)) return article;
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldFile))!, "..", ".."));
        var fromRoot = Path.Combine(root, article);
        return File.Exists(fromRoot) ? fromRoot : throw new InvalidDataException($"{goldFile}: article {article} not found");
    }

    private sealed class GoldFile
    {
        [YamlMember(Alias = "kgraph-gold", ApplyNamingConventions = false)]
        public int KgraphGold { get; set; }
        public string? Article { get; set; }
        public List<GoldEntity> Entities { get; set; } = [];
        public List<GoldRelationship> Relationships { get; set; } = [];
        public List<GoldRelationship> NotFacts { get; set; } = [];
    }

    private sealed class GoldEntity
    {
        public string Id { get; set; } = "";
        public List<string> Mentions { get; set; } = [];
        public Dictionary<string, string> Props { get; set; } = [];
    }

    private sealed class GoldRelationship
    {
        public string From { get; set; } = "";
        public string Type { get; set; } = "";
        public string To { get; set; } = "";
        public bool Optional { get; set; }
        public bool Headline { get; set; }
    }
}
