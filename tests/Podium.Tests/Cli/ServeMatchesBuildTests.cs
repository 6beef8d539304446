using System.Net;
using System.Text;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>
/// `serve` shows what `build` writes: every file of the sample site, schemas and assets included,
/// fetched from a running `serve` and compared byte for byte with the file `build` wrote for the
/// same base URL (the live-reload script tag that `serve` adds to pages aside).
/// </summary>
public sealed class ServeMatchesBuildTests
{
    private static readonly byte[] LiveReload = "<script src=\"/__podium/live-reload.js\"></script>"u8.ToArray();

    [Fact]
    public async Task Every_file_serve_returns_equals_the_file_build_wrote()
    {
        // The server picks its port (--port 0); the build uses the base URL it printed.
        using var server = await ServeProcess.StartAsync(Repo.Content, TimeSpan.FromSeconds(60));
        var baseUrl = server.Root;
        using var built = new BuiltSite(Repo.Content, baseUrl);
        Assert.True(built.Result.Succeeded, string.Join("\n", built.Result.Diagnostics));
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var files = Directory.GetFiles(built.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(built.Output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains("schemas/results.schema.json", files);
        Assert.Contains("assets/style.css", files);

        var differing = new List<string>();
        foreach (var file in files)
        {
            var response = await http.GetAsync(Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var served = await response.Content.ReadAsByteArrayAsync();
            if (file.EndsWith(".html", StringComparison.Ordinal)) served = WithoutLiveReload(served);
            if (!served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(built.Output, file)))) differing.Add(file);
        }
        Assert.True(differing.Count == 0, $"{differing.Count} of {files.Count} files differ, e.g. {string.Join(", ", differing.Take(5))}");
        Assert.True(files.Count > 600, $"only {files.Count} files");
    }

    private static byte[] WithoutLiveReload(byte[] html)
    {
        var at = html.AsSpan().LastIndexOf(LiveReload);
        Assert.True(at >= 0, Encoding.UTF8.GetString(html[..Math.Min(200, html.Length)]));
        return [.. html.AsSpan(0, at), .. html.AsSpan(at + LiveReload.Length)];
    }
}
