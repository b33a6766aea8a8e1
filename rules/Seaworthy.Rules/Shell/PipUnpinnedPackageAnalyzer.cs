using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2070: pip installs a package without a version, so each build may get a different one.</summary>
public sealed class PipUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2070",
        "pip-unpinned-package",
        "pip package without a version",
        "{0} installs '{1}' without a version: pin it ('{1}==1.2.3') or install from a requirements or constraints file",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2070"),
        new[] { "hadolint:DL3013" });

    // pipx install's options that take a value.
    private static readonly ShellOptionSpec PipxSpec = new(string.Empty, "python", "pip-args", "index-url", "suffix", "preinstall", "spec");

    private static readonly string[] VersionOperators = { "==", ">=", "<=", "~=", "!=", "<", ">", "@" };

    private static readonly string[] FileExtensions = { ".whl", ".tar.gz", ".tgz", ".tar.bz2", ".zip" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        var tool = "pip";
        var arguments = LanguagePackageQueries.GetPipInstallArguments(c.Command);
        if (arguments is null && c.Command.Name == "pipx")
        {
            tool = "pipx";
            arguments = c.Command.GetArguments(PipxSpec);
            arguments = arguments.Operands.Count > 0 && arguments.Operands[0].Value == "install" ? arguments : null;
        }

        // A constraints file pins every package the install pulls in, those named here included.
        if (arguments is null || arguments.HasOption("c", "constraint"))
        {
            return;
        }

        for (var i = 1; i < arguments.Operands.Count; i++)
        {
            var operand = arguments.Operands[i];

            // A package written with a variable may carry its version in the variable.
            if (operand.Value is { } package && !IsPinnedOrLocal(package))
            {
                c.Report(Rule, c.GetLocation(operand.Span), tool, package);
            }
        }
    });

    private static bool IsPinnedOrLocal(string package)
    {
        // A path (., ./dir, /src/pkg, dir/sub) or an archive is a given file, not a version from an index;
        // a VCS or direct URL is pinned by its @ref ('pkg @ https://...' or 'git+https://...@v1.2').
        if (package.IndexOf('/') >= 0 || package.StartsWith(".", StringComparison.Ordinal) || package.StartsWith("~", StringComparison.Ordinal))
        {
            return package.IndexOf("://", StringComparison.Ordinal) < 0 || HasVcsRef(package) || HasFileExtension(package);
        }

        if (HasFileExtension(package))
        {
            return true;
        }

        foreach (var versionOperator in VersionOperators)
        {
            if (package.IndexOf(versionOperator, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVcsRef(string url)
    {
        var path = url.Substring(url.IndexOf("://", StringComparison.Ordinal) + 3);
        var at = path.LastIndexOf('@');
        return at > path.IndexOf('/') && at > 0;
    }

    private static bool HasFileExtension(string package)
    {
        var path = package.Split('#')[0];
        foreach (var extension in FileExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
