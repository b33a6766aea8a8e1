using System;
using System.Collections.Generic;
using System.Linq;

namespace Seaworthy.Analysis;

/// <summary>
/// A set of analyzers shipped apart from Seaworthy (a rule pack: a plugin assembly), with the name and version
/// reports show for its rules (<c>seaworthy rules</c>, SARIF's <c>tool.extensions</c>).
/// </summary>
public sealed class RulePack
{
    /// <summary>A pack named <paramref name="name"/> at <paramref name="version"/> made of <paramref name="analyzers"/>.</summary>
    public RulePack(string name, string version, IReadOnlyList<Analyzer> analyzers)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Version = version ?? throw new ArgumentNullException(nameof(version));
        Analyzers = analyzers ?? throw new ArgumentNullException(nameof(analyzers));
        Rules = analyzers.SelectMany(analyzer => analyzer.SupportedRules).Distinct().OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The pack's name: its assembly's name, such as <c>Contoso.ContainerRules</c>.</summary>
    public string Name { get; }

    /// <summary>The pack's version, such as <c>1.2.0</c>.</summary>
    public string Version { get; }

    /// <summary>The analyzers of the pack.</summary>
    public IReadOnlyList<Analyzer> Analyzers { get; }

    /// <summary>The rules the pack's analyzers report, by id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The pack's name and version.</summary>
    public override string ToString() => Name + " " + Version;
}
