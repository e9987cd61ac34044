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
/// extractor on a gold set and prints precision, recall and F1 per type and overall (micro).
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
        var json = CommonOptions.Json();
        var command = new Command("eval", "Score the extractor against a gold set") { gold, format, errors, data, json };
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
            if (extraction.TryCreate(result, known, vocabulary, io, out var exitCode) is not { } extractor) return exitCode;
            EvaluationReport report;
            try
            {
                report = new Evaluator(extractor).Evaluate(set);
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
        foreach (var error in report.Errors.Take(errors))
            output.WriteLine($"  {error.Kind,-18} {error.Fact}    | {error.Item}: {error.Context}");
    }
}
