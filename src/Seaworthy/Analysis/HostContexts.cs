using System;
using System.Collections.Generic;
using Seaworthy.Engine;
using Seaworthy.Host;

namespace Seaworthy.Analysis;

/// <summary>
/// The context of a host audit callback: the snapshot, and the ways a check states its outcome. A finding
/// (<see cref="Report(RuleDescriptor, HostTarget, object?[])"/>) fails the check on one object; a check that
/// reports nothing passes. When the data a check needs is missing it says
/// <see cref="AuditOutcomes.Unknown(RuleDescriptor, string)"/> through <see cref="Audit"/>, never passes.
/// </summary>
public sealed class HostContext : RuleContext
{
    private readonly Lazy<DaemonOptions> _daemonOptions;

    internal HostContext(DiagnosticSink sink, HostSnapshot snapshot, Lazy<DaemonOptions> daemonOptions)
        : base(sink)
    {
        Snapshot = snapshot;
        _daemonOptions = daemonOptions;
        Audit = new AuditOutcomes(sink);
    }

    /// <summary>The outcomes the check states besides findings: not applicable, unknown, information.</summary>
    public AuditOutcomes Audit { get; }

    /// <summary>The engine, its host, containers, images and networks.</summary>
    public HostSnapshot Snapshot { get; }

    /// <summary>The daemon's options from its command line and configuration file, read once per audit.</summary>
    public DaemonOptions DaemonOptions => _daemonOptions.Value;

    /// <summary>Reports that <paramref name="target"/> fails <paramref name="rule"/>, formatting its message with <paramref name="arguments"/>.</summary>
    public void Report(RuleDescriptor rule, HostTarget target, params object?[] arguments) => Sink.Report(rule, target, arguments);
}

/// <summary>
/// The outcomes of a host audit check other than a finding. A check that reports nothing passes; these say it does
/// not apply, cannot be decided, or only informs.
/// </summary>
public sealed class AuditOutcomes
{
    private readonly DiagnosticSink _sink;

    internal AuditOutcomes(DiagnosticSink sink) => _sink = sink;

    /// <summary>Says the check does not apply (no TLS configured, swarm mode off, nothing configured to compare with).</summary>
    public void NotApplicable(RuleDescriptor rule, string reason) => _sink.Outcome(rule, RuleOutcomeKind.NotApplicable, null, reason);

    /// <summary>Says the check cannot be decided because data it needs is unavailable (permission, remote engine).</summary>
    public void Unknown(RuleDescriptor rule, string reason) => _sink.Outcome(rule, RuleOutcomeKind.Unknown, null, reason);

    /// <summary>Says the check cannot be decided for <paramref name="target"/> (its processes could not be read).</summary>
    public void Unknown(RuleDescriptor rule, HostTarget target, string reason) => _sink.Outcome(rule, RuleOutcomeKind.Unknown, target, reason);

    /// <summary>Gives information for a person to judge (the members of the docker group): neither a pass nor a failure.</summary>
    public void Info(RuleDescriptor rule, string message) => _sink.Outcome(rule, RuleOutcomeKind.Info, null, message);

    /// <summary>Gives information about <paramref name="target"/>.</summary>
    public void Info(RuleDescriptor rule, HostTarget target, string message) => _sink.Outcome(rule, RuleOutcomeKind.Info, target, message);
}

/// <summary>An outcome of a host check other than a finding.</summary>
public enum RuleOutcomeKind
{
    /// <summary>The check does not apply to this engine.</summary>
    NotApplicable,

    /// <summary>The data the check needs is unavailable.</summary>
    Unknown,

    /// <summary>Information for a person to judge.</summary>
    Info,
}
