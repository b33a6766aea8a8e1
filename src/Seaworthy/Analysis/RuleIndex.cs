using System;
using System.Collections.Generic;
using System.Linq;

namespace Seaworthy.Analysis;

/// <summary>Finds rules by id (<c>SW1001</c>), by name (<c>run-as-root</c>) or by an equivalent (<c>hadolint:DL3002</c>).</summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, RuleDescriptor> _byIdOrName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<RuleDescriptor>> _byEquivalent = new(StringComparer.OrdinalIgnoreCase);

    public RuleIndex(IEnumerable<RuleDescriptor> rules)
    {
        foreach (var rule in rules)
        {
            _byIdOrName[rule.Id] = rule;
            _byIdOrName[rule.Name] = rule;
            foreach (var equivalent in rule.Equivalents)
            {
                if (!_byEquivalent.TryGetValue(equivalent, out var list))
                {
                    _byEquivalent[equivalent] = list = new List<RuleDescriptor>();
                }

                list.Add(rule);
            }
        }
    }

    public RuleDescriptor? Find(string idOrName) => _byIdOrName.TryGetValue(idOrName, out var rule) ? rule : null;

    public IReadOnlyList<RuleDescriptor> FindEquivalents(string tool, string code) =>
        _byEquivalent.TryGetValue(tool + ":" + code, out var rules) ? rules : Array.Empty<RuleDescriptor>();

    /// <summary>The rules with at least one equivalent in <paramref name="tool"/>.</summary>
    public IReadOnlyList<RuleDescriptor> WithEquivalentsIn(string tool)
    {
        var found = new List<RuleDescriptor>();
        var prefix = tool + ":";
        foreach (var rule in _byIdOrName.Values)
        {
            if (!found.Contains(rule) && rule.Equivalents.Any(equivalent => equivalent.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(rule);
            }
        }

        return found;
    }
}
