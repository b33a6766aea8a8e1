using System;

namespace Seaworthy.Workloads;

/// <summary>
/// An image reference split into its parts: <c>[registry/]repository[:tag][@digest]</c>. The registry is
/// the first path component when it contains a dot or a colon or is <c>localhost</c>, as Docker decides it.
/// </summary>
public sealed record ImageReference(string? Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>Splits <paramref name="reference"/>; never throws.</summary>
    public static ImageReference Parse(string reference)
    {
        string? digest = null;
        var at = reference.IndexOf('@');
        if (at >= 0)
        {
            digest = reference.Substring(at + 1);
            reference = reference.Substring(0, at);
        }

        string? tag = null;
        var lastSlash = reference.LastIndexOf('/');
        var colon = reference.IndexOf(':', lastSlash + 1);
        if (colon >= 0)
        {
            tag = reference.Substring(colon + 1);
            reference = reference.Substring(0, colon);
        }

        string? registry = null;
        var firstSlash = reference.IndexOf('/');
        if (firstSlash > 0)
        {
            var first = reference.Substring(0, firstSlash);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || string.Equals(first, "localhost", StringComparison.Ordinal))
            {
                registry = first;
                reference = reference.Substring(firstSlash + 1);
            }
        }

        return new ImageReference(registry, reference, tag, digest);
    }
}
