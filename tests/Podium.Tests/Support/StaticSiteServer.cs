using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Podium.Tests.Support;

/// <summary>
/// Serves a built site folder on 127.0.0.1 as GitHub Pages would: <c>x/</c> serves
/// <c>x/index.html</c>, unknown paths get <c>404.html</c> with status 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The server's root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Root { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Pagefind's index files end in `.pagefind`; GitHub Pages serves any file, so this does too.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(folder, "404.html"));
        });
        await app.StartAsync();
        return new StaticSiteServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
