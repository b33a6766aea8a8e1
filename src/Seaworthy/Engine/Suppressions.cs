using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Engine;

/// <summary>
/// The inline suppressions of one file. In a Dockerfile: <c># seaworthy ignore=SW1001,missing-healthcheck -- reason</c>
/// on the line before an instruction, <c># seaworthy global ignore=...</c> anywhere for the whole file, and
/// hadolint's <c># hadolint ignore=DL3002</c> / <c># hadolint global ignore=...</c> mapped through the rules'
/// equivalents. In a YAML file: the same <c>seaworthy</c> comments, on the line before a key or list item (covering
/// it and everything under it) or at the end of its line, and dclint's <c># dclint disable-line [rules]</c> (that
/// line, or the next when the comment is alone on its line), <c># dclint disable [rules]</c> and
/// <c># dclint disable-file</c> on the first line, mapped through the rules' <c>dclint:</c> equivalents. On a Kubernetes
/// object: the annotations <c>seaworthy.dev/ignore: "SW1001,missing-healthcheck"</c>, kube-linter's
/// <c>ignore-check.kube-linter.io/&lt;check&gt;</c> and Checkov's <c>checkov.io/skip&lt;n&gt;: CKV_K8S_nn</c> (or its older
/// <c>bridgecrew.io/skip&lt;n&gt;</c> and <c>cortex.io/skip&lt;n&gt;</c>), on the object (covering it
/// all) or on its pod template's metadata (covering the template).
/// </summary>
internal sealed class Suppressions
{
    private static readonly char[] Blanks = { ' ', '\t' };
    private static readonly char[] ListSeparators = { ',', ' ', '\t', '\n', '\r' };
    private static readonly char[] CheckovSeparators = { '=', ':', ' ' };

    // Checkov reads its skip annotations under all three names.
    private static readonly string[] CheckovPrefixes = { "checkov.io/skip", "bridgecrew.io/skip", "cortex.io/skip" };

    private const string SeaworthyAnnotation = "seaworthy.dev/ignore";
    private const string KubeLinterPrefix = "ignore-check.kube-linter.io/";

    private readonly List<Directive> _global = new();
    private readonly List<(int FirstLine, int LastLine, Directive Directive)> _ranges = new();
    private int[]? _furthestLastLine;

    private Suppressions()
    {
    }

    /// <summary>Reads a Dockerfile's pragmas; names that match no rule are reported into <paramref name="problems"/>.</summary>
    public static Suppressions Read(DockerfileSyntax syntax, RuleIndex rules, SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> problems)
    {
        var suppressions = new Suppressions();
        var instructions = syntax.Instructions;
        var next = 0;
        foreach (var comment in syntax.Comments)
        {
            if (!TryParseIgnore(comment.Content, "hadolint", out var tool, out var scope, out var names))
            {
                continue;
            }

            var location = syntax.Text.GetLocation(comment.Span);
            var directive = new Directive(location, names, Resolve(tool, names, rules, problems, location));
            if (scope == PragmaScope.Global)
            {
                suppressions._global.Add(directive);
                continue;
            }

            var line = syntax.Text.GetLinePosition(comment.Span.Start).Line;
            while (next < instructions.Count && instructions[next].StartLine <= line)
            {
                next++;
            }

            if (next >= instructions.Count)
            {
                continue;
            }

            // A stage pragma covers the next instruction and the rest of its stage: up to the next FROM after it.
            var last = next;
            while (scope == PragmaScope.Stage && last + 1 < instructions.Count && instructions[last + 1] is not FromInstruction)
            {
                last++;
            }

            suppressions._ranges.Add((instructions[next].StartLine, instructions[last].EndLine, directive));
        }

        return suppressions;
    }

