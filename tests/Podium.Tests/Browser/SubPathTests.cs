using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>
/// The built folder works wherever it is put: served from a sub-path that is not base_url's,
/// every page loads its stylesheet and every link on it reaches a file, because pages link to
/// each other relatively.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SubPathTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Site_served_from_another_sub_path_loads_its_css_and_every_internal_link_resolves()
    {
        // base_url says /podium/; the folder is served as /elsewhere/site/.
        using var built = new BuiltSite(Repo.Content, new Uri("https://example.org/podium/"));
        Assert.True(built.Result.Succeeded, string.Join("\n", built.Result.Diagnostics));
        using var temp = new TempDirectory();
        CopyFolder(built.Output, temp.Combine(Path.Combine("elsewhere", "site")));
        await using var server = await StaticSiteServer.StartAsync(temp.Combine(""));
        var root = new Uri(server.Root, "elsewhere/site/");

        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        try
        {
            var checkedUrls = new HashSet<string>(StringComparer.Ordinal);
            var problems = new List<string>();
            // Every page type but the search page (its results come from Pagefind, not links) and 404.html (served at any address, so it links from base_url).
            foreach (var path in PageLoadTests.Paths.Where(p => !p.StartsWith("search/", StringComparison.Ordinal) && p != "404.html"))
            {
                var page = await context.NewPageAsync();
                var response = await page.GotoAsync(new Uri(root, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                Assert.Equal(200, response!.Status);
                var styled = await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.cssRules.length > 50)");
                if (!styled) problems.Add($"{path}: no stylesheet");
                // The logo is the stylesheet's (the favicon, beside the site's name), 24 px tall.
                var logo = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.querySelector('body > header > a'), '::before'); return s.height + ' ' + s.backgroundImage; }");
                if (!logo.StartsWith("24px url(", StringComparison.Ordinal) || !logo.Contains("/assets/favicon.svg", StringComparison.Ordinal)) problems.Add($"{path}: logo {logo}");
                var links = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e => new URL(e.getAttribute('href') ?? e.getAttribute('src'), location.href).href.split('#')[0])");
                foreach (var link in links.Distinct())
                {
                    var url = new Uri(link);
                    if (url.Authority != server.Root.Authority || !checkedUrls.Add(link)) continue;
                    if (!link.StartsWith(root.ToString(), StringComparison.Ordinal)) { problems.Add($"{path}: {link} leaves the folder"); continue; }
                    var answer = await context.APIRequest.GetAsync(link);
                    if (answer.Status != 200) problems.Add($"{path}: {link} answers {answer.Status}");
                }
                await page.CloseAsync();
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
            Assert.True(checkedUrls.Count > 200, $"only {checkedUrls.Count} links checked");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
