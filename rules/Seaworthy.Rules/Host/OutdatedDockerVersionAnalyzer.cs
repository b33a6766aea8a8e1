using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>
/// SW5019: the engine's release line is out of support. Rules cannot ask what the latest release is, so a
/// maintained line is information naming the version, never a pass.
/// </summary>
public sealed class OutdatedDockerVersionAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5019",
        "docker-version-outdated",
        "Docker Engine version is out of support",
        "Docker Engine {0} belongs to a release line that no longer receives security fixes",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5019"),
        new[] { "cis-docker:1.2.2" });

    // Release lines before 25.0 (20.10 and older, 23.0, 24.0) no longer receive fixes.
    private const int OldestMaintainedMajor = 25;

    // Docker Engine numbers its releases from 17.03 on; a smaller major is another engine (Podman says 4.x).
    private const int FirstDockerMajor = 17;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var version = c.Snapshot.Version?.Version ?? c.Snapshot.Info?.ServerVersion;
        if (string.IsNullOrEmpty(version))
        {
            c.Audit.Unknown(Rule, "the engine's version was not read");
            return;
        }

        var dot = version!.IndexOf('.');
        if (!int.TryParse(dot < 0 ? version : version.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) || major < FirstDockerMajor)
        {
            c.Audit.Unknown(Rule, "version " + version + " is not a Docker Engine version");
        }
        else if (major < OldestMaintainedMajor)
        {
            c.Report(Rule, HostTarget.Daemon, version);
        }
        else
        {
            c.Audit.Info(Rule, "Docker Engine " + version + ": check that it is the latest patch release of its line");
        }
    });
}
