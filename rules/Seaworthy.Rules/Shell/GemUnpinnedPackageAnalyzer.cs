using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2073: gem installs a gem without a version, so each build may get a different one.</summary>
public sealed class GemUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2073",
        "gem-unpinned-package",
        "gem without a version",
        "gem installs '{0}' without a version: pin it ('{0}:1.2.3' or --version 1.2.3)",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2073"),
        new[] { "hadolint:DL3028" });

    private static readonly ShellOptionSpec Spec = new(
        "vinPsg",
        "version", "install-dir", "bindir", "trust-policy", "source", "platform", "file", "build-root", "document",
        "http-proxy", "config-file", "target-rbconfig");

    // gem install's options that take no value: any other option is read as taking the next word, as hadolint does.
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "-N", "--no-document", "--ri", "--no-ri", "--rdoc", "--no-rdoc", "--user-install", "--no-user-install",
        "--development", "--development-all", "--conservative", "--minimal-deps", "--post-install-message",
        "--no-post-install-message", "-f", "--force", "--no-force", "-w", "--wrappers", "--no-wrappers", "-E",
        "--env-shebang", "--no-env-shebang", "--ignore-dependencies", "--format-executable", "--no-format-executable",
        "--lock", "--no-lock", "--suggestions", "--no-suggestions", "--prerelease", "--pre", "--no-prerelease", "-l",
        "--local", "-r", "--remote", "-b", "--both", "--clear-sources", "-q", "--quiet", "--verbose", "--no-verbose",
        "-V", "--silent", "--default", "--explain", "--vendor", "--no-vendor", "--norc", "--backtrace", "--debug",
        "--update-sources", "--no-update-sources", "--no-http-proxy", "--no-install-dir", "--no-bindir",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "gem")
        {
            return;
        }

        var arguments = c.Command.GetArguments(Spec);
        var operands = arguments.Operands;

        // --version pins every gem of the command; --file installs what a Gemfile says.
        if (operands.Count == 0 || operands[0].Value is not ("install" or "i") || arguments.HasOption("v", "version", "g", "file"))
        {
            return;
        }

        var notGems = NotGems(c.Command.Arguments);
        for (var i = 1; i < operands.Count; i++)
        {
            // A gem written with a variable may carry its version in the variable; a .gem file is a given file.
            if (operands[i].Value is { } gem && gem.IndexOf(':') < 0 && !gem.EndsWith(".gem", StringComparison.Ordinal)
                && !notGems.Contains(operands[i]))
            {
                c.Report(Rule, c.GetLocation(operands[i].Span), gem);
            }
        }
    });

    // The words that are no gem though the parser reads them as operands: the build options after '--' (given to
    // the gems' extensions) and the value of an option gem does not take without one ('--with-ssl-dir /opt').
    private static HashSet<ShellWord> NotGems(IReadOnlyList<ShellWord> words)
    {
        var notGems = new HashSet<ShellWord>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Value is not { } word)
            {
                continue;
            }

            if (word == "--")
            {
                for (i++; i < words.Count; i++)
                {
                    notGems.Add(words[i]);
                }
            }
            else if (word.StartsWith("--", StringComparison.Ordinal) && word.IndexOf('=') < 0 && !Flags.Contains(word) && i + 1 < words.Count)
            {
                notGems.Add(words[++i]);
            }
        }

        return notGems;
    }
}
