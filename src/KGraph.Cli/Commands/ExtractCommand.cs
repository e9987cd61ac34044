using System.CommandLine;
using System.Text.Json.Serialization;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;
using KGraph.Extraction;
using KGraph.Extraction.Proposals;
using KGraph.Extraction.Reading;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph extract PATH... [--out DIR] [--data DIR] [--shard K/N]</c>: one YAML file of entities and evidence-backed
/// relationships per article. Curated entities from the data root are recognised under their ids.
/// With --shard, only the articles of one share (<see cref="ArticleShard"/>) are extracted.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt, .md, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        CommonOptions.RejectOptionLikeValues(paths);
        var output = new Option<string>("--out")
        {
            Description = "Where to write one YAML file per article (default: graph-data/extracted)",
            DefaultValueFactory = _ => Path.Combine(GraphDataSet.DefaultRoot, "extracted")
        }.NotIntoCurated();
        var data = new Option<string>("--data")
        {
            Description = $"Data root whose curated entities are known names (default: {GraphDataSet.DefaultRoot}; skipped when absent)",
            DefaultValueFactory = _ => GraphDataSet.DefaultRoot
        };
        var json = CommonOptions.Json();
        var explain = new Option<bool>("--explain")
        {
            Description = "Print each sentence as the relation rules see it, " +
                "write nothing: [P:name] a name (P Person, O Organization, R Product, L Place, D date, " +
            "N mixed), [P:他=Elon Musk] a pronoun or short reference and whom it means (docs/extraction.md)"
        };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "K/N",
            Description = "Extract only share K of N (K = 1..N), chosen by a hash of each article's path below the folder given (or of its file name when " +
                "given directly): N jobs given the same inputs split them with no coordination, and their outputs together are one whole run's"
        };
        var command = new Command("extract", "Extract entities and relationships, with evidence, from articles") { paths, output, data, json, explain, shard };
        var extraction = new Extractor();
        extraction.AddTo(command);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var share = ParseShard(result.GetValue(shard));
            var articles = ExtractionRunner.ExpandArticles(result.GetValue(paths)!);
            if (articles.Count == 0) throw new UsageException("no article files found");
            var files = articles.Where(share.Takes).Select(a => a.Path).ToList();
            var known = KnownEntities.From(result.GetValue(data)!, io.Error);
            if (extraction.TryCreate(result, known, KnownEntities.Vocabulary(result.GetValue(data)!, io.Error), io,
                out var exitCode) is not { } extractor) return exitCode;
            if (result.GetValue(explain))
            {
                var lines = new List<string>();
                try
                {
                    foreach (var file in files)
                    {
                        var article = ArticleReader.Read(file);
                        io.Report(article.Warnings);
                        lines.AddRange(extractor.Explain(article));
                    }
                }
                catch (ArticleReadException e)
                {
                    io.FailAt(e.Path, e.Reason);
                    return ExitCodes.Failure;
                }
                catch (ProposalFailedException e)
                {
                    io.Fail(e.Message);
                    return ExitCodes.Failure;
                }
                if (io.Json) io.Answer(lines);
                else foreach (var line in lines) io.Out.WriteLine(line);
                return ExitCodes.Ok;
            }
            var runner = new ExtractionRunner(extractor);
            var outcomes = ExtractProgress.Run(io, result.GetValue(json), files.Count,
                progress => runner.Run(articles, share, result.GetValue(output), progress));
            io.Report(outcomes.SelectMany(o => o.Diagnostics));
            foreach (var failed in outcomes.Where(o => !o.Succeeded)) io.FailAt(failed.Path, failed.Problem!);
            var summary = new ExtractSummary(
                outcomes.Count(o => o.Succeeded), outcomes.Count(o => !o.Succeeded),
                outcomes.Sum(o => o.EntityCount), outcomes.Sum(o => o.RelationshipCount),
                [.. outcomes.Where(o => o.OutputPath is not null).Select(o => o.OutputPath!.Replace('\\', '/'))],
                [.. outcomes.Where(o => !o.Succeeded).Select(o => new ExtractFailure(o.Path, o.Problem!))],
                result.GetValue(shard) is null ? null : new ShardSummary(share.Number, share.Count, files.Count, articles.Count))
            {
                Llm = extraction.Summarize(outcomes),
            };
            io.Answer(summary);
            if (!io.Json && summary.Llm is { } llm) LlmOptions.Print(io.Error, llm);
            if (!io.Json) io.Error.WriteLine((summary.Shard is { } taken ? $"shard {share}: " +
                $"{taken.Articles} of {taken.TotalArticles} articles; " : "") + $"extracted {summary.Articles} articles: {summary.Entities} entities, " +
                $"{summary.Relationships} relationships" + (summary.Failed > 0 ? $"; {summary.Failed} failed" : ""));
            return summary.Failed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static ArticleShard ParseShard(string? text)
    {
        if (text is null) return ArticleShard.Whole;
        try { return ArticleShard.Parse(text); }
        catch (FormatException e) { throw new UsageException(e.Message); }
    }

    private sealed record ExtractSummary(int Articles, int Failed, int Entities, int Relationships, IReadOnlyList<string> Outputs,
        IReadOnlyList<ExtractFailure> Failures, ShardSummary? Shard)
    {
        /// <summary>Only with --llm: the offline run's JSON stays as it was.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public LlmSummary? Llm { get; init; }
    }

    /// <summary>Which share this run took, and how many of all the input articles fell in it.</summary>
    private sealed record ShardSummary(int Number, int Count, int Articles, int TotalArticles);

    private sealed record ExtractFailure(string Path, string Problem);
}