    /// <summary>Reads a YAML file's pragmas; names that match no rule are reported into <paramref name="problems"/>.</summary>
    public static Suppressions Read(YamlFile file, RuleIndex rules, SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> problems)
    {
        var suppressions = new Suppressions();
        if (file.Comments.Count == 0)
        {
            return suppressions;
        }

        var lastLineOf = OutermostExtents(file);
        var startLines = new List<int>(lastLineOf.Keys);
        startLines.Sort();
        var firstContentLine = FirstContentLine(file.Text);
        foreach (var comment in file.Comments)
        {
            var line = file.Text.GetLinePosition(comment.Span.Start).Line;
            var location = file.Text.GetLocation(comment.Span);
            if (TryParseIgnore(comment.Content, "seaworthy", out var tool, out var scope, out var names) && scope != PragmaScope.Stage)
            {
                var directive = new Directive(location, names, Resolve(tool, names, rules, problems, location));
                if (scope == PragmaScope.Global)
                {
                    suppressions._global.Add(directive);
                }
                else if (comment.IsInline)
                {
                    suppressions._ranges.Add((line, lastLineOf.TryGetValue(line, out var last) ? last : line, directive));
                }
                else if (FirstAfter(startLines, line) is { } target)
                {
                    suppressions._ranges.Add((target, lastLineOf[target], directive));
                }
            }
            else if (TryParseDclint(comment.Content, out var kind, out var dclintNames))
            {
                var directive = new Directive(location, dclintNames.Count == 0 ? new List<string> { "dclint " + kind } : dclintNames, ResolveDclint(dclintNames, rules));
                if (kind == "disable-line")
                {
                    var target = comment.IsInline ? line : line + 1;
                    suppressions._ranges.Add((target, target, directive));
                }
                else if (line == firstContentLine)
                {
                    suppressions._global.Add(directive);
                }
            }
        }

        return suppressions;
    }

    /// <summary>
    /// Adds the suppressions that <paramref name="kubernetesObject"/>'s annotations write, and those of its pod template's
    /// metadata; unknown names in <c>seaworthy.dev/ignore</c> are reported into <paramref name="problems"/>.
    /// </summary>
    public void AddAnnotations(KubernetesObject kubernetesObject, RuleIndex rules, SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> problems)
    {
        AddAnnotations(kubernetesObject.Annotations, kubernetesObject.Node.Location, rules, problems);
        if (kubernetesObject.PodTemplate is { } pod && !ReferenceEquals(pod.Node, kubernetesObject.Node))
        {
            AddAnnotations(pod.Annotations, pod.Node.Location, rules, problems);
        }
    }

    /// <summary>
    /// Whether a finding of <paramref name="ruleId"/> at <paramref name="location"/> is suppressed; every directive
    /// that covers it counts as used (see <see cref="Unused"/>).
    /// </summary>
    public bool IsSuppressed(string ruleId, Location location)
    {
        var suppressed = false;
        foreach (var directive in _global)
        {
            suppressed |= directive.Covers(ruleId);
        }

        // Ranges sorted by first line, with the furthest last line of each prefix: a lookup walks back only over
        // ranges that can still reach the line, so a manifest with thousands of annotated objects stays linear.
        if (_furthestLastLine is null)
        {
            _ranges.Sort((x, y) => x.FirstLine.CompareTo(y.FirstLine));
            _furthestLastLine = new int[_ranges.Count];
            for (var i = 0; i < _ranges.Count; i++)
            {
                _furthestLastLine[i] = Math.Max(_ranges[i].LastLine, i > 0 ? _furthestLastLine[i - 1] : int.MinValue);
            }
        }

        var line = location.Line;
        for (var i = LastStartingAtOrBefore(line); i >= 0 && _furthestLastLine[i] >= line; i--)
        {
            var (_, last, directive) = _ranges[i];
            suppressed |= line <= last && directive.Covers(ruleId);
        }

        return suppressed;
    }

    /// <summary>
    /// The directives that suppressed nothing, though a rule they name is on (<paramref name="isOn"/>): a
    /// suppression of a rule that is off, or whose names are all unknown (SW0002), says nothing about this run.
    /// </summary>
    public IEnumerable<(Location Location, string Names)> Unused(Func<string, bool> isOn)
    {
        var directives = new HashSet<Directive>(_global);
        foreach (var range in _ranges)
        {
            directives.Add(range.Directive);
        }

        foreach (var directive in directives)
        {
            if (!directive.IsUsed && directive.RuleIds.Any(isOn))
            {
                yield return (directive.Location, string.Join(", ", directive.Names));
            }
        }
    }

