using KGraph.Store;
using KGraph.Yaml;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KGraph.Extraction.Rules;

/// <summary>
/// The extractor's data files (lexicon, relation rules, roles). Built-in copies are embedded;
/// a directory given by the caller (e.g. graph-data/rules/) overrides any file of the same name.
/// </summary>
internal static class RuleFiles
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Every rule file the extractor reads.</summary>
    public static readonly string[] Names = ["lexicon.yaml", "names.yaml", "relations.zh.yaml", "relations.en.yaml"];

    public static T Load<T>(string fileName, string? overrideDirectory)
    {
        var text = Text(fileName, overrideDirectory);
        try
        {
            return Deserializer.Deserialize<T>(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new InvalidDataException($"{fileName}:{e.Start.Line}:{e.Start.Column}: {reason}", e);
        }
    }

    /// <summary>The file's text: the override directory's copy when it has one, else the built-in one.</summary>
    public static string Text(string fileName, string? overrideDirectory)
    {
        if (overrideDirectory is not null)
        {
            var path = Path.Combine(overrideDirectory, fileName);
            if (File.Exists(path)) return BoundedFile.ReadAllText(path, ReadLimits.Default.MaxFileBytes);
        }
        using var stream = typeof(RuleFiles).Assembly.GetManifestResourceStream("KGraph.Extraction.Rules." + fileName)
            ?? throw new InvalidOperationException($"built-in rule file {fileName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
