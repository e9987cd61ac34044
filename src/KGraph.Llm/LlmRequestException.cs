namespace KGraph.Llm;

/// <summary>A request that failed for good: every attempt answered 429/5xx, timed out or lost its connection; the message says which.</summary>
public sealed class LlmRequestException(string message) : Exception(message)
{
}
