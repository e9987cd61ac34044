using System.ClientModel;
using KGraph.Extraction.Proposals;
using KGraph.Extraction.Reading;
using KGraph.Vocabulary;
using Microsoft.Extensions.AI;

namespace KGraph.Llm;

/// <summary>
/// Asks a chat model for the entities and quoted facts of each chunk of an article (<see cref="ArticleChunks"/>),
/// at most <see cref="LlmSettings.Parallel"/> requests at once, answers from the cache first. An answer that is not
/// JSON of the schema's shape is asked for once more with the problem named; if that fails too, or the server never
/// answers, the chunk is listed in <see cref="ProposalSet.Failures"/> (the article then fails, the others go on).
/// </summary>
public sealed class LlmProposer : IFactProposer, IDisposable
{
    private readonly LlmSettings _settings;
    private readonly ExtractionPrompt _prompt;
    private readonly ResponseCache _cache;
    private readonly RetryingHandler _handler;
    private readonly HttpClient _http;
    private readonly IChatClient _client;
    private readonly SemaphoreSlim _slots;
    private readonly ChatOptions _options;

    public LlmProposer(LlmSettings settings, GraphVocabulary vocabulary, TimeProvider? clock = null)
    {
        _settings = settings;
        _prompt = new ExtractionPrompt(vocabulary);
        _cache = new ResponseCache(settings.CacheDirectory);
        _handler = new RetryingHandler(settings, clock);
        // The handler times out each attempt; the client itself never does.
        _http = new HttpClient(_handler) { Timeout = Timeout.InfiniteTimeSpan, BaseAddress = settings.BaseUrl };
        _client = ChatClients.Create(settings, _http);
        _slots = new SemaphoreSlim(Math.Max(1, settings.Parallel));
        _options = new ChatOptions
        {
            ModelId = settings.Model,
            Temperature = settings.Temperature,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(_prompt.Schema, "kgraph_extraction", "Entities and quoted relationships of a text"),
        };
        _plainOptions = new ChatOptions { ModelId = settings.Model, Temperature = settings.Temperature };
    }

    private readonly ChatOptions _plainOptions;

    // Set once a server refuses structured output (400 naming response_format or json_schema): from then on the
    // answer is asked for as plain JSON, which the system message describes with its schema, and validated as always.
    private volatile bool _plainJson;

    public string Fingerprint => _settings.Fingerprint(_prompt);

    /// <summary>provider:model, as given to --llm.</summary>
    public string Name => $"{_settings.Provider}:{_settings.Model}";

    public int Parallelism => Math.Max(1, _settings.Parallel);

    private ProposalUsage _total = ProposalUsage.None;

    /// <summary>What all the articles asked about so far cost (eval has no per-article outcomes to sum).</summary>
    public ProposalUsage Total
    {
        get { lock (_slots) return _total; }
    }

    /// <summary>HTTP requests sent so far, retries included.</summary>
    public int HttpRequests => _handler.Requests;

    public async Task<ProposalSet> ProposeAsync(ArticleText article, CancellationToken cancellationToken = default)
    {
        var chunks = ArticleChunks.Split(article.Text, _settings.ChunkChars, _settings.OverlapSentences);
        var answers = await Task.WhenAll(chunks.Select((c, i) => AskAsync(article.Text, c.Start, c.End, $"chunk {i + 1} of {chunks.Count}",
            cancellationToken))).ConfigureAwait(false);
        var entities = new List<ProposedEntity>();
        var facts = new List<ProposedFact>();
        var failures = new List<string>();
        var usage = ProposalUsage.None;
        for (var i = 0; i < chunks.Count; i++)
        {
            var (answer, chunkUsage, failure) = answers[i];
            usage = usage.Add(chunkUsage);
            if (failure is not null) failures.Add(failure);
            if (answer is null) continue;
            entities.AddRange(answer.Entities);
            facts.AddRange(answer.Facts.Select(f => new ProposedFact(f.From, f.Type, f.To, f.Quote, _settings.Rule, chunks[i].Start, chunks[i].End)
            {
                Start = f.Start,
                End = f.End,
                Role = f.Role,
                Confidence = f.Confidence,
            }));
        }
        lock (_slots) _total = _total.Add(usage);
        return new ProposalSet(entities, facts, usage, failures);
    }

