using System.CommandLine;
using System.Globalization;
using KGraph.Extraction;
using KGraph.Extraction.Learning;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Cli.Inputs;

/// <summary>
/// Builds the extractor the way every extracting command does (extract, build, eval): the trained models
/// (bundled, or <c>--models DIR</c>) beside the hand rules unless <c>--rules-only</c>. By default the models' facts
/// below the probability chosen on validation are left out; <c>--min-confidence C</c> leaves out every fact below C.
/// A broken rule file is invalid data (exit 3); a missing or damaged model file a failure (exit 1); either is
/// reported, never a crash.
/// </summary>
internal sealed class Extractor
{
    public Option<string?> Models { get; } = new("--models") { Description = "Folder of trained model files (default: the models shipped with kgraph)" };

    public Option<bool> RulesOnly { get; } = new("--rules-only") { Description = "Use the hand rules alone, no trained models" };

    /// <summary>The default threshold of the models' facts as help prints it: "0.9", or per language "0.7 (Chinese), 0.85 (English)".</summary>
    private static readonly string DefaultThresholds = ExtractorOptions.DefaultModelMinConfidences.Values.Distinct().Count() == 1
        ? ExtractorOptions.DefaultModelMinConfidences.Values.First().ToString(CultureInfo.InvariantCulture)
        : string.Join(", ", ExtractorOptions.DefaultModelMinConfidences.OrderByDescending(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Value.ToString(CultureInfo.InvariantCulture)} ({(p.Key == "zh" ? "Chinese" : p.Key == "en" ? "English" : p.Key)})"));

    public Option<double?> MinConfidence { get; } = new("--min-confidence")
    {
        Description = "Leave out every fact less confident than this "
            + $"(default: the models' facts below {DefaultThresholds}, chosen on validation data; the rules' all kept)",
    };

    /// <summary>--llm and its limits (<see cref="LlmOptions"/>).</summary>
    public LlmOptions Llm { get; } = new();

    /// <summary>The model asked for facts, once <see cref="TryCreate"/> made it with --llm; null otherwise.</summary>
    public KGraph.Llm.LlmProposer? Proposer { get; private set; }

    public void AddTo(Command command)
    {
        command.Options.Add(Models);
        command.Options.Add(RulesOnly);
        command.Options.Add(MinConfidence);
        Llm.AddTo(command);
    }

    /// <summary>What the model cost and gave over these outcomes (<see cref="LlmOptions.Summarize"/>); null without --llm.</summary>
    public LlmSummary? Summarize(IEnumerable<ArticleOutcome> outcomes) =>
        Proposer is null ? null : LlmOptions.Summarize(Proposer.Name, outcomes.Where(o => o.Proposals is not null).Select(o => (o.Path, o.Proposals!)));

    /// <summary>The extractor, or null with the problem printed and <paramref name="exitCode"/> set.</summary>
    public ArticleExtractor? TryCreate(ParseResult result, IReadOnlyList<Entity> known, GraphVocabulary vocabulary, CliOutput io, out int exitCode) =>
        TryBuild(result, known, vocabulary, io, () =>
        {
            Proposer = Llm.Create(result, vocabulary);
            return result.GetValue(RulesOnly) ? null : Load(result.GetValue(Models));
        }, out exitCode);

    /// <summary>
    /// A second extractor, as <see cref="TryCreate"/> makes it but with other models (<c>--compare-models</c>): a folder, <c>shipped</c>
    /// for the bundled models or <c>rules</c> for the hand rules alone; no LLM.
    /// </summary>
    public ArticleExtractor? TryCreateCompared(ParseResult result, string models, IReadOnlyList<Entity> known, GraphVocabulary vocabulary,
        CliOutput io, out int exitCode) =>
        TryBuild(result, known, vocabulary, io, () => models switch
        {
            "rules" => null,
            "shipped" => Load(null),
            _ => Load(models),
        }, out exitCode, proposer: false);

    private ArticleExtractor? TryBuild(ParseResult result, IReadOnlyList<Entity> known, GraphVocabulary vocabulary, CliOutput io,
        Func<ExtractionModels?> models, out int exitCode, bool proposer = true)
    {
        exitCode = ExitCodes.Ok;
        var minConfidence = FilterOptions.Confidence(MinConfidence.Name, result.GetValue(MinConfidence));
        try
        {
            var loaded = models();
            return new ArticleExtractor(known, new ExtractorOptions
            {
                Models = loaded,
                MinConfidence = minConfidence,
                Proposer = proposer ? Proposer : null,
                Vocabulary = vocabulary,
            });
        }
        catch (ModelFileException e)
        {
            io.Fail(e.Message);
            exitCode = ExitCodes.Failure;
            return null;
        }
        catch (InvalidDataException e)
        {
            io.Fail(e.Message);
            exitCode = ExitCodes.InvalidData;
            return null;
        }
    }

    /// <summary>The bundled models are read once per process (tests run many commands in one).</summary>
    private static ExtractionModels Load(string? directory) =>
        directory is null ? Bundled.Value : ExtractionModels.Load(directory);

    private static readonly Lazy<ExtractionModels> Bundled = new(() => ExtractionModels.Load(ExtractionModels.BundledDirectory));
}
