using KGraph.Extraction.Proposals;

namespace KGraph.Llm;

/// <summary>
/// Where and how to ask: provider and model, the server's address and key, limits and the cache folder. A class with
/// no generated ToString, so the key cannot reach a log by printing the settings.
/// </summary>
public sealed class LlmSettings
{
    public const string OpenAi = "openai";
    public const string Ollama = "ollama";
    public const string DefaultOpenAiBaseUrl = "https://api.openai.com/v1";
    public const string DefaultOllamaHost = "http://localhost:11434";

    public required string Provider { get; init; }
    public required string Model { get; init; }

    /// <summary>The server's address: OPENAI_BASE_URL or OLLAMA_HOST, else the provider's default.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>OPENAI_API_KEY; null for servers that need none (Ollama, most local servers).</summary>
    public string? ApiKey { get; init; }

    /// <summary>How long one request may take before it is abandoned and retried.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Tries of one request in all, the first included, on 429, 5xx, timeouts and broken connections.</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>The wait before the first retry; doubled before each next one, unless the server says how long (Retry-After).</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured; a server asking for more fails the request.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests in flight at once (<c>--llm-parallel</c>).</summary>
    public int Parallel { get; init; } = 2;

    /// <summary>Where <c>--llm-cache</c> points by default, relative to the working directory.</summary>
    public static readonly string DefaultCacheDirectory = Path.Combine(".kgraph", "llm-cache");

    public string CacheDirectory { get; init; } = DefaultCacheDirectory;

    /// <summary>The longest chunk in characters (whole sentences; a longer sentence is a chunk alone).</summary>
    public int ChunkChars { get; init; } = 3000;

    /// <summary>Sentences repeated from the end of one chunk at the start of the next.</summary>
    public int OverlapSentences { get; init; } = 2;

    public float Temperature { get; init; }

    /// <summary>The rule written in the evidence of the facts this model proposes.</summary>
    public string Rule => $"llm:{Provider}:{Model}@{ExtractionPrompt.Version}";

    /// <summary>
    /// The settings for <c>--llm PROVIDER:MODEL</c>, the address from <paramref name="url"/> or the provider's variable,
    /// the key from OPENAI_API_KEY; a <see cref="FormatException"/> saying what is wrong otherwise.
    /// </summary>
    public static LlmSettings Resolve(string target, string? url, Func<string, string?> environment)
    {
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        var provider = colon < 0 ? target : target[..colon];
        var model = colon < 0 ? "" : target[(colon + 1)..];
        if (provider is not (OpenAi or Ollama)) throw new FormatException($"--llm {target}: the provider must be openai or ollama, " +
            $"as in openai:gpt-4o-mini or ollama:qwen2.5");
        if (model.Trim().Length == 0) throw new FormatException($"--llm {target}: name the model after the provider, " +
            $"as in {provider}:{(provider == OpenAi ? "gpt-4o-mini" : "qwen2.5")}");
        var variable = provider == OpenAi ? "OPENAI_BASE_URL" : "OLLAMA_HOST";
        var address = Blank(url) ?? Blank(environment(variable)) ?? (provider == OpenAi ? DefaultOpenAiBaseUrl : DefaultOllamaHost);
        // OLLAMA_HOST is often given as host:port, the way ollama itself reads it.
        if (!address.Contains("://", StringComparison.Ordinal)) address = "http://" + address;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            throw new FormatException($"the {provider} address {address} is not an http(s) URL (from {(Blank(url) is null ? variable : "--llm-url")})");
        var key = provider == OpenAi ? Blank(environment("OPENAI_API_KEY")) : null;
        if (provider == OpenAi && key is null && baseUrl.Host == "api.openai.com")
            throw new FormatException("OPENAI_API_KEY is not set; api.openai.com needs it (a local server does not: set OPENAI_BASE_URL or --llm-url)");
        return new LlmSettings { Provider = provider, Model = model.Trim(), BaseUrl = baseUrl, ApiKey = key };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The proposer's fingerprint: what decides its answers (not the address or the key).</summary>
    internal string Fingerprint(ExtractionPrompt prompt)
        => string.Join(' ', Provider, Model, ExtractionPrompt.Version, prompt.Hash, ChunkChars, OverlapSentences, Temperature);
}
