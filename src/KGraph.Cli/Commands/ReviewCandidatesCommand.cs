using System.CommandLine;
using System.Globalization;
using KGraph.Analysis.Identity;
using KGraph.Cli.Output;
using KGraph.Cli.Review;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph review candidates</c>: pairs of entities that may be one, best first, each reason with its weight.
/// It only suggests; a person records <c>review merge</c> or <c>review distinct</c>, and decided pairs are not shown again.
/// </summary>
public static class ReviewCandidatesCommand
{
    private const int DefaultLimit = 20;

    public static Command Create()
    {
        var data = ReviewData.RootOption();
        var json = CommonOptions.Json();
        var limit = ReviewData.LimitOption(DefaultLimit);
        var command = new Command("candidates", "Pairs of entities that may be the same, scored and explained (nothing is merged)") { data, json, limit };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var max = ReviewData.Limit(result, limit);
            if (ReviewData.Read(result.GetValue(data)!, io) is not { } review) return ExitCodes.InvalidData;
            var graph = review.Load.Graph;
            var all = DuplicateCandidateFinder.BuiltIn.Find(graph, new ReviewedPairs(review.Log));
            var shown = all.Take(max).ToList();
            if (io.Json)
            {
                io.Answer(new CandidatesJson(all.Count, shown.Select(c => CandidateJson.Of(c, graph)).ToList()));
                return ExitCodes.Ok;
            }
            for (var i = 0; i < shown.Count; i++) Print(io.Out, i + 1, shown[i], graph);
            io.Out.WriteLine(all.Count == 0
                ? "no candidates: no undecided pair of entities looks alike"
                : $"{shown.Count} of {all.Count} candidates; record a decision with 'kgraph review merge KEEP OTHER' or 'kgraph review distinct A B'");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"1. larry-page (Larry Page) ~ 拉里-佩奇 (拉里·佩奇), Person, score 0.70" and one "+0.55 reason" line per reason.</summary>
    internal static void Print(TextWriter w, int rank, DuplicateCandidate candidate, Model.KnowledgeGraph graph)
    {
        var (a, b) = (graph.EntitiesById[candidate.First], graph.EntitiesById[candidate.Second]);
        var type = a.Type == b.Type ? a.Type : $"{a.Type} / {b.Type}";
        w.WriteLine($"{rank}. {Describe(a)} ~ {Describe(b)}, {type}, score {Number(candidate.Score)}");
        foreach (var reason in candidate.Reasons) w.WriteLine($"     {Weight(reason.Weight)} {EntityText.OneLine(reason.Text)}");
    }

    internal static string Weight(double weight) => (weight >= 0 ? "+" : "") + Number(weight);

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Describe(Model.Entity e) => $"{e.Id} ({EntityText.OneLine(e.Name)})";

    private sealed record CandidatesJson(int Total, IReadOnlyList<CandidateJson> Candidates);

    private sealed record CandidateJson(EntityJson First, EntityJson Second, double Score, IReadOnlyList<ReasonJson> Reasons)
    {
        public static CandidateJson Of(DuplicateCandidate c, Model.KnowledgeGraph graph) =>
            new(EntityJson.Of(graph.EntitiesById[c.First]), EntityJson.Of(graph.EntitiesById[c.Second]), c.Score,
                c.Reasons.Select(r => new ReasonJson(r.Text, r.Weight)).ToList());
    }

    private sealed record EntityJson(string Id, string Name, string Type)
    {
        public static EntityJson Of(Model.Entity e) => new(e.Id, e.Name, e.Type);
    }

    private sealed record ReasonJson(string Text, double Weight);
}
