using System.Text;
using NUglify;

namespace Podium.Write;

/// <summary>
/// Makes the stylesheet and script smaller on their way into the site, with NUglify: a real CSS
/// and JavaScript parser, so strings, URLs and regular expressions keep every character (with
/// <c>--templates</c> these files are the site owner's, and may hold anything). A file NUglify
/// cannot parse is published as written rather than guessed at. The templates keep their comments
/// for people; <c>/*! … */</c> comments (licences) stay in the output.
/// </summary>
public static class AssetCompactor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Compact(string path, byte[] bytes)
    {
        var extension = Path.GetExtension(path);
        if (extension is not (".css" or ".js")) return bytes;
        var text = Utf8.GetString(bytes);
        var result = extension == ".css" ? Uglify.Css(text) : Uglify.Js(text);
        if (result.HasErrors || result.Code is null) return bytes;
        return Utf8.GetBytes(result.Code + "\n");
    }
}
