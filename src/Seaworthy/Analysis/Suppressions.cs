using System;
using System.Collections.Generic;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>
/// The inline suppressions of one Dockerfile: <c># seaworthy ignore=SW1001,missing-healthcheck -- reason</c>
/// on the line before an instruction, <c># seaworthy global ignore=...</c> anywhere for the whole file, and
/// hadolint's <c># hadolint ignore=DL3002</c> / <c># hadolint global ignore=...</c> mapped through the
/// rules' equivalents.
/// </summary>
internal sealed class Suppressions
{
    private static readonly char[] Blanks = { ' ', '\t' };

    private readonly HashSet<string> _global = new(StringComparer.Ordinal);
    private readonly List<(int FirstLine, int LastLine, HashSet<string> RuleIds)> _ranges = new();

    private Suppressions()
    {
    }

    /// <summary>Reads the pragmas; names that match no rule are reported into <paramref name="problems"/>.</summary>
    public static Suppressions Read(DockerfileSyntax syntax, RuleIndex rules, List<(RuleDescriptor Rule, Location Location, string Message)> problems)
    {
        var suppressions = new Suppressions();
        var instructions = syntax.Instructions;
        var next = 0;
        foreach (var comment in syntax.Comments)
        {
            if (!TryParse(comment.Content, out var tool, out var isGlobal, out var names))
            {
                continue;
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (tool == "seaworthy")
                {
                    if (rules.Find(name) is { } rule)
                    {
                        ids.Add(rule.Id);
                    }
                    else
                    {
                        var location = syntax.Text.GetLocation(comment.Span);
                        problems.Add((ToolRules.UnknownRuleInSuppression, location, ToolRules.UnknownRuleInSuppression.FormatMessage(new object?[] { name })));
                    }
                }
                else
                {
                    foreach (var rule in rules.FindEquivalents(tool, name))
                    {
                        ids.Add(rule.Id);
                    }
                }
            }

            if (isGlobal)
            {
                suppressions._global.UnionWith(ids);
                continue;
            }

            var line = syntax.Text.GetLinePosition(comment.Span.Start).Line;
            while (next < instructions.Count && instructions[next].StartLine <= line)
            {
                next++;
            }

            if (next < instructions.Count)
            {
                suppressions._ranges.Add((instructions[next].StartLine, instructions[next].EndLine, ids));
            }
        }

        return suppressions;
    }

    public bool IsSuppressed(string ruleId, Location location)
    {
        if (_global.Contains(ruleId))
        {
            return true;
        }

        foreach (var (first, last, ids) in _ranges)
        {
            if (location.Line >= first && location.Line <= last && ids.Contains(ruleId))
            {
                return true;
            }
        }

        return false;
    }

    // "seaworthy [global] ignore=A,B -- reason" or "hadolint [global] ignore=A,B".
    private static bool TryParse(string comment, out string tool, out bool isGlobal, out List<string> names)
    {
        tool = string.Empty;
        isGlobal = false;
        names = new List<string>();
        var words = comment.Split(Blanks, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !(words[0] is "seaworthy" or "hadolint"))
        {
            return false;
        }

        tool = words[0];
        var directive = words[1];
        var rest = words.Length > 2 ? words[2] : string.Empty;
        if (directive == "global")
        {
            isGlobal = true;
            var remaining = rest.Split(Blanks, 2, StringSplitOptions.RemoveEmptyEntries);
            if (remaining.Length == 0)
            {
                return false;
            }

            directive = remaining[0];
            rest = remaining.Length > 1 ? remaining[1] : string.Empty;
        }

        if (!directive.StartsWith("ignore=", StringComparison.Ordinal))
        {
            return false;
        }

        // The list may continue after commas followed by spaces; a " -- " starts the reason.
        var list = directive.Substring("ignore=".Length);
        var reason = rest.IndexOf("--", StringComparison.Ordinal);
        var continuation = reason >= 0 ? rest.Substring(0, reason) : rest;
        if (list.EndsWith(",", StringComparison.Ordinal))
        {
            list += continuation;
        }

        foreach (var name in list.Split(','))
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0)
            {
                names.Add(trimmed);
            }
        }

        return names.Count > 0;
    }
}