    // The index of the last range whose first line is at or before line, or -1.
    private int LastStartingAtOrBefore(int line)
    {
        int low = 0, high = _ranges.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_ranges[middle].FirstLine <= line)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private void AddAnnotations(IReadOnlyList<KubernetesKeyValue> annotations, Location covered, RuleIndex rules, SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> problems)
    {
        // A block mapping's span can end at the start of the line after it.
        var lastLine = covered.EndColumn == 1 && covered.EndLine > covered.Line ? covered.EndLine - 1 : covered.EndLine;
        foreach (var annotation in annotations)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            if (annotation.Name == SeaworthyAnnotation)
            {
                // Each name is resolved on its own, so an unknown one is reported where it is written in the value.
                var value = annotation.Value;
                for (var start = 0; start < value.Length; start++)
                {
                    var end = value.IndexOfAny(ListSeparators, start);
                    end = end < 0 ? value.Length : end;
                    if (end > start)
                    {
                        var location = annotation.Entry.Value is YamlScalar scalar ? scalar.GetLocation(start, end - start) : annotation.ValueLocation;
                        ids.UnionWith(Resolve("seaworthy", new List<string> { value.Substring(start, end - start) }, rules, problems, location));
                    }

                    start = end;
                }
            }
            else if (annotation.Name.StartsWith(KubeLinterPrefix, StringComparison.Ordinal))
            {
                foreach (var rule in rules.FindEquivalents("kube-linter", annotation.Name.Substring(KubeLinterPrefix.Length)))
                {
                    ids.Add(rule.Id);
                }
            }
            else if (Array.Exists(CheckovPrefixes, prefix => annotation.Name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                // "CKV_K8S_20" or "CKV_K8S_20=the reason".
                var check = annotation.Value.Split(CheckovSeparators, 2)[0].Trim();
                foreach (var rule in rules.FindEquivalents("checkov", check))
                {
                    ids.Add(rule.Id);
                }
            }

            if (ids.Count > 0)
            {
                _ranges.Add((covered.Line, lastLine, new Directive(annotation.ValueLocation, new List<string> { annotation.Name + ": " + annotation.Value }, ids)));
                _furthestLastLine = null;
            }
        }
    }

