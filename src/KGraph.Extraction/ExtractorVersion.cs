using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Rules;
using KGraph.Model;
using KGraph.Store;

namespace KGraph.Extraction;

/// <summary>
/// Everything besides the article that decides an extracted file's bytes, hashed: the code (the
/// extraction and core assemblies, jieba's dictionaries), the models' fingerprint, the rule and lexicon files, the
/// options and the known entities. Two extractors with the same version write the same file for the
/// same article, so an incremental build may keep a file whose article and version are unchanged.
/// </summary>
internal static class ExtractorVersion
{
    public static string Of(IReadOnlyList<Entity> knownEntities, ExtractorOptions options)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string part)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }

        Add("kgraph-extractor 1");
        // Deterministic builds give the same module id to the same code, and a new one to any change.
        foreach (var assembly in new[] { typeof(ExtractorVersion).Assembly, typeof(GraphFileWriter).Assembly })
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        // jieba's dictionaries are files beside the program, not part of any assembly.
        if (Directory.Exists(JiebaTagger.DefaultDirectory))
            foreach (var file in Directory.GetFiles(JiebaTagger.DefaultDirectory).Order(StringComparer.Ordinal))
                Add(Path.GetFileName(file) + ":" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        Add(options.Models?.Fingerprint ?? "no models");
        foreach (var file in RuleFiles.Names) Add(file + "\n" + RuleFiles.Text(file, options.RulesDirectory));
        var perLanguage = options.ModelMinConfidences.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value.ToString("R", CultureInfo.InvariantCulture));
        Add(string.Join(",", options.MinConfidence?.ToString("R", CultureInfo.InvariantCulture),
            options.ModelMinConfidence?.ToString("R", CultureInfo.InvariantCulture),
            string.Join("+", perLanguage),
            options.RelationRules, options.UseHmm, options.RuleNames, options.ScriptFolder.GetType().FullName,
                string.Join("+", options.EntityModelLanguages.Order(StringComparer.Ordinal))));
        foreach (var type in options.Vocabulary.RelationshipTypes)
            Add($"{type.Name}:{string.Join("|", type.From)}>{string.Join("|", type.To)}:{type.Symmetric}");
        Add(GraphFileWriter.ToYaml([], knownEntities, []));
        // Only with a proposer, so that the offline extractor's version stays what it was.
        if (options.Proposer is { } proposer) Add("proposer " + proposer.Fingerprint);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
