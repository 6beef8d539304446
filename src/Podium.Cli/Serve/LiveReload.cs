using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Podium.Preview;

namespace Podium.Cli.Serve;

/// <summary>
/// Live reload for <c>serve</c>: the script every page gets, and the server-sent events that tell
/// open pages to reload after a rebuild, or to show the content errors over the page.
/// </summary>
internal sealed class LiveReload(PreviewSite site)
{
    private const string EventsPath = "/__podium/events";
    private const string ScriptPath = "/__podium/live-reload.js";
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\"></script>");

    private readonly List<Channel<string>> _clients = [];
    private readonly Lock _clientsLock = new();

    /// <summary>Answers the live-reload script and event stream; false for every other path.</summary>
    public async Task<bool> TryHandleAsync(HttpContext context, string path)
    {
        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return true;
        }
        if (path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.Body.WriteAsync(Script.Value);
            return true;
        }
        return false;
    }

    public void CloseAll()
    {
        lock (_clientsLock) _clients.ForEach(c => c.Writer.TryComplete());
    }

    public async Task StreamEventsAsync(HttpContext context)
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

    public void Broadcast(PreviewSite.UpdateResult result)
    {
        var message = result.Succeeded ? "event: reload\ndata: {}\n\n" : ErrorsEvent(result.Diagnostics.Select(d => d.ToString()));
        lock (_clientsLock) _clients.ForEach(c => c.Writer.TryWrite(message));
    }

    private static string ErrorsEvent(IEnumerable<string> errors) => $"event: errors\ndata: {JsonSerializer.Serialize(errors.ToList())}\n\n";

    public static async Task WriteWithScriptAsync(HttpContext context, byte[] html)
    {
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        if (end < 0) end = html.Length;
        await context.Response.Body.WriteAsync(html.AsMemory(0, end));
        await context.Response.Body.WriteAsync(ScriptTag);
        await context.Response.Body.WriteAsync(html.AsMemory(end));
    }

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("Podium.Cli.Serve.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });
}
