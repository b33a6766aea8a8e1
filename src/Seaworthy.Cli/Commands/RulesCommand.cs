using System.CommandLine;
using System.IO;
using Seaworthy.Analysis;
using Seaworthy.Engine;
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
                RuleListFormatter.WriteJson(rules, output);
            }
            else
            {
                RuleListFormatter.WriteText(rules, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