    private async Task<(ChunkAnswer? Answer, ProposalUsage Usage, string? Failure)> AskAsync(string text, int start, int end, string name,
        CancellationToken cancellationToken)
    {
        var chunk = text[start..end];
        var key = ResponseCache.Key(_settings.Provider, _settings.Model, ExtractionPrompt.Version, _prompt.Hash, ResponseCache.ChunkSha256(chunk));
        if (_cache.Get(key) is { } cached && ChunkAnswer.TryParse(cached.Answer, out _) is { } remembered)
            return (remembered, new ProposalUsage(1, 1, 0, 0, 0), null);
        var where = $"{_settings.Provider}:{_settings.Model} {name} (characters {start}–{end})";
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        long input = 0, output = 0;
        var requests = 0;
        try
        {
            List<ChatMessage> messages = [new(ChatRole.System, _prompt.System), new(ChatRole.User, ExtractionPrompt.User(chunk))];
            string? problem = null;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (problem is not null) messages.Add(new ChatMessage(ChatRole.User, ExtractionPrompt.Repair(problem)));
                requests++;
                ChatResponse response;
                try
                {
                    response = await _client.GetResponseAsync(messages, _plainJson ? _plainOptions : _options, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!_plainJson && RefusesStructuredOutput(e))
                {
                    _plainJson = true;
                    requests++;
                    response = await _client.GetResponseAsync(messages, _plainOptions, cancellationToken).ConfigureAwait(false);
                }
                input += response.Usage?.InputTokenCount ?? 0;
                output += response.Usage?.OutputTokenCount ?? 0;
                var reply = response.Text;
                if (ChunkAnswer.TryParse(reply, out problem) is { } answer)
                {
                    _cache.Put(key, new ResponseCache.Entry(_settings.Provider, _settings.Model, ExtractionPrompt.Version,
                        ResponseCache.ChunkSha256(chunk), reply, input, output));
                    return (answer, new ProposalUsage(1, 0, requests, input, output), null);
                }
                messages.Add(new ChatMessage(ChatRole.Assistant, reply));
            }
            return (null, new ProposalUsage(1, 0, requests, input, output), Redact($"{where}: the answer was {problem}, also when asked again"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, new ProposalUsage(1, 0, requests, input, output), Redact($"{where}: {Describe(e)}"));
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>A 400 whose message names the structured-output request: the server has no json_schema support.</summary>
    private static bool RefusesStructuredOutput(Exception e)
    {
        var badRequest = false;
        for (var inner = e; inner is not null; inner = inner.InnerException)
            badRequest |= inner is ClientResultException { Status: 400 } || inner is HttpRequestException { StatusCode: System.Net.HttpStatusCode.BadRequest };
        var said = Describe(e);
        return badRequest && (said.Contains("response_format", StringComparison.OrdinalIgnoreCase)
            || said.Contains("json_schema", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What went wrong, in a sentence: our retry verdict, the server's refusal (401, 404…), or the exception's message.</summary>
    private static string Describe(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is LlmRequestException request) return request.Message;
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is ClientResultException { Status: > 0 } refused) return $"the server answered {refused.Status}" + ServerMessage(refused);
            if (inner is HttpRequestException { StatusCode: { } status }) return $"the server answered {(int)status} ({FirstLine(inner.Message)})";
        }
        return FirstLine(e.Message);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>The reason in an OpenAI-style error body (<c>{"error": {"message": …}}</c>), else the body's start; short either way.</summary>
    private static string ServerMessage(ClientResultException refused)
    {
        var body = refused.GetRawResponse()?.Content?.ToString() ?? "";
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error))
                body = error.ValueKind == System.Text.Json.JsonValueKind.Object
                    && error.TryGetProperty("message", out var message) ? message.ToString() : error.ToString();
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: the body's first line as it is.
        }
        body = FirstLine(body);
        return body.Length == 0 ? "" : ": " + (body.Length > 300 ? body[..300] + "…" : body);
    }

    /// <summary>
    /// The key never leaves the process: a server that echoes it in an error message does not get it printed. Nor do
    /// the control characters of a server's message reach the terminal.
    /// </summary>
    private string Redact(string message)
    {
        var safe = PrintableText.Of(message);
        return _settings.ApiKey is { Length: > 0 } key ? safe.Replace(key, "[key]", StringComparison.Ordinal) : safe;
    }

    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
        _slots.Dispose();
    }
}
