using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Seaworthy.Secrets;

/// <summary>
/// The shapes of credentials Seaworthy knows (AWS, GitHub, GitLab, Slack, Stripe, Google, Azure keys, private keys,
/// JSON Web Tokens, passwords in URLs, connection strings, command lines and headers), read once from the embedded
/// <c>SecretCatalogue.yaml</c>, whose patterns come mostly from gitleaks' published configuration.
/// </summary>
public static class SecretCatalogue
{
    private const string ResourceName = "Seaworthy.Secrets.SecretCatalogue.yaml";

    private static readonly Lazy<IReadOnlyList<SecretPattern>> Loaded = new(Load);
    private static readonly Lazy<Prefilter> Filter = new(() => new Prefilter(Patterns));

    /// <summary>Every pattern of the catalogue, in the order of the file.</summary>
    public static IReadOnlyList<SecretPattern> Patterns => Loaded.Value;

    /// <summary>The first credential in <paramref name="text"/> that rules report (see <see cref="SecretPattern.IsReported"/>), by the catalogue's order, or null.</summary>
    public static SecretMatch? FindFirst(string text)
    {
        if (!Filter.Value.MayHold(text))
        {
            return null;
        }

        foreach (var pattern in Patterns)
        {
            if (!pattern.IsReported)
            {
                continue;
            }

            foreach (var match in pattern.Find(text))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Every credential in <paramref name="text"/>; with <paramref name="multilineOnly"/>, only those whose pattern spans lines.</summary>
    public static IEnumerable<SecretMatch> FindAll(string text, bool multilineOnly = false)
    {
        if (!Filter.Value.MayHold(text))
        {
            yield break;
        }

        foreach (var pattern in Patterns)
        {
            if (multilineOnly && !pattern.IsMultiline)
            {
                continue;
            }

            foreach (var match in pattern.Find(text))
            {
                yield return match;
            }
        }
    }

    private static SecretPattern[] Load()
    {
        using var stream = typeof(SecretCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var patterns = new List<SecretPattern>();
        foreach (var node in (YamlSequenceNode)root.Children[new YamlScalarNode("rules")])
        {
            var rule = (YamlMappingNode)node;
            string? Text(string key) => rule.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
            var keywords = new List<string>();
            if (rule.Children.TryGetValue(new YamlScalarNode("keywords"), out var list))
            {
                foreach (var keyword in (YamlSequenceNode)list)
                {
                    keywords.Add(((YamlScalarNode)keyword).Value!);
                }
            }

            patterns.Add(new SecretPattern(
                Text("id")!,
                Text("kind")!,
                Text("regex")!,
                keywords,
                Text("entropy") is { } entropy ? double.Parse(entropy, CultureInfo.InvariantCulture) : 0,
                Text("run") is { } run ? int.Parse(run, CultureInfo.InvariantCulture) : 0,
                Text("multiline") == "true",
                Text("report") != "false"));
        }

        return patterns.ToArray();
    }

    // One pass that rules out most text (a YAML scalar, a message) before any pattern looks at it: none of the
    // catalogue's keywords, and no run of base64 long enough for a pattern without keywords.
    private sealed class Prefilter
    {
        private readonly KeywordSearch _keywords;
        private readonly int _minimumRun = int.MaxValue;
        private readonly bool _always;

        public Prefilter(IReadOnlyList<SecretPattern> patterns)
        {
            var keywords = new List<string>();
            foreach (var pattern in patterns)
            {
                keywords.AddRange(pattern.Keywords);
                if (pattern.Keywords.Count == 0)
                {
                    _always |= pattern.MinimumRun == 0;
                    _minimumRun = Math.Min(_minimumRun, pattern.MinimumRun);
                }
            }

            _keywords = new KeywordSearch(keywords);
        }

        public bool MayHold(string text)
        {
            return _always || (_minimumRun != int.MaxValue && SecretPattern.HasBase64Run(text, _minimumRun)) || _keywords.FoundIn(text);
        }
    }
}

/// <summary>One pattern of the <see cref="SecretCatalogue"/>.</summary>
public sealed class SecretPattern
{
    // Linear time whatever the input: the non-backtracking engine where there is one; elsewhere the patterns avoid
    // nested quantifiers and a timeout bounds the rest.
#if NET7_0_OR_GREATER
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
#endif

    private readonly Lazy<Regex> _regex;
    private readonly KeywordSearch _keywords;

    internal SecretPattern(string id, string kind, string regex, IReadOnlyList<string> keywords, double minimumEntropy, int minimumRun, bool isMultiline, bool isReported)
    {
        Id = id;
        Kind = kind;
        Source = regex;
        _keywords = new KeywordSearch(keywords);
        MinimumEntropy = minimumEntropy;
        MinimumRun = minimumRun;
        IsMultiline = isMultiline;
        IsReported = isReported;
        _regex = new Lazy<Regex>(() => new Regex(regex, Options, Timeout));
    }

    /// <summary>The pattern's stable name (<c>aws-access-key-id</c>).</summary>
    public string Id { get; }

    /// <summary>How a message names what it finds (<c>an AWS access key id</c>).</summary>
    public string Kind { get; }

    /// <summary>The regular expression, as the catalogue writes it.</summary>
    public string Source { get; }

    /// <summary>The least Shannon entropy, in bits per character, a match must have; 0 for none.</summary>
    public double MinimumEntropy { get; }

    /// <summary>The keywords one of which a text must contain (case-insensitive) for the regex to run; none for always.</summary>
    public IReadOnlyList<string> Keywords => _keywords.Keywords;

    /// <summary>For a pattern without keywords, the run of base64 characters a text must have for the regex to run; 0 for none.</summary>
    public int MinimumRun { get; }

    /// <summary>True when a match can span lines (a PEM private key block).</summary>
    public bool IsMultiline { get; }

    /// <summary>
    /// False for a pattern too broad to report (a value after any name ending in <c>token</c> is also a token's
    /// name): what it finds is masked, but no rule reports it.
    /// </summary>
    public bool IsReported { get; }

    /// <summary>Every match in <paramref name="text"/>.</summary>
    public IReadOnlyList<SecretMatch> Find(string text)
    {
        if (!MayOccurIn(text))
        {
            return Array.Empty<SecretMatch>();
        }

        var found = new List<SecretMatch>();
        try
        {
            var match = _regex.Value.Match(text);
            while (match.Success)
            {
                var secret = match.Groups["secret"];
                var (start, length) = secret.Success ? (secret.Index, secret.Length) : (match.Index, match.Length);
                var keep = match.Groups["keep"];
                var keepLength = keep.Success && keep.Index == start ? keep.Length : 0;
                if (length > 0 && (MinimumEntropy <= 0 || Entropy(text, start, length) >= MinimumEntropy))
                {
                    found.Add(new SecretMatch(this, start, length, keepLength));
                }

                // Boundary characters a pattern consumes may start the next match.
                match = _regex.Value.Match(text, Math.Max(start + length, match.Index + 1));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Only the backtracking engine of netstandard2.0 has a timeout: text it could not search is masked whole.
            return new[] { new SecretMatch(this, 0, text.Length, 0) };
        }

        return found;
    }

    /// <inheritdoc />
    public override string ToString() => Id;

    // The cheap test before the regex: a keyword, or a long enough run of base64 characters.
    private bool MayOccurIn(string text)
    {
        if (MinimumRun > 0 && !HasBase64Run(text, MinimumRun))
        {
            return false;
        }

        return _keywords.Keywords.Count == 0 || _keywords.FoundIn(text);
    }

    internal static bool HasBase64Run(string text, int length)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ? run + 1 : 0;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    private static double Entropy(string text, int start, int length)
    {
        var counts = new Dictionary<char, int>();
        for (var i = start; i < start + length; i++)
        {
            counts[text[i]] = counts.TryGetValue(text[i], out var count) ? count + 1 : 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }
}

/// <summary>
/// A credential found in a text: the pattern, and the characters of the secret, of which the first
/// <paramref name="KeepLength"/> are a public prefix (<c>AKIA</c>, <c>ghp_</c>) that may be shown.
/// </summary>
public readonly record struct SecretMatch(SecretPattern Pattern, int Start, int Length, int KeepLength)
{
    /// <summary>The offset just past the secret.</summary>
    public int End => Start + Length;
}

/// <summary>Whether a text contains any of a few keywords, ignoring case: one vectorised search where the runtime has one.</summary>
internal sealed class KeywordSearch
{
    private readonly string[] _keywords;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _search;
#endif

    public KeywordSearch(IEnumerable<string> keywords)
    {
        _keywords = new List<string>(keywords).ToArray();
#if NET9_0_OR_GREATER
        _search = SearchValues.Create(_keywords, StringComparison.OrdinalIgnoreCase);
#endif
    }

    public IReadOnlyList<string> Keywords => _keywords;

    public bool FoundIn(string text)
    {
#if NET9_0_OR_GREATER
        return text.AsSpan().IndexOfAny(_search) >= 0;
#else
        foreach (var keyword in _keywords)
        {
            if (text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
#endif
    }
}
