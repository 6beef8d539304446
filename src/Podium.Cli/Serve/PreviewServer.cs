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
/// script tag (live-reload.js); nothing is written to disk.
/// </summary>
internal sealed class PreviewServer(PreviewSite site, string contentDirectory, string templatesDirectory, int port)
{
    private const string EventsPath = "/__podium/events";
    private const string ScriptPath = "/__podium/live-reload.js";
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\"></script>");

    private readonly List<Channel<string>> _clients = [];
    private readonly Lock _clientsLock = new();

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

        var first = site.Update(null);
        Print(first, initial: true);
        site.Updated += Broadcast;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(HandleAsync);

        using var watcher = new ChangeWatcher([contentDirectory, templatesDirectory], changed => Print(site.Update(changed), initial: false));
        await app.StartAsync(stop);
        Console.WriteLine($"Serving on http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        lock (_clientsLock) _clients.ForEach(c => c.Writer.TryComplete());
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        if (path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.Body.WriteAsync(LiveReloadScript.Value);
            return;
        }

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
        if (sitePath!.EndsWith(".html", StringComparison.Ordinal)) await WriteWithScriptAsync(context, bytes);
        else await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>URL path to site file: <c>/paper/x/</c> → <c>paper/x/index.html</c>; null for paths that leave the site.</summary>
    internal static string? ToSitePath(string urlPath)
    {
        var path = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (path.Split('/').Any(segment => segment is ".." or ".") || path.Contains('\\') || path.Contains('\0')) return null;
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static async Task WriteWithScriptAsync(HttpContext context, byte[] html)
    {
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        if (end < 0) end = html.Length;
        await context.Response.Body.WriteAsync(html.AsMemory(0, end));
        await context.Response.Body.WriteAsync(ScriptTag);
        await context.Response.Body.WriteAsync(html.AsMemory(end));
    }

    private static async Task WriteErrorPageAsync(HttpContext context, IReadOnlyList<string> errors)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Content errors</title></head><body>")
            .Append("<h1>The site cannot be built yet</h1><p>Fix these and the page reloads by itself:</p>");
        foreach (var e in errors) html.Append("<pre>").Append(System.Net.WebUtility.HtmlEncode(e)).Append("</pre>");
        html.Append("</body></html>");
        await WriteWithScriptAsync(context, Encoding.UTF8.GetBytes(html.ToString()));
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_clientsLock) _clients.Add(channel);
        try
        {
            if (site.Errors.Count > 0) await WriteEventAsync(context, ErrorsEvent(site.Errors.Select(e => e.ToString())));
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await WriteEventAsync(context, message);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_clientsLock) _clients.Remove(channel);
        }
    }

    private static async Task WriteEventAsync(HttpContext context, string message)
    {
        await context.Response.WriteAsync(message, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private void Broadcast(PreviewSite.UpdateResult result)
    {
        var message = result.Succeeded ? "event: reload\ndata: {}\n\n" : ErrorsEvent(result.Diagnostics.Select(d => d.ToString()));
        lock (_clientsLock) _clients.ForEach(c => c.Writer.TryWrite(message));
    }

    private static string ErrorsEvent(IEnumerable<string> errors) => $"event: errors\ndata: {JsonSerializer.Serialize(errors.ToList())}\n\n";

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

    private static readonly Lazy<byte[]> LiveReloadScript = new(() =>
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Podium.Cli.Serve.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });
}
