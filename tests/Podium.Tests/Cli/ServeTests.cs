using System.Net;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>
/// `podium serve` as a user runs it: a real process on 127.0.0.1 over a copy of a fixture site,
/// edited while it runs.
/// </summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new() { Timeout = Patience };
    private ServeProcess? _server;
    private string _content = "";
    private string _base = "";

    public async Task InitializeAsync()
    {
        _content = _temp.Combine("content");
        Write.SiteWriterTests.CopyDirectory(Path.Combine(Repo.Fixture("valid", "ranking"), "content"), _content);
        _server = await ServeProcess.StartAsync(_content, Patience);
        _base = _server.Root.ToString();
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        _http.Dispose();
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Port_0_binds_a_free_port_and_prints_the_port_it_bound()
    {
        Assert.NotEqual(0, _server!.Root.Port);
        Assert.Equal("127.0.0.1", _server.Root.Host);
    }

    [Fact]
    public async Task Serves_pages_from_memory_with_the_live_reload_script_and_nothing_outside_the_site()
    {
        var home = await _http.GetStringAsync(_base);
        Assert.Contains("<script src=\"/__podium/live-reload.js\"></script></body>", home);
        Assert.Contains("href=\"./assets/style.css\"", home);

        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(_base + "__podium/live-reload.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(_base + "assets/style.css")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(_base + "no/such/page/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(_base + "assets/..%2f..%2f..%2fetc%2fpasswd")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(_base + "..%2fcontent%2fsite.yaml")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "site")), "serve must not write the site to disk");
    }

    [Fact]
    public async Task An_edit_reloads_the_browser_with_the_new_value_and_an_error_shows_while_the_last_good_site_stays()
    {
        using var events = await OpenEventsAsync();
        var results = Path.Combine(_content, "results", "alpha-2020.yaml");

        FileEdit.ReplaceOnce(results, "Perplexity: 20.5", "Perplexity: 19.75");
        Assert.Contains("event: reload", await events.NextEventAsync());
        Assert.Contains("19.75", await _http.GetStringAsync(_base + "dataset/text/language-modelling/"));

        FileEdit.ReplaceOnce(results, "Perplexity: 19.75", "Perplexty: 19.75");
        var error = await events.NextEventAsync();
        Assert.Contains("event: errors", error);
        Assert.Contains("PD0204", error);
        Assert.Contains("alpha-2020.yaml", error);
        var page = await _http.GetAsync(_base + "dataset/text/language-modelling/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("19.75", await page.Content.ReadAsStringAsync());
    }

    private async Task<EventStream> OpenEventsAsync()
    {
        var response = await _http.GetAsync(_base + "__podium/events", HttpCompletionOption.ResponseHeadersRead);
        var stream = new EventStream(new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Contains("connected", await stream.NextEventAsync());
        return stream;
    }

    /// <summary>Reads server-sent events, one blank-line-terminated block at a time.</summary>
    private sealed class EventStream(StreamReader reader) : IDisposable
    {
        public async Task<string> NextEventAsync()
        {
            var lines = new List<string>();
            using var timeout = new CancellationTokenSource(Patience);
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0 && lines.Count > 0) break;
                if (line.Length > 0) lines.Add(line);
            }
            return string.Join('\n', lines);
        }

        public void Dispose() => reader.Dispose();
    }
}
