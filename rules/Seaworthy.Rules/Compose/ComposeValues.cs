using System.Globalization;
using System.Text.RegularExpressions;
using Seaworthy.Compose;

namespace Seaworthy.Rules.Compose;

/// <summary>How Compose and the engine read the values the Compose rules check.</summary>
internal static class ComposeValues
{
    // Go's time.ParseDuration: an optional sign, then numbers with units (1h30m, 1.5s, 500ms), or 0.
    private static readonly Regex GoDuration = new(@"^[-+]?(0|(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$", RegexOptions.CultureInvariant);

    // go-units' RAMInBytes: 512m, 1.5g, 2GiB, 1024, 100 MB.
    private static readonly Regex MemorySize = new(@"^[0-9]+(\.[0-9]+)* ?[kKmMgGtTpP]?[iI]?[bB]?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// True when the value came from a variable that has no value here (<c>${MEMORY}</c> with an empty environment):
    /// what it will be is unknown, and the variable rules report the variable.
    /// </summary>
    public static bool IsUnresolved<T>(ComposeValue<T> value) =>
        value.Written.IndexOf('$') >= 0 && (value.Value is null || value.Value is string { Length: 0 });

    /// <summary>A duration Compose accepts: Go's duration syntax, or a whole number (YAML integers are read as nanoseconds).</summary>
    public static bool IsDuration(string text) =>
        text.Length > 0 && (IsWholeNumber(text) || GoDuration.IsMatch(text));

    /// <summary>A byte size Compose accepts (<c>512m</c>, <c>1gb</c>, a number of bytes).</summary>
    public static bool IsMemorySize(string text) => MemorySize.IsMatch(text);

    /// <summary>A number of CPUs: a non-negative decimal number.</summary>
    public static bool IsCpus(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cpus) && cpus >= 0 && !double.IsInfinity(cpus);

    /// <summary>A port number or a range <c>LOW-HIGH</c>, as the first and last port; false for anything else.</summary>
    public static bool TryParseRange(string text, out int low, out int high)
    {
        var dash = text.IndexOf('-');
        var first = dash < 0 ? text : text.Substring(0, dash);
        var last = dash < 0 ? text : text.Substring(dash + 1);
        high = 0;
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out low)
            && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out high)
            && low <= high;
    }

    /// <summary>Whether the project defines a service of that name.</summary>
    public static bool Defines(ComposeProject project, string service) => project.FindService(service) is not null;

    private static bool IsWholeNumber(string text)
    {
        foreach (var character in text)
        {
            if (character is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
