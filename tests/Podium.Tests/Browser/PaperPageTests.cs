using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>The paper page's language switch and citation copy button, and the author, tag and topic pages, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaperPageTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Language_switch_shows_one_summary_or_all_of_them()
    {
        await using var opened = await browser.OpenAsync("paper/meal-v2-2020/");
        var page = opened.Page;
        var visible = ".summary-block:not([hidden])";
        Assert.True(await page.Locator(".lang-switch").IsVisibleAsync());
        Assert.Equal(2, await page.Locator(visible).CountAsync());

        await page.Locator(".lang-switch button[data-lang='zh']").ClickAsync();
        Assert.Equal(["zh"], await page.Locator(visible).EvaluateAllAsync<string[]>("bs => bs.map(b => b.lang)"));
        Assert.Equal("true", await page.Locator(".lang-switch button[data-lang='zh']").GetAttributeAsync("aria-pressed"));

        await page.Locator(".lang-switch button[data-lang='']").ClickAsync();
        Assert.Equal(2, await page.Locator(visible).CountAsync());
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Copy_button_puts_the_bibtex_entry_on_the_clipboard()
    {
        await using var opened = await browser.OpenAsync("paper/gpipe-2018/");
        var page = opened.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var button = page.Locator(".bibtex button.copy");
        Assert.True(await button.IsVisibleAsync());
        await button.ClickAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("@misc{huang2018gpipe,", copied); // the sample gives GPipe no venue: an arXiv preprint
        Assert.Equal(await page.Locator("#bibtex").TextContentAsync(), copied);
    }

    [BrowserFact]
    public async Task Each_badge_gets_its_markdown_snippet_with_absolute_addresses_and_a_copy_button()
    {
        await using var opened = await browser.OpenAsync("paper/gpipe-2018/");
        var page = opened.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.Locator("details.badges summary").ClickAsync();
        var canonical = new Uri((await page.Locator("link[rel='canonical']").GetAttributeAsync("href"))!);
        var items = page.Locator(".badge-list li");
        Assert.True(await items.CountAsync() > 0);
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            var alt = (await items.Nth(i).Locator("img").GetAttributeAsync("alt"))!;
            var image = new Uri(canonical, (await items.Nth(i).Locator("img").GetAttributeAsync("src"))!);
            var row = new Uri(canonical, (await items.Nth(i).Locator("a").GetAttributeAsync("href"))!);
            Assert.StartsWith(canonical.GetLeftPart(UriPartial.Authority), image.AbsoluteUri, StringComparison.Ordinal);
            var expected = $"[![{alt}]({image.AbsoluteUri})]({row.AbsoluteUri})";
            Assert.Equal(expected, await items.Nth(i).Locator("pre code").TextContentAsync());

            var button = items.Nth(i).Locator("button.copy");
            Assert.True(await button.IsVisibleAsync());
            await button.ClickAsync();
            Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        }
        // Made from the table's rows (podium.js): one badge per result, and every image is found.
        Assert.Equal(await page.Locator("#results ~ .table-scroll tbody tr").CountAsync(), await items.CountAsync());
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.badge-list img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Empty(opened.FailedResponses);
        Assert.Empty(opened.ConsoleErrors);
        var folder = ExternalTools.OutputFolder("screenshots");
        await page.Locator("details.badges").ScreenshotAsync(new() { Path = Path.Combine(folder, "paper-badges-desktop.png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("details.badges").ScreenshotAsync(new() { Path = Path.Combine(folder, "paper-badges-phone.png") });
    }

    [BrowserFact]
    public async Task Author_tag_venue_month_and_topic_pages_load_cleanly()
    {
        foreach (var path in new[] { "author/yanping-huang/", "tag/model-parallelism/", "papers/2018-11/", "task/image-classification/", "dataset/imagenet/" })
        {
            await using var opened = await browser.OpenAsync(path);
            Assert.Empty(opened.ConsoleErrors);
            Assert.Empty(opened.FailedResponses);
            Assert.Empty(opened.OffSiteRequests);
            Assert.True(await opened.Page.Locator(".paper-item, .paper-links li").CountAsync() > 0, path);
        }
    }
}
