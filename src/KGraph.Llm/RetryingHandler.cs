using System.Globalization;
using System.Net;

namespace KGraph.Llm;

/// <summary>
/// Retries what may pass if tried again, below either chat client: 429 and 5xx answers, timeouts, broken connections.
/// Waits what Retry-After says (seconds or a date, up to <see cref="LlmSettings.MaxRetryAfter"/>), else a doubling
/// backoff. After the last attempt it throws an <see cref="LlmRequestException"/> that names the status or the timeout.
/// Counts the requests it sends.
/// </summary>
internal sealed class RetryingHandler(LlmSettings settings, TimeProvider? clock = null) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffered once, so that every attempt can send the same body.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var wait = settings.Backoff;
        for (var attempt = 1; ; attempt++)
        {
            string problem;
            TimeSpan? asked = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            Interlocked.Increment(ref _requests);
            try
            {
                var response = await base.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (!Retryable(response.StatusCode)) return response;
                problem = $"the server answered {(int)response.StatusCode} ({response.ReasonPhrase})";
                asked = RetryAfter(response);
                response.Dispose();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
            }
            catch (HttpRequestException e)
            {
                problem = $"the connection failed ({e.Message})";
            }
            if (attempt >= settings.Attempts)
                throw new LlmRequestException($"{problem}, {settings.Attempts} attempt{(settings.Attempts == 1 ? "" : "s")} to " +
                    $"{request.RequestUri?.GetLeftPart(UriPartial.Path)}");
            if (asked > settings.MaxRetryAfter)
                throw new LlmRequestException($"{problem} and asked to wait {asked.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, " +
                    $"longer than the {settings.MaxRetryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s KGraph waits");
            await Task.Delay(asked ?? wait, _clock, cancellationToken).ConfigureAwait(false);
            wait *= 2;
        }
    }

    private static bool Retryable(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var left = date - _clock.GetUtcNow();
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }
        return null;
    }
}
