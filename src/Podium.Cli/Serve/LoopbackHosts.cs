using Microsoft.AspNetCore.Http;

namespace Podium.Cli.Serve;

/// <summary>
/// The Host names <c>serve</c> answers: loopback only. The server listens on 127.0.0.1, but a
/// browser sends a page's own host name, so a site that resolves its name to 127.0.0.1 (DNS
/// rebinding) would otherwise reach the preview with the reader's browser.
/// </summary>
internal static class LoopbackHosts
{
    public static bool Allows(HostString host) =>
        host.Host.ToLowerInvariant() is "127.0.0.1" or "localhost" or "[::1]" or "::1";
}
