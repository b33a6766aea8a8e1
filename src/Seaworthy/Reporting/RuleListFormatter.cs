using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>Writes the list of rules (<c>seaworthy rules</c>) as aligned text or as a JSON array.</summary>
public static class RuleListFormatter
{
    /// <summary>One line per rule: id, name, default severity, title, whether it is off by default, and whether it fixes.</summary>
    public static void WriteText(IReadOnlyList<RuleDescriptor> rules, TextWriter output) => WriteText(rules, Array.Empty<RulePack>(), output);

    /// <summary>One line per rule, as <see cref="WriteText(IReadOnlyList{RuleDescriptor}, TextWriter)"/>; a rule of one of <paramref name="packs"/> ends with the pack's name and version.</summary>
    public static void WriteText(IReadOnlyList<RuleDescriptor> rules, IReadOnlyList<RulePack> packs, TextWriter output)
    {
        var packOf = PackOf(packs);
        var nameWidth = rules.Count == 0 ? 0 : rules.Max(rule => rule.Name.Length);
        foreach (var rule in rules)
        {
            var enabled = rule.EnabledByDefault ? string.Empty : " (off by default)";
            var fix = rule.FixSafety is null ? string.Empty : $" (fix: {FixName(rule)})";
            var equivalents = rule.Equivalents.Count == 0 ? string.Empty : " = " + string.Join(", ", rule.Equivalents);
            var pack = packOf.TryGetValue(rule.Id, out var owner) ? $" [pack {owner.Name} {owner.Version}]" : string.Empty;
            output.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {ReportNames.Of(rule.DefaultSeverity),-7}  {ReportNames.Of(rule.Category),-15}  {rule.Title}{enabled}{fix}{equivalents}{pack}");
        }
    }

    /// <summary>A JSON array with every field of every descriptor, its options (name, description, default items) included.</summary>
    public static void WriteJson(IReadOnlyList<RuleDescriptor> rules, TextWriter output) => WriteJson(rules, Array.Empty<RulePack>(), output);

    /// <summary>The JSON array of <see cref="WriteJson(IReadOnlyList{RuleDescriptor}, TextWriter)"/>; a rule of one of <paramref name="packs"/> has a <c>pack</c> object (name, version).</summary>
    public static void WriteJson(IReadOnlyList<RuleDescriptor> rules, IReadOnlyList<RulePack> packs, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        var packOf = PackOf(packs);
        writer.WriteStartArray();
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteString("title", rule.Title);
            writer.WriteString("category", ReportNames.Of(rule.Category));
            writer.WriteString("defaultSeverity", ReportNames.Of(rule.DefaultSeverity));
            writer.WriteBoolean("enabledByDefault", rule.EnabledByDefault);
            writer.WriteString("fix", FixName(rule));
            writer.WriteStartArray("surfaces");
            foreach (Surfaces surface in Enum.GetValues(typeof(Surfaces)))
            {
                if (surface != Surfaces.None && (rule.Surfaces & surface) != 0)
                {
                    writer.WriteStringValue(surface.ToString().ToLowerInvariant());
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("equivalents");
            foreach (var equivalent in rule.Equivalents)
            {
                writer.WriteStringValue(equivalent);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("options");
            foreach (var option in rule.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("name", option.Name);
                writer.WriteString("description", option.Description);
                writer.WriteStartArray("default");
                foreach (var item in option.DefaultItems)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("helpUri", rule.HelpUri);
            if (packOf.TryGetValue(rule.Id, out var pack))
            {
                writer.WriteStartObject("pack");
                writer.WriteString("name", pack.Name);
                writer.WriteString("version", pack.Version);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static Dictionary<string, RulePack> PackOf(IReadOnlyList<RulePack> packs)
    {
        var owners = new Dictionary<string, RulePack>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var rule in pack.Rules)
            {
                owners[rule.Id] = pack;
            }
        }

        return owners;
    }

    /// <summary>How a rule fixes: <c>none</c>, <c>safe</c> or <c>unsafe</c>.</summary>
    public static string FixName(RuleDescriptor rule) => rule.FixSafety switch
    {
        null => "none",
        FixSafety.Safe => "safe",
        _ => "unsafe",
    };
}
