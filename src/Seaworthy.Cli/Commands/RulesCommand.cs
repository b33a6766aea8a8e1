using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Seaworthy.Analysis;
using Seaworthy.Reporting;

namespace Seaworthy.Cli.Commands;

/// <summary><c>seaworthy rules</c>: lists every rule with its metadata.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var format = new Option<string>("--format", "-f") { Description = "Listing format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List every rule: id, name, title, category, default severity, surfaces, equivalents.") { format };
        command.SetAction(parseResult =>
        {
            var rules = AnalysisEngine.CreateDefault().Rules;
            if (parseResult.GetValue(format) == "json")
            {
                WriteJson(rules, output);
            }
            else
            {
                WriteText(rules, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(System.Collections.Generic.IReadOnlyList<RuleDescriptor> rules, TextWriter output)
    {
        var nameWidth = rules.Max(rule => rule.Name.Length);
        foreach (var rule in rules)
        {
            var enabled = rule.EnabledByDefault ? string.Empty : " (off by default)";
            output.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {ReportNames.Of(rule.DefaultSeverity),-7}  {rule.Title}{enabled}");
        }
    }

    private static void WriteJson(System.Collections.Generic.IReadOnlyList<RuleDescriptor> rules, TextWriter output)
    {
        JsonOutput.Write(output, writer =>
        {
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
                writer.WriteStartArray("surfaces");
                foreach (var surface in Enum.GetValues<Surfaces>().Where(s => s != Surfaces.None && rule.Surfaces.HasFlag(s)))
                {
                    writer.WriteStringValue(surface.ToString().ToLowerInvariant());
                }

                writer.WriteEndArray();
                writer.WriteStartArray("equivalents");
                foreach (var equivalent in rule.Equivalents)
                {
                    writer.WriteStringValue(equivalent);
                }

                writer.WriteEndArray();
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }
}
