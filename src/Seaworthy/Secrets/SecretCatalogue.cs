using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
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
        var candidates = Filter.Value.Candidates(text);
        for (var i = 0; candidates != 0; i++, candidates >>= 1)
        {
            if ((candidates & 1) != 0 && Patterns[i].IsReported && Patterns[i].Search(text) is { Count: > 0 } found)
            {
                return found[0];
            }
        }

        return null;
    }

    /// <summary>Every credential in <paramref name="text"/>; with <paramref name="multilineOnly"/>, only those whose pattern spans lines.</summary>
    public static IReadOnlyList<SecretMatch> FindAll(string text, bool multilineOnly = false)
    {
        var candidates = Filter.Value.Candidates(text);
        List<SecretMatch>? all = null;
        for (var i = 0; candidates != 0; i++, candidates >>= 1)
        {
            if ((candidates & 1) != 0 && (!multilineOnly || Patterns[i].IsMultiline) && Patterns[i].Search(text) is { Count: > 0 } found)
            {
                (all ??= new List<SecretMatch>()).AddRange(found);
            }
        }

        return all ?? (IReadOnlyList<SecretMatch>)Array.Empty<SecretMatch>();
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
            List<string> Texts(string key)
            {
                var texts = new List<string>();
                if (rule.Children.TryGetValue(new YamlScalarNode(key), out var list))
                {
                    foreach (var item in (YamlSequenceNode)list)
                    {
                        texts.Add(((YamlScalarNode)item).Value!);
                    }
                }

                return texts;
            }

            patterns.Add(new SecretPattern(
                Text("id")!,
                Text("kind")!,
                Text("regex")!,
                Texts("keywords"),
                Texts("requires"),
                Text("entropy") is { } entropy ? double.Parse(entropy, CultureInfo.InvariantCulture) : 0,
                Text("run") is { } run ? int.Parse(run, CultureInfo.InvariantCulture) : 0,
                Text("multiline") == "true",
                Text("report") != "false"));
        }

        return patterns.ToArray();
    }

    // One pass over a text (a YAML scalar, a message) that says which patterns may occur in it, one bit each: those
    // with a keyword found in it, or without keywords, and whose run of base64 characters it has. Most text has none,
    // and no pattern's regex runs on it; the others run only the regexes whose keyword is there.
    private sealed class Prefilter
    {
        private readonly IReadOnlyList<SecretPattern> _patterns;
        private readonly KeywordSearch _keywords;
        private readonly ulong _withoutKeywords;

        public Prefilter(IReadOnlyList<SecretPattern> patterns)
        {
            if (patterns.Count > 64)
            {
                throw new InvalidOperationException("The secret catalogue holds more than 64 patterns, one bit each in its prefilter.");
            }

            _patterns = patterns;
            var keywords = new List<(string, ulong)>();
            for (var i = 0; i < patterns.Count; i++)
            {
                if (patterns[i].Keywords.Count == 0)
                {
                    _withoutKeywords |= 1UL << i;
                }

                foreach (var keyword in patterns[i].Keywords)
                {
                    keywords.Add((keyword, 1UL << i));
                }
            }

            _keywords = new KeywordSearch(keywords);
        }

        public ulong Candidates(string text)
        {
            var candidates = _withoutKeywords | _keywords.TagsIn(text);
            if (candidates == 0)
            {
                return 0;
            }

            var run = SecretPattern.LongestBase64Run(text);
            for (var i = 0; i < _patterns.Count; i++)
            {
                if ((candidates & (1UL << i)) != 0 && (_patterns[i].MinimumRun > run || !_patterns[i].HasRequired(text)))
                {
                    candidates &= ~(1UL << i);
                }
            }

            return candidates;
        }
    }
}

/// <summary>One pattern of the <see cref="SecretCatalogue"/>.</summary>
public sealed class SecretPattern
{
    // The backtracking interpreter: the catalogue's patterns are written to run in linear time on it (see the
    // catalogue's header), and a timeout bounds what a mistake in one would cost. A linear search takes well under
    // a microsecond a character, so the timeout grows with the text (a second up to a million characters, a minute
    // beyond: files stop at 64 MiB), and no report depends on the speed of the machine.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int LongText = 1_000_000;

    // The characters a pattern searches with the interpreter alone before its gate is built (see MayMatch).
    private const long GateAfter = 1_000_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongTextTimeout = TimeSpan.FromMinutes(1);

    private readonly Lazy<Regex> _regex;
    private readonly Lazy<Regex> _longTextRegex;
#if NET
    private readonly Lazy<Regex?> _gate;
    private long _searched;
#endif
    private readonly KeywordSearch _keywords;
    private readonly string[] _requires;
    private readonly char[][] _requiredFirsts;

