using KGraph.Llm;

namespace KGraph.Llm.Tests;

public class LlmSettingsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("gpt-4o-mini", "--llm gpt-4o-mini: the provider must be openai or ollama, as in openai:gpt-4o-mini or ollama:qwen2.5")]
    [InlineData("anthropic:claude", "--llm anthropic:claude: the provider must be openai or ollama, as in openai:gpt-4o-mini or ollama:qwen2.5")]
    [InlineData("ollama: ", "--llm ollama: : name the model after the provider, as in ollama:qwen2.5")]
    [InlineData("openai:gpt-4o-mini", "OPENAI_API_KEY is not set; api.openai.com needs it (a local server does not: set OPENAI_BASE_URL or --llm-url)")]
    public void A_target_that_cannot_be_asked_is_refused_with_the_reason(string target, string message)
    {
        var refused = Assert.Throws<FormatException>(() => LlmSettings.Resolve(target, null, Environment()));
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_local_openai_compatible_server_needs_no_key_and_the_model_name_may_hold_colons()
    {
        var settings = LlmSettings.Resolve("openai:Qwen/Qwen2.5-7B:q4", null, Environment(("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1")));

        Assert.Equal(("openai", "Qwen/Qwen2.5-7B:q4", "http://127.0.0.1:8000/v1", null),
            (settings.Provider, settings.Model, settings.BaseUrl.ToString(), settings.ApiKey));
        Assert.Equal("llm:openai:Qwen/Qwen2.5-7B:q4@prompt-1", settings.Rule);
    }

    [Fact]
    public void Ollama_host_given_as_host_and_port_is_read_as_http_and_the_url_option_wins_over_it()
    {
        Assert.Equal("http://gpu-box:11434/", LlmSettings.Resolve("ollama:qwen2.5", null, Environment(("OLLAMA_HOST", "gpu-box:11434"))).BaseUrl.ToString());
        Assert.Equal("http://localhost:11434/", LlmSettings.Resolve("ollama:qwen2.5", null, Environment()).BaseUrl.ToString());
        Assert.Equal("http://other:1/",
            LlmSettings.Resolve("ollama:qwen2.5", "http://other:1", Environment(("OLLAMA_HOST", "gpu-box:11434"))).BaseUrl.ToString());
    }

    [Fact]
    public void An_address_that_is_not_http_is_refused_naming_where_it_came_from()
    {
        var refused = Assert.Throws<FormatException>(() => LlmSettings.Resolve("openai:m", null, Environment(("OPENAI_BASE_URL", "ftp://files.example/v1"))));
        Assert.Equal("the openai address ftp://files.example/v1 is not an http(s) URL (from OPENAI_BASE_URL)", refused.Message);
    }
}
