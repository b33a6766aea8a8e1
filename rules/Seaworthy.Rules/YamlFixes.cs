using Seaworthy.Analysis;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules;

/// <summary>
/// The fixes Compose and Kubernetes rules make with <see cref="YamlEdits"/>: null wherever the edit is not certain,
/// and <see cref="FixReport.Report"/> then reports without one.
/// </summary>
internal static class YamlFixes
{
    /// <summary>Sets the value at <paramref name="path"/> under <paramref name="mapping"/> (see <see cref="YamlEdits.Set"/>).</summary>
    public static Fix? Set(YamlMapping? mapping, FixSafety safety, string title, string value, params string[] path) =>
        mapping is not null && YamlEdits.Set(mapping, value, path) is { } edit ? new Fix(title, new[] { edit }, safety) : null;

    /// <summary>Removes the entry of <paramref name="mapping"/> whose value is written at <paramref name="value"/>.</summary>
    public static Fix? Remove(YamlMapping? mapping, Location value, FixSafety safety, string title)
    {
        if (mapping is null || !string.Equals(mapping.Source.Path, value.Path, System.StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            if (!entry.IsMerged && entry.Value.Span == value.Span && entry.Value.Span.Start > entry.Key.Span.Start)
            {
                return YamlEdits.RemoveEntry(mapping, entry) is { } edit ? new Fix(title, new[] { edit }, safety) : null;
            }
        }

        return null;
    }
}
