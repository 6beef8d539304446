using System.Text.Json;
using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>axe-core, injected into each kind of page, finds no serious or critical problem in light or dark mode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PagesAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in PageLoadTests.PageTypes)
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task No_serious_or_critical_axe_violations(string path, string scheme)
    {
        await using var opened = await browser.OpenAsync(path, colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, readyWhen: PageLoadTests.ReadyWhen(path));
        var page = opened.Page;
        if (path.StartsWith("dataset/cifar-10/image-classification", StringComparison.Ordinal))
        {
            // Check the enhanced table too: sort buttons in the headers and abstracts open.
            await page.Locator(".table-tools button[name='abstracts']").ClickAsync();
            await page.Locator("tr.abstract-row").First.WaitForAsync();
        }
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ExternalTools.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')})`)
            """);
        Assert.True(violations.GetArrayLength() == 0, string.Join("\n", violations.EnumerateArray().Select(v => v.GetString())));
    }

    [BrowserFact]
    public async Task Chart_and_tables_expose_text_alternatives()
    {
        await using var opened = await browser.OpenAsync("dataset/cifar-10/image-classification/");
        var page = opened.Page;
        var chart = page.Locator("figure.sota-chart svg.sota");
        var name = await chart.EvaluateAsync<string>("svg => svg.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' ')");
        Assert.Contains("Accuracy (%) over time", name);
        Assert.Contains("GPipe (AmoebaNet-B)", name);
        Assert.Equal("group", await chart.GetAttributeAsync("role")); // its points are links, which an image would hide
        // The lines' drawing area holds no links or text: assistive technology skips it.
        Assert.Equal("true", await chart.Locator("svg.plot").GetAttributeAsync("aria-hidden"));
        foreach (var table in await page.Locator("table").AllAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(await table.Locator("caption").TextContentAsync()));
            Assert.True(await table.Locator("thead th[scope='col']").CountAsync() >= 3);
        }
    }
}