    private static HashSet<string> Resolve(string tool, List<string> names, RuleIndex rules, SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> problems, Location location)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (tool != "seaworthy")
            {
                foreach (var rule in rules.FindEquivalents(tool, name))
                {
                    ids.Add(rule.Id);
                }
            }
            else if (rules.Find(name) is { } rule)
            {
                ids.Add(rule.Id);
            }
            else
            {
                problems.Add((ToolRules.UnknownRuleInSuppression, location, ToolRules.UnknownRuleInSuppression.FormatMessage(new object?[] { name })));
            }
        }

        return ids;
    }

    // No names means every rule dclint has an equivalent of.
    private static HashSet<string> ResolveDclint(List<string> names, RuleIndex rules)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in names.Count == 0 ? rules.WithEquivalentsIn("dclint") : ResolveEach(names, rules))
        {
            ids.Add(rule.Id);
        }

        return ids;
    }

    private static IEnumerable<RuleDescriptor> ResolveEach(List<string> names, RuleIndex rules)
    {
        foreach (var name in names)
        {
            foreach (var rule in rules.FindEquivalents("dclint", name))
            {
                yield return rule;
            }
        }
    }

    // For each line where a key or list item starts, the last line of the outermost one starting there.
    private static Dictionary<int, int> OutermostExtents(YamlFile file)
    {
        var lastLineOf = new Dictionary<int, int>();
        var visited = new HashSet<YamlNode>();
        var pending = new Stack<YamlNode>();
        foreach (var document in file.Documents)
        {
            if (document.Root is { } root)
            {
                pending.Push(root);
            }
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node) || !ReferenceEquals(node.Source, file.Text))
            {
                continue;
            }

            if (node is YamlMapping mapping)
            {
                foreach (var entry in mapping.Entries)
                {
                    if (!entry.IsMerged)
                    {
                        Extend(lastLineOf, file.Text, entry.Span);
                        pending.Push(entry.Value);
                    }
                }
            }
            else if (node is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    // An alias item stands for a node written before the list; only items written here count.
                    if (item.Span.Start >= sequence.Span.Start)
                    {
                        Extend(lastLineOf, file.Text, item.Span);
                    }

                    pending.Push(item);
                }
            }
        }

        return lastLineOf;
    }

    private static void Extend(Dictionary<int, int> lastLineOf, SourceText text, TextSpan span)
    {
        var first = text.GetLinePosition(span.Start).Line;
        var last = text.GetLinePosition(span.End).Line;
        if (!lastLineOf.TryGetValue(first, out var known) || known < last)
        {
            lastLineOf[first] = last;
        }
    }

    private static int? FirstAfter(List<int> sortedLines, int line)
    {
        var index = sortedLines.BinarySearch(line + 1);
        index = index >= 0 ? index : ~index;
        return index < sortedLines.Count ? sortedLines[index] : null;
    }

    // dclint reads its file-wide comments on the first line that is neither blank nor a bare "---".
    private static int FirstContentLine(SourceText text)
    {
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.GetLineText(line).Trim();
            if (content.Length > 0 && content != "---")
            {
                return line;
            }
        }

        return 0;
    }

    // "dclint disable-line [rule ...]", "dclint disable [rule ...]" or "dclint disable-file".
    private static bool TryParseDclint(string comment, out string directive, out List<string> names)
    {
        directive = string.Empty;
        names = new List<string>();
        var words = comment.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] != "dclint" || !(words[1] is "disable" or "disable-line" or "disable-file"))
        {
            return false;
        }

        directive = words[1];
        for (var i = 2; i < words.Length && directive != "disable-file"; i++)
        {
            names.Add(words[i]);
        }

        return true;
    }

    // "seaworthy [global] ignore=A,B -- reason", or the same with the other tool's name.
    // "<tool> ignore=A,B", "<tool> global ignore=A", "<tool> stage ignore=A": blanks are allowed around '=' and
    // the commas (hadolint's grammar); the list ends at the first name not followed by a comma, so a " -- reason"
    // or hadolint's "# reason" after it is free text.
    private static bool TryParseIgnore(string comment, string otherTool, out string tool, out PragmaScope scope, out List<string> names)
    {
        tool = string.Empty;
        scope = PragmaScope.Line;
        names = new List<string>();
        var position = 0;
        var first = ReadWord(comment, ref position);
        if (first != "seaworthy" && first != otherTool)
        {
            return false;
        }

        tool = first;
        var keyword = ReadWord(comment, ref position);
        if (keyword is "global" or "stage")
        {
            scope = keyword == "global" ? PragmaScope.Global : PragmaScope.Stage;
            keyword = ReadWord(comment, ref position);
        }

        if (keyword != "ignore" || !Skip(comment, ref position, '='))
        {
            return false;
        }

        while (true)
        {
            SkipBlanks(comment, ref position);
            var name = ReadWord(comment, ref position);
            if (name.Length == 0)
            {
                break;
            }

            names.Add(name);
            if (!Skip(comment, ref position, ','))
            {
                break;
            }
        }

        return names.Count > 0;
    }

    // A run of characters up to a blank, '=' or ',' (after skipping blanks before it).
    private static string ReadWord(string text, ref int position)
    {
        SkipBlanks(text, ref position);
        var start = position;
        while (position < text.Length && Array.IndexOf(ListSeparators, text[position]) < 0 && text[position] != '=')
        {
            position++;
        }

        return text.Substring(start, position - start);
    }

    // Skips blanks and then the character expected, if it is there.
    private static bool Skip(string text, ref int position, char expected)
    {
        var at = position;
        SkipBlanks(text, ref at);
        if (at < text.Length && text[at] == expected)
        {
            position = at + 1;
            return true;
        }

        return false;
    }

    private static void SkipBlanks(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }
    }

    private enum PragmaScope
    {
        Line,
        Global,
        Stage,
    }

    // One suppression as written (a comment or an annotation): where, the names it gives, the rules they resolve to,
    // and whether it suppressed a finding in this run.
    private sealed class Directive
    {
        public Directive(Location location, IReadOnlyList<string> names, HashSet<string> ruleIds)
        {
            Location = location;
            Names = names;
            RuleIds = ruleIds;
        }

        public Location Location { get; }

        public IReadOnlyList<string> Names { get; }

        public HashSet<string> RuleIds { get; }

        public bool IsUsed { get; private set; }

        public bool Covers(string ruleId)
        {
            if (!RuleIds.Contains(ruleId))
            {
                return false;
            }

            IsUsed = true;
            return true;
        }
    }
}
