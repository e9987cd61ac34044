using System.CommandLine;
using System.Globalization;
using KGraph.Extraction.Proposals;
using KGraph.Llm;
using KGraph.Vocabulary;

namespace KGraph.Cli.Inputs;

/// <summary>
/// <c>--llm PROVIDER:MODEL</c> and its limits, for every extracting command (extract, build, eval): a chat model
/// proposes facts that the extractor checks against the text (docs/llm.md). Without --llm nothing changes.
/// The key is read from OPENAI_API_KEY only, never from the command line, where other users could see it.
/// </summary>
internal sealed class LlmOptions
{
    public Option<string?> Target { get; } = new("--llm")
    {
        HelpName = "PROVIDER:MODEL",
        Description = "Also ask a chat model for facts, each checked against the text: openai:MODEL (any OpenAI-compatible server; $OPENAI_BASE_URL, " +
            "$OPENAI_API_KEY) or ollama:MODEL ($OLLAMA_HOST)",
    };

    public Option<string?> Url { get; } = new("--llm-url")
    {
        Description = "The server's address (default: $OPENAI_BASE_URL or $OLLAMA_HOST, else the provider's own)"
    };

    public Option<int> Parallel { get; } = new("--llm-parallel") { Description = "Requests to the model at once (default: 2)", DefaultValueFactory = _ => 2 };

    public Option<double> Timeout { get; } = new("--llm-timeout")
    {
        Description = "Seconds one request may take before it is retried (default: 120)",
        DefaultValueFactory = _ => 120
    };

    public Option<int> Retries { get; } = new("--llm-retries")
    {
        Description = "Retries of a request after 429, 5xx, a timeout or a broken connection (default: 3)",
        DefaultValueFactory = _ => 3
    };

    public Option<double> Backoff { get; } = new("--llm-backoff")
    {
        Description = "Seconds before the first retry, doubled before each next one, unless the server sends Retry-After (default: 1)",
        DefaultValueFactory = _ => 1
    };

    public Option<string> Cache { get; } = new("--llm-cache")
    {
        Description = "Folder of cached answers; a re-run with nothing changed sends no request (default: .kgraph/llm-cache)",
        DefaultValueFactory = _ => LlmSettings.DefaultCacheDirectory
    };

    public Option<int> Chunk { get; } = new("--llm-chunk")
    {
        Description = "Longest chunk of an article sent in one request, in characters, cut between sentences (default: 3000)",
        DefaultValueFactory = _ => 3000
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Target, Url, Parallel, Timeout, Retries, Backoff, Cache, Chunk }) command.Options.Add(option);
    }

    /// <summary>The proposer --llm asks for, or null without --llm; a <see cref="UsageException"/> for a bad value.</summary>
    public LlmProposer? Create(ParseResult result, GraphVocabulary vocabulary)
    {
        if (result.GetValue(Target) is not { } target) return null;
        var parallel = result.GetValue(Parallel);
        var timeout = result.GetValue(Timeout);
        var retries = result.GetValue(Retries);
        var backoff = result.GetValue(Backoff);
        var chunk = result.GetValue(Chunk);
        if (parallel < 1) throw new UsageException($"--llm-parallel must be at least 1, not {parallel}");
        if (timeout <= 0) throw new UsageException($"--llm-timeout must be above 0 seconds, not {timeout.ToString(CultureInfo.InvariantCulture)}");
        if (retries < 0) throw new UsageException($"--llm-retries must be 0 or more, not {retries}");
        if (backoff < 0) throw new UsageException($"--llm-backoff must be 0 or more seconds, not {backoff.ToString(CultureInfo.InvariantCulture)}");
        if (chunk < 200) throw new UsageException($"--llm-chunk must be at least 200 characters, not {chunk}");
        LlmSettings settings;
        try
        {
            settings = LlmSettings.Resolve(target, result.GetValue(Url), Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        return new LlmProposer(new LlmSettings
        {
            Provider = settings.Provider,
            Model = settings.Model,
            BaseUrl = settings.BaseUrl,
            ApiKey = settings.ApiKey,
            Parallel = parallel,
            Timeout = TimeSpan.FromSeconds(timeout),
            Attempts = retries + 1,
            Backoff = TimeSpan.FromSeconds(backoff),
            CacheDirectory = result.GetValue(Cache)!,
            ChunkChars = chunk,
        }, vocabulary);
    }

    /// <summary>One line per article that asked the model and one for the run: chunks, cache hits, requests, tokens, facts kept.</summary>
    public static LlmSummary Summarize(string model, IEnumerable<(string Path, ProposalReport Report)> articles)
    {
        var list = articles.Select(a => new LlmArticle(a.Path.Replace('\\', '/'), a.Report.Usage.Chunks, a.Report.Usage.CachedChunks, a.Report.Usage.Requests,
            a.Report.Usage.InputTokens, a.Report.Usage.OutputTokens, a.Report.Proposed, a.Report.Kept, a.Report.Dropped.Count)).ToList();
        return new LlmSummary(model, list.Sum(a => a.Chunks), list.Sum(a => a.CachedChunks), list.Sum(a => a.Requests), list.Sum(a => a.InputTokens),
            list.Sum(a => a.OutputTokens), list.Sum(a => a.Proposed), list.Sum(a => a.Kept), list.Sum(a => a.Dropped), list);
    }

    public static void Print(TextWriter error, LlmSummary summary)
    {
        foreach (var a in summary.Articles) error.WriteLine($"llm: {a.Path}: " +
            $"{Counts(a.Chunks, a.CachedChunks, a.Requests, a.InputTokens, a.OutputTokens, a.Proposed, a.Kept, a.Dropped)}");
        var all = Counts(summary.Chunks, summary.CachedChunks, summary.Requests, summary.InputTokens, summary.OutputTokens, summary.Proposed, summary.Kept,
            summary.Dropped);
        error.WriteLine($"llm: {summary.Model}, {summary.Articles.Count} articles: {all}");
    }

    private static string Counts(int chunks, int cached, int requests, long input, long output, int proposed, int kept, int dropped) =>
        $"{chunks} chunks ({cached} from cache), {requests} requests, {input} input + {output} output tokens; {proposed} facts proposed, {kept} kept; " +
        $"{dropped} proposals dropped";
}

/// <summary>What asking the model cost and gave, in all and per article (<c>--json</c>: the <c>llm</c> object).</summary>
internal sealed record LlmSummary(string Model, int Chunks, int CachedChunks, int Requests, long InputTokens, long OutputTokens, int Proposed, int Kept,
    int Dropped, IReadOnlyList<LlmArticle> Articles);

/// <summary>One article's share of <see cref="LlmSummary"/>; dropped counts entities as well as facts.</summary>
internal sealed record LlmArticle(string Path, int Chunks, int CachedChunks, int Requests, long InputTokens, long OutputTokens, int Proposed, int Kept,
    int Dropped);
