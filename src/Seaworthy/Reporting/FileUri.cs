using System.IO;
using System.Text;

namespace Seaworthy.Reporting;

/// <summary>Turns file paths into URI references for formats that locate files by URI (SARIF).</summary>
internal static class FileUri
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// A relative path becomes a relative reference with forward slashes (<c>docker/Dockerfile</c>),
    /// an absolute one a <c>file:</c> URI (<c>file:///src/Dockerfile</c>, <c>file:///C:/src/Dockerfile</c>,
    /// <c>file://server/share/Dockerfile</c>). Every character but letters, digits, <c>-._~</c> and
    /// the separators is percent-encoded as UTF-8, so spaces, <c>#</c>, <c>%</c>, <c>?</c> and
    /// <c>:</c> cannot change what the reference means.
    /// </summary>
    /// <param name="path">The path as the engine was given it, in this platform's syntax.</param>
    /// <param name="isRelative">Whether the result is relative (to the directory the paths are relative to).</param>
    public static string FromPath(string path, out bool isRelative) =>
        FromPath(path, windowsPaths: Path.DirectorySeparatorChar == '\\', out isRelative);

    /// <summary>As <see cref="FromPath(string, out bool)"/>, reading the path with Windows' rules or with Unix's.</summary>
    public static string FromPath(string path, bool windowsPaths, out bool isRelative)
    {
        var slashed = windowsPaths ? path.Replace('\\', '/') : path;

        isRelative = false;
        if (windowsPaths && slashed.Length >= 2 && slashed[0] == '/' && slashed[1] == '/')
        {
            return "file:" + Escape(slashed, 0);
        }

        if (windowsPaths && slashed.Length >= 3 && IsAsciiLetter(slashed[0]) && slashed[1] == ':' && slashed[2] == '/')
        {
            return "file:///" + slashed[0] + ":" + Escape(slashed, 2);
        }

        if (slashed.Length >= 1 && slashed[0] == '/')
        {
            // "//srv" names "/srv" on Unix, but "file:////srv" would read as a UNC share.
            var root = 0;
            while (root + 1 < slashed.Length && slashed[root + 1] == '/')
            {
                root++;
            }

            return "file://" + Escape(slashed, root);
        }

        isRelative = true;
        var start = 0;
        while (slashed.Length - start > 2 && slashed[start] == '.' && slashed[start + 1] == '/')
        {
            start += 2;
        }

        return Escape(slashed, start);
    }

    private static string Escape(string path, int start)
    {
        var builder = new StringBuilder(path.Length - start);
        var bytes = Encoding.UTF8.GetBytes(path.Substring(start));
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (IsAsciiLetter(c) || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~' or '/')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
