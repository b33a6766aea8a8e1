using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Seaworthy.Configuration;
using Seaworthy.Reporting;

namespace Seaworthy.Cli.Commands;

/// <summary><c>seaworthy rules</c>: lists every rule with its metadata.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format", "-f") { Description = "Listing format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var plugins = RulePacks.CreateOption();
        var verbose = RulePacks.CreateVerboseOption();
        var command = new Command("rules", "List every rule: id, name, title, category, default severity, surfaces, equivalents, and the rule pack of a plugin's rule.") { format, plugins, verbose };
        command.SetAction(parseResult =>
        {
            IReadOnlyList<string> packs;
            try
            {
                packs = RulePacks.PathsFor(parseResult.GetValue(plugins), Directory.GetCurrentDirectory(), configurationFile: null);
            }
            catch (ConfigurationException exception)
            {
                error.WriteLine("seaworthy: configuration error: " + exception.Message);
                return ExitCodes.UsageError;
            }

            if (RulePacks.HandOff(packs, parseResult.GetValue(verbose), error) is { } handedOff)
            {
                return handedOff;
            }

            if (RulePacks.CreateEngine(packs, parseResult.GetValue(verbose), error) is not { } engine)
            {
                return ExitCodes.UsageError;
            }

            if (parseResult.GetValue(format) == "json")
            {
                RuleListFormatter.WriteJson(engine.Rules, engine.Packs, output);
            }
            else
            {
                RuleListFormatter.WriteText(engine.Rules, engine.Packs, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