    internal SecretPattern(string id, string kind, string regex, IReadOnlyList<string> keywords, IReadOnlyList<string> requires, double minimumEntropy, int minimumRun, bool isMultiline, bool isReported)
    {
        Id = id;
        Kind = kind;
        Source = regex;
        _keywords = new KeywordSearch(keywords.Select(keyword => (keyword, 1UL)));
        _requires = requires.ToArray();
        _requiredFirsts = _requires.Select(text => new[] { char.ToLowerInvariant(text[0]), char.ToUpperInvariant(text[0]) }).ToArray();
        MinimumEntropy = minimumEntropy;
        MinimumRun = minimumRun;
        IsMultiline = isMultiline;
        IsReported = isReported;
        _regex = new Lazy<Regex>(() => new Regex(regex, Options, Timeout));
        _longTextRegex = new Lazy<Regex>(() => new Regex(regex, Options, LongTextTimeout));
#if NET
        _gate = new Lazy<Regex?>(() => Gate(regex));
#endif
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

    /// <summary>
    /// Texts every one of which a text must also contain (case-insensitive) for the regex to run: literals the regex
    /// needs that are rarer than its keywords (the <c>@</c> of a URL with a password), so that a common keyword
    /// (<c>://</c>, <c>curl</c>) alone does not run it.
    /// </summary>
    internal IReadOnlyList<string> Requires => _requires;

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
    public IReadOnlyList<SecretMatch> Find(string text) => MayOccurIn(text) ? Search(text) : Array.Empty<SecretMatch>();

    // The regex's matches, without the cheap test (the catalogue's prefilter made it for every pattern at once).
    internal IReadOnlyList<SecretMatch> Search(string text)
    {
#if NET
        if (!MayMatch(text))
        {
            return Array.Empty<SecretMatch>();
        }

#endif
        List<SecretMatch>? found = null;
        var regex = text.Length > LongText ? _longTextRegex.Value : _regex.Value;
        try
        {
            var match = regex.Match(text);
            while (match.Success)
            {
                var secret = match.Groups["secret"];
                var (start, length) = secret.Success ? (secret.Index, secret.Length) : (match.Index, match.Length);
                var keep = match.Groups["keep"];
                var keepLength = keep.Success && keep.Index == start ? keep.Length : 0;
                if (length > 0 && (MinimumEntropy <= 0 || Entropy(text, start, length) >= MinimumEntropy))
                {
                    (found ??= new List<SecretMatch>()).Add(new SecretMatch(this, start, length, keepLength));
                }

                // Boundary characters a pattern consumes may start the next match.
                match = regex.Match(text, Math.Max(start + length, match.Index + 1));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Text a pattern could not search in time is masked whole.
            return new[] { new SecretMatch(this, 0, text.Length, 0) };
        }

        return found ?? (IReadOnlyList<SecretMatch>)Array.Empty<SecretMatch>();
    }

    /// <inheritdoc />
    public override string ToString() => Id;

#if NET
    /// <summary>True when the pattern has a gate: the non-backtracking engine supports it (it has no lookaround).</summary>
    internal bool HasGate => _gate.Value is not null;

    // The characters searched with the interpreter alone before the gate is used.
    private long GateAfterCharacters { get; init; } = GateAfter;

    /// <summary>A copy of the pattern whose gate is used after <paramref name="characters"/> characters searched (0: from the first text).</summary>
    internal SecretPattern WithGateAfter(long characters) =>
        new(Id, Kind, Source, Keywords, _requires, MinimumEntropy, MinimumRun, IsMultiline, IsReported) { GateAfterCharacters = characters };

    // False only when the text holds no match at all. On a long run the interpreter's cost is the texts without a
    // secret, nearly all of them, which it tries from every place a match could start (a message with the word
    // "token" takes microseconds); the non-backtracking engine tells in one pass that nothing matches. It only says
    // whether a match exists, never which: the match it reports can differ from the backtracking engines'
    // (dotnet/runtime#130176), whether there is one cannot. Building it costs 0.3 to 4 ms a pattern, so a pattern
    // gets it only after it has searched a million characters: a one-file run or a corpus builds none or one.
    private bool MayMatch(string text) =>
        Interlocked.Add(ref _searched, text.Length) <= GateAfterCharacters || _gate.Value is not { } gate || gate.IsMatch(text);

    // Null for a pattern the non-backtracking engine does not support (a lookaround). Without a timeout: the engine is
    // linear in the text by construction, and with one .NET 10's answers no match on texts it matches without (the
    // JWT at the end of the 800,000-character hostile case: its timeout checks cut the text where \b looks, the
    // family of dotnet/runtime#74467).
    private static Regex? Gate(string regex)
    {
        try
        {
            return new Regex(regex, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
#endif

    internal bool HasRequired(string text)
    {
        // By index: this runs for every pattern on every text searched, and an enumerator would be an allocation each.
        for (var i = 0; i < _requires.Length; i++)
        {
            if (!Contains(text, _requires[i], _requiredFirsts[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Ignoring case; the vectorised search for the first character (either case) is several times faster than
    // IndexOf with OrdinalIgnoreCase, which compares at every position.
    private static bool Contains(string text, string required, char[] first)
    {
        for (var i = text.IndexOfAny(first); i >= 0 && i <= text.Length - required.Length; i = text.IndexOfAny(first, i + 1))
        {
            if (string.Compare(text, i, required, 0, required.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The cheap test before the regex: a keyword, or a long enough run of base64 characters.
    private bool MayOccurIn(string text)
    {
        if (MinimumRun > 0 && LongestBase64Run(text) < MinimumRun)
        {
            return false;
        }

        return (_keywords.Keywords.Count == 0 || _keywords.TagsIn(text) != 0) && HasRequired(text);
    }

    internal static int LongestBase64Run(string text)
    {
        var run = 0;
        var longest = 0;
        foreach (var c in text)
        {
            run = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
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

/// <summary>
/// Which of a few keywords a text contains, ignoring case, each keyword with a tag (bits): the tags of those found,
/// OR-ed. One pass that looks up each pair of characters in a table of the keywords' first two characters and
/// compares whole keywords only where a pair starts one. Measured on 200,000 finding messages it is several times
/// faster than <c>SearchValues&lt;string&gt;</c> with these keywords, many of which are only two or three
/// characters long (<c>q~</c>, <c>://</c>, <c>key</c>), which make the vectorised search check nearly every position.
/// </summary>
internal sealed class KeywordSearch
{
    private const int Letters = 128;

    private readonly string[] _keywords;
    private readonly ulong[] _tags;

    // For each folded first character, for each folded second one, the keywords that start with the pair (indexes
    // into _keywords), or null. Two levels rather than one table of every pair: that table is 128 KiB, on the large
    // object heap, and the catalogue makes one per pattern, which cost a small run most of its start-up.
    private readonly int[]?[]?[] _startingWith = new int[]?[]?[Letters];

    public KeywordSearch(IEnumerable<(string Keyword, ulong Tag)> keywords)
    {
        var all = keywords.ToArray();
        _keywords = all.Select(entry => entry.Keyword).ToArray();
        _tags = all.Select(entry => entry.Tag).ToArray();
        for (var k = 0; k < _keywords.Length; k++)
        {
            var keyword = _keywords[k];
            if (keyword.Length < 2 || Fold(keyword[0]) < 0 || Fold(keyword[1]) < 0)
            {
                throw new ArgumentException($"A keyword needs two ASCII characters at least: '{keyword}'.", nameof(keywords));
            }

            var second = _startingWith[Fold(keyword[0])] ??= new int[]?[Letters];
            second[Fold(keyword[1])] = (second[Fold(keyword[1])] ?? Array.Empty<int>()).Append(k).ToArray();
        }
    }

    public IReadOnlyList<string> Keywords => _keywords;

    public ulong TagsIn(string text)
    {
        var found = 0UL;
        var first = text.Length > 0 ? Fold(text[0]) : -1;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var second = Fold(text[i + 1]);
            if (first >= 0 && second >= 0 && _startingWith[first] is { } startingWithFirst && startingWithFirst[second] is { } candidates)
            {
                foreach (var k in candidates)
                {
                    if (StartsAt(text, i, _keywords[k]))
                    {
                        found |= _tags[k];
                    }
                }
            }

            first = second;
        }

        return found;
    }

    private static bool StartsAt(string text, int start, string keyword)
    {
        if (start + keyword.Length > text.Length)
        {
            return false;
        }

        for (var j = 0; j < keyword.Length; j++)
        {
            if (Fold(text[start + j]) != Fold(keyword[j]))
            {
                return false;
            }
        }

        return true;
    }

    // ASCII letters folded to lower case, and the few other letters that ignoring case makes ASCII ones (the dotless
    // and dotted i, the long s, the Kelvin sign); -1 for any other character, which no keyword holds.
    private static int Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => c + ('a' - 'A'),
        < (char)Letters => c,
        '\u0130' or '\u0131' => 'i',
        '\u017F' => 's',
        '\u212A' => 'k',
        _ => -1,
    };
}
