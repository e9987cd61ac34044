using System.CommandLine;
using System.Globalization;
using KGraph.Cli.Inputs;
using KGraph.Extraction;
using KGraph.Extraction.Evaluation;
using KGraph.Extraction.Proposals;
using KGraph.Store;
using KGraph.Vocabulary;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph eval --gold FILE [--format kgraph|sentences|duie|conll04|cluener|redocred] [--json] [--errors N]</c>: runs the
/// extractor on a gold set and prints precision, recall and F1 per type and overall (micro); with <c>--compare-models</c>, also
/// how far the F1 differs from other models' on the same texts, with a paired-bootstrap interval.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file (or folder of *.gold.yaml)", Required = true };
        var format = new Option<string?>("--format")
        {
            Description = "kgraph | sentences | duie | conll04 | cluener | redocred (default: guessed from the file)"
        };
        format.AcceptOnlyFromAmong("kgraph", "sentences", "duie", "conll04", "cluener", "redocred");
        var errors = new Option<int>("--errors") { Description = "Also print the first N misses and spurious facts", DefaultValueFactory = _ => 0 };
        var data = new Option<string>("--data")
        {
            Description = $"Data root whose curated entities are known names (default: {GraphDataSet.DefaultRoot}; only for kgraph gold)",
            DefaultValueFactory = _ => GraphDataSet.DefaultRoot
        };
        var compare = new Option<string?>("--compare-models")
        {
            Description = "Also score other models (a folder, 'shipped' or 'rules') on the same texts and print the F1 difference " +
                "with its 95% paired-bootstrap interval: an interval holding 0 means the set cannot tell the two apart",
        };
        var json = CommonOptions.Json();
        var command = new Command("eval", "Score the extractor against a gold set") { gold, format, errors, data, compare, json };
        var extraction = new Extractor();
        extraction.AddTo(command);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var path = result.GetValue(gold)!;
            DataLoading.RequireExisting(path, "gold set ");
            var chosen = result.GetValue(format) is { } name ? Enum.Parse<GoldFormat>(name, ignoreCase: true) : GoldSetReader.Guess(path);
            GoldSet set;
            try
            {
                set = GoldSetReader.Read(path, chosen);
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or YamlDotNet.Core.YamlException
                or KGraph.Extraction.Reading.ArticleReadException)
            {
                io.FailAt(path, e.Message);
                return ExitCodes.InvalidData;
            }
            // Curated names help only where the gold uses curated ids; outside sets are run cold.
            var known = chosen == GoldFormat.Kgraph ? KnownEntities.From(result.GetValue(data)!, io.Error) : [];
            var vocabulary = chosen == GoldFormat.Kgraph ? KnownEntities.Vocabulary(result.GetValue(data)!, io.Error) : GraphVocabulary.BuiltIn;
            var other = result.GetValue(compare);
            if (other is not null && result.GetValue(extraction.Llm.Target) is not null)
                throw new UsageException("--compare-models compares trained models; it cannot be combined with --llm");
            if (other is not null and not ("rules" or "shipped") && !Directory.Exists(other))
                throw new UsageException($"--compare-models: folder '{other}' does not exist (or name 'shipped' or 'rules')");
            if (extraction.TryCreate(result, known, vocabulary, io, out var exitCode) is not { } extractor) return exitCode;
            ArticleExtractor? baseline = null;
            if (other is not null)
            {
                baseline = extraction.TryCreateCompared(result, other, known, vocabulary, io, out exitCode);
                if (baseline is null) return exitCode;
            }
            EvaluationReport report;
            try
            {
                report = new Evaluator(extractor).Evaluate(set);
                if (baseline is not null) report = report with { Comparison = PairedBootstrap.Compare(new Evaluator(baseline).Evaluate(set), report) };
            }
            catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(i => i is ProposalFailedException) is { } failed)
            {
                // A text the model could not answer would be scored as all misses: no score rather than a wrong one.
                io.Fail(failed.Message + "; no score");
                return ExitCodes.Failure;
            }
            if (extraction.Proposer is { } asked) report = report with { Llm = new ProposerCost(asked.Name, asked.Total) };
            io.Answer(report);
            if (!io.Json) Print(io.Out, report, result.GetValue(errors));
            if (!io.Json && extraction.Proposer is { } proposer)
            {
                var cost = proposer.Total;
                io.Error.WriteLine($"llm: {proposer.Name}, {set.Items.Count} texts: {cost.Chunks} chunks ({cost.CachedChunks} from cache), " +
                    $"{cost.Requests} requests, {cost.InputTokens} input + {cost.OutputTokens} output tokens");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter output, EvaluationReport report, int errors)
    {
        output.WriteLine($"{report.GoldSet} ({report.Format}, {report.Items} texts)");
        output.WriteLine($"{"type",-20} {"P",6} {"R",6} {"F1",6} {"tp",5} {"fp",5} {"fn",5}");
        foreach (var score in report.Types.Append(report.Overall))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{score.Type,-20} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.TruePositives,5} {score.FalsePositives,5} " +
                $"{score.FalseNegatives,5}"));
        if (report.Headlines is { } headlines)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"headline facts found: {headlines.Found} of {headlines.Total} ({headlines.Recall:0.000})"));
        if (report.Comparison is { } c)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"against the compared models: F1 {c.Baseline:0.000} → {c.Candidate:0.000} ({c.Difference:+0.000;-0.000;0.000}), " +
                $"95% interval {c.Low:+0.000;-0.000;0.000} … {c.High:+0.000;-0.000;0.000}, higher in {c.ShareBetter:0.0%} of " +
                $"{c.Resamples:N0} resamples of the {c.Texts} texts (paired bootstrap)"));
        foreach (var error in report.Errors.Take(errors))
            output.WriteLine($"  {error.Kind,-18} {error.Fact}    | {error.Item}: {error.Context}");
    }
}
