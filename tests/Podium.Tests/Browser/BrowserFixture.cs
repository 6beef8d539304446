using System.Collections.Concurrent;
using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>
/// The sample site, built once (links from <c>/</c>), served on 127.0.0.1 and opened in Debian's
/// Chromium through Playwright: no browser is downloaded. Every page opened through
/// <see cref="OpenAsync"/> records console errors, script errors, failed responses and requests
/// that try to leave the site (those are blocked).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly (int Width, int Height) Desktop = (1280, 900);
    public static readonly (int Width, int Height) Phone = (390, 844);

    private IPlaywright? _playwright;
    private int _pagesOpened;
    private StaticSiteServer? _server;

    public IBrowser Browser { get; private set; } = null!;
    public BuiltSite Site { get; private set; } = null!;
    public Uri Root => _server!.Root;

    public async Task InitializeAsync()
    {
        if ((ExternalTools.MissingChromium ?? ExternalTools.MissingNodeModules) is { } missing)
        {
            // The tests skip on a developer's machine; in CI a missing tool fails with its reason.
            if (ExternalTools.InCi) throw new InvalidOperationException(missing);
            return;
        }
        Site = BuiltSite.Shared(Repo.Content, new Uri("http://127.0.0.1/"), search: true);
        Assert.True(Site.Result.Search?.Indexed == true, Site.Result.Search?.Message);
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        _server = await StaticSiteServer.StartAsync(Site.Output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>
    /// Opens <paramref name="path"/> (relative to the site root) in a fresh context and waits for the
    /// load event (scripts run, styles and images in) and the fonts; a page that fills itself in
    /// later (search results) names what to wait for in <paramref name="readyWhen"/>. Never waits for
    /// the network to go quiet: that is a guess at "done" that a slow machine breaks.
    /// </summary>
    public async Task<OpenedPage> OpenAsync(string path, (int Width, int Height)? viewport = null, ColorScheme colorScheme = ColorScheme.Light, string? readyWhen = null)
    {
        Interlocked.Increment(ref _pagesOpened);
        var size = viewport ?? Desktop;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            ColorScheme = colorScheme,
        });
        var opened = new OpenedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == Root.Host && url.Port == Root.Port))
            {
                await route.ContinueAsync();
            }
            else
            {
                opened.OffSiteRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = opened.Page;
        page.Console += (_, message) => { if (message.Type == "error") opened.ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => opened.ConsoleErrors.Add("uncaught: " + error);
        page.Response += (_, response) => { if (response.Status >= 400) opened.FailedResponses.Add($"{response.Status} {response.Url}"); };
        await page.GotoAsync(new Uri(Root, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        if (readyWhen is not null) await page.Locator(readyWhen).First.WaitForAsync();
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_pagesOpened > 0)
        {
            ExternalTools.Report("browser", $"browser: {_pagesOpened} page loads in Chromium ({PageLoadTests.PageTypes.Count} page types; console, off-site requests, axe light and dark, interactions, screenshots)");
        }
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>An open page and what went wrong while it loaded and ran.</summary>
public sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public ConcurrentBag<string> ConsoleErrors { get; } = [];
    public ConcurrentBag<string> OffSiteRequests { get; } = [];
    public ConcurrentBag<string> FailedResponses { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

/// <summary>Browser tests share one Chromium and one served site, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
