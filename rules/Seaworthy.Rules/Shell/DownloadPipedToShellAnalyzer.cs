using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2086: a RUN pipes what curl or wget downloads straight into a shell or interpreter.</summary>
public sealed class DownloadPipedToShellAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2086",
        "download-piped-to-shell",
        "Download piped into a shell",
        "'{0}' runs what '{1}' downloads, unchecked: download to a file, verify its checksum, then run it",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2086"),
        Array.Empty<string>());

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "dash", "ash", "ksh", "mksh", "zsh" };

    // The option that makes each interpreter run code from its arguments rather than from its input.
    private static readonly Dictionary<string, string[]> Interpreters = new(StringComparer.Ordinal)
    {
        ["python"] = new[] { "c", "m" },
        ["python2"] = new[] { "c", "m" },
        ["python3"] = new[] { "c", "m" },
        ["perl"] = new[] { "e", "E" },
        ["ruby"] = new[] { "e" },
        ["node"] = new[] { "e", "p", "eval", "print" },
        ["php"] = new[] { "r" },
    };

    private static readonly ShellOptionSpec ShellSpec = new("oO");

    // The first element of each pipeline that downloads, found once per pipeline rather than once per shell in it
    // (a pipeline of thousands of shells stays linear).
    private static readonly LastKeyMemo<ShellPipeline, Downloader> FirstDownloaders = new(FirstDownloader);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        var command = c.Command;
        if (command.Name is not { } name || command.NameWord is not { } word || command.Pipeline is not { } pipeline
            || command.PipelineIndex <= 0 || !RunsInput(command, name))
        {
            return;
        }

        var first = FirstDownloaders.Get(pipeline);
        if (first.Index < command.PipelineIndex)
        {
            c.Report(Rule, c.GetLocation(word.Span), name, first.Name!);
        }
    });

    private static bool RunsInput(ShellCommand command, string name)
    {
        if (Shells.Contains(name))
        {
            var arguments = command.GetArguments(ShellSpec);
            return !arguments.HasOption("c")
                && (arguments.HasOption("s") || arguments.Operands.Count == 0 || arguments.Operands[0].Value == "-");
        }

        if (Interpreters.TryGetValue(name, out var codeOptions))
        {
            var arguments = command.GetArguments();
            return !arguments.HasOption(codeOptions) && (arguments.Operands.Count == 0 || arguments.Operands[0].Value == "-");
        }

        return false;
    }

    private static Downloader FirstDownloader(ShellPipeline pipeline)
    {
        for (var i = 0; i < pipeline.Commands.Count; i++)
        {
            if (FindDownloader(pipeline.Commands[i]) is { } name)
            {
                return new Downloader(i, name);
            }
        }

        return new Downloader(int.MaxValue, null);
    }

    private static string? FindDownloader(ShellCommandNode element)
    {
        if (element is ShellCommand { Name: "curl" or "wget" } simple)
        {
            return simple.Name;
        }

        foreach (var node in element.DescendantNodes())
        {
            if (node is ShellCommand { Name: "curl" or "wget" } command)
            {
                return command.Name;
            }
        }

        return null;
    }

    private sealed record Downloader(int Index, string? Name);
}
