using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2072: npm installs a package without a version, so each build may get a different one.</summary>
public sealed class NpmUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2072",
        "npm-unpinned-package",
        "npm package without a version",
        "npm installs '{0}' without a version: pin it ('{0}@1.2.3'), or a git source with '#<tag or commit>'",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2072"),
        new[] { "hadolint:DL3016" });

    // npm's install command and its aliases.
    private static readonly string[] InstallCommands =
    {
        "install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall",
    };

    private static readonly ShellOptionSpec Spec = new(
        "wC",
        "prefix", "workspace", "omit", "include", "registry", "tag", "cache", "loglevel", "install-strategy",
        "userconfig", "globalconfig", "before", "save-prefix", "script-shell", "otp", "cpu", "os", "libc");

    private static readonly string[] GitPrefixes = { "git+", "git://", "github:", "gitlab:", "bitbucket:", "gist:" };

    private static readonly string[] LocalPrefixes = { ".", "/", "~", "file:" };

    private static readonly string[] TarballExtensions = { ".tgz", ".tar.gz", ".tar" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "npm")
        {
            return;
        }

        var operands = c.Command.GetArguments(Spec).Operands;
        if (operands.Count == 0 || Array.IndexOf(InstallCommands, operands[0].Value) < 0)
        {
            return;
        }

        for (var i = 1; i < operands.Count; i++)
        {
            // A package written with a variable may carry its version in the variable.
            if (operands[i].Value is { } package && !IsPinnedOrLocal(package))
            {
                c.Report(Rule, c.GetLocation(operands[i].Span), package);
            }
        }
    });

    private static bool IsPinnedOrLocal(string package)
    {
        if (LanguagePackageQueries.StartsWithAny(package, LocalPrefixes) || LanguagePackageQueries.EndsWithAny(package, TarballExtensions))
        {
            return true;
        }

        // A git source, or the GitHub shorthand 'user/repo', is pinned by '#<tag, branch or commit>'.
        if (LanguagePackageQueries.StartsWithAny(package, GitPrefixes) || package.IndexOf("://", StringComparison.Ordinal) >= 0
            || (package[0] != '@' && package.IndexOf('/') > 0))
        {
            var hash = package.IndexOf('#');
            return hash >= 0 && hash < package.Length - 1;
        }

        // 'name@version' or '@scope/name@version'; 'latest' is no version at all.
        var at = package.LastIndexOf('@');
        return at > 0 && at < package.Length - 1 && package.Substring(at + 1) != "latest";
    }
}
