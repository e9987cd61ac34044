using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace KGraph.Llm;

/// <summary>
/// The Microsoft.Extensions.AI chat client for a provider, over an HttpClient whose handler does the retrying (the
/// OpenAI library's own retries are off, so both providers retry alike and tests can count requests).
/// </summary>
internal static class ChatClients
{
    public static IChatClient Create(LlmSettings settings, HttpClient http) => settings.Provider switch
    {
        LlmSettings.OpenAi => new OpenAI.Chat.ChatClient(settings.Model, new ApiKeyCredential(settings.ApiKey ?? "none"), new OpenAIClientOptions
        {
            Endpoint = settings.BaseUrl,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        }).AsIChatClient(),
        LlmSettings.Ollama => new OllamaApiClient(http, settings.Model),
        _ => throw new ArgumentException($"unknown provider {settings.Provider}", nameof(settings)),
    };
}
