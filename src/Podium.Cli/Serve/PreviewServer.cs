using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Podium.Preview;
using Podium.Render;
using Podium.Render.Templates;

namespace Podium.Cli.Serve;

/// <summary>
/// `podium serve`: Kestrel on 127.0.0.1 serving the <see cref="PreviewSite"/> from memory, a file
/// watcher that updates it, and live reload over server-sent events. HTML pages get one extra
/// script tag (live-reload.js); nothing is written to disk. Kestrel binds first, so that with port 0
/// the site is made for the port the system picked; requests wait until the first build is done.
/// </summary>
internal sealed class PreviewServer(Func<Uri, PreviewSite> createSite, string contentDirectory, string templatesDirectory, int port)
{
    private readonly TaskCompletionSource<(PreviewSite Site, LiveReload Reload)> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        // Stop cleanly on Ctrl+C and on SIGTERM (what `kill` and process supervisors send).
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var stop = stopping.Token;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(stop);
        // The address Kestrel bound: the real port when --port 0 asked for any.
        var root = new Uri(app.Urls.First().TrimEnd('/') + "/");

        var site = createSite(root);
        var reload = new LiveReload(site);
        var first = site.Update(null);
        Print(first, initial: true);
        site.Updated += reload.Broadcast;
        using var watcher = new ChangeWatcher([contentDirectory, templatesDirectory], changed => Print(site.Update(changed), initial: false));
        _ready.SetResult((site, reload));
        Console.WriteLine($"Serving on {root} (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        reload.CloseAll();
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!LoopbackHosts.Allows(context.Request.Host))
        {
            // DNS rebinding: a page on another site that points its own name at 127.0.0.1 could
            // otherwise read the unpublished preview.
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }
        var (site, reload) = await _ready.Task.WaitAsync(context.RequestAborted);
        if (await reload.TryHandleAsync(context, path)) return;

        var sitePath = ToSitePath(path);
        byte[]? bytes;
        try
        {
            bytes = sitePath is null ? null : site.Get(sitePath);
        }
        catch (Exception ex) when (ex is TemplateException or AggregateException)
        {
            await WriteErrorPageAsync(context, [$"{ex.Message}"]);
            return;
        }

        if (bytes is null && !site.HasSite)
        {
            await WriteErrorPageAsync(context, site.Errors.Select(e => e.ToString()).ToList());
            return;
        }
        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            bytes = site.Get("404.html") ?? [];
            sitePath = "404.html";
        }
        context.Response.ContentType = ContentType(sitePath!);
        context.Response.Headers.CacheControl = "no-store";
        if (sitePath!.EndsWith(".html", StringComparison.Ordinal)) await LiveReload.WriteWithScriptAsync(context, bytes);
        else await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>URL path to site file: <c>/paper/x/</c> → <c>paper/x/index.html</c>; null for paths that leave the site.</summary>
    internal static string? ToSitePath(string urlPath)
    {
        var path = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (path.Split('/').Any(segment => segment is ".." or ".") || path.Contains('\\') || path.Contains('\0')) return null;
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static async Task WriteErrorPageAsync(HttpContext context, IReadOnlyList<string> errors)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Content errors</title></head><body>")
            .Append("<h1>The site cannot be built yet</h1><p>Fix these and the page reloads by itself:</p>");
        foreach (var e in errors) html.Append("<pre>").Append(System.Net.WebUtility.HtmlEncode(e)).Append("</pre>");
        html.Append("</body></html>");
        await LiveReload.WriteWithScriptAsync(context, Encoding.UTF8.GetBytes(html.ToString()));
    }

    private static void Print(PreviewSite.UpdateResult result, bool initial)
    {
        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}"));
        var what = initial ? $"Loaded {result.FilesRead} files" : $"Rebuilt after {result.FilesRead} changed file{(result.FilesRead == 1 ? "" : "s")}";
        Console.WriteLine(result.Succeeded
            ? $"{what} in {ms} ms ({stages} ms)"
            : $"{what} in {ms} ms: {result.Diagnostics.Count} error{(result.Diagnostics.Count == 1 ? "" : "s")}; still serving the last good version");
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

}
