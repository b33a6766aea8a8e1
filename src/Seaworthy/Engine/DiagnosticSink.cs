using System;
using System.Collections.Generic;
using System.Threading;
using Seaworthy.Analysis;
using Seaworthy.Host;
using Seaworthy.Text;

namespace Seaworthy.Engine;

/// <summary>
/// Collects what one analyzer reports on one file, or on one host audit, checking that it reports only its own
/// rules. In a host audit a report made at a location lands on the sink's default target (the container whose
/// callback runs, or the daemon).
/// </summary>
internal sealed class DiagnosticSink
{
    private readonly Analyzer _analyzer;
    private readonly SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> _reports;
    private readonly List<Location> _redactions;
    private readonly Dictionary<(RuleDescriptor Rule, Location Location), Fix>? _fixes;
    private readonly HostAuditRecorder? _host;
    private readonly HostTarget? _defaultTarget;

    public DiagnosticSink(Analyzer analyzer, SegmentedList<(RuleDescriptor, Location, FindingMessage)> reports, List<Location> redactions, RuleSettings settings, CancellationToken cancellationToken, Dictionary<(RuleDescriptor, Location), Fix>? fixes = null)
    {
        _analyzer = analyzer;
        _reports = reports;
        _redactions = redactions;
        _fixes = fixes;
        Settings = settings;
        CancellationToken = cancellationToken;
    }

    public DiagnosticSink(Analyzer analyzer, HostAuditRecorder host, HostTarget defaultTarget, RuleSettings settings, CancellationToken cancellationToken)
        : this(analyzer, new SegmentedList<(RuleDescriptor, Location, FindingMessage)>(), new List<Location>(), settings, cancellationToken)
    {
        _host = host;
        _defaultTarget = defaultTarget;
    }

    public RuleSettings Settings { get; }

    public CancellationToken CancellationToken { get; }

    public bool IsHostAudit => _host is not null;

    public void Report(RuleDescriptor rule, Location location, object?[] arguments)
    {
        CheckSupported(rule);
        if (_host is not null)
        {
            FindingMessage.CheckCount(rule, arguments);
            _host.Report(rule, _defaultTarget!, rule.FormatMessage(arguments));
            return;
        }

        _reports.Add((rule, location, FindingMessage.Of(rule, arguments)));
    }

    // The fix is kept beside the report, by rule and location, so that the reports stay small for the many rules that fix nothing.
    public void Report(RuleDescriptor rule, Location location, Fix fix, object?[] arguments)
    {
        if (rule.FixSafety is not { } allowed || fix.Safety > allowed)
        {
            throw new InvalidOperationException($"{_analyzer.GetType().Name} offered a {fix.Safety} fix for {rule.Id}, whose descriptor allows {rule.FixSafety?.ToString() ?? "none"}.");
        }

        Report(rule, location, arguments);
        if (_fixes is not null && !_fixes.ContainsKey((rule, location)))
        {
            _fixes.Add((rule, location), fix);
        }
    }

    public void Report(RuleDescriptor rule, HostTarget target, object?[] arguments)
    {
        CheckSupported(rule);
        FindingMessage.CheckCount(rule, arguments);
        Host.Report(rule, target, rule.FormatMessage(arguments));
    }

    public void Outcome(RuleDescriptor rule, RuleOutcomeKind kind, HostTarget? target, string message)
    {
        CheckSupported(rule);
        Host.Outcome(new RuleOutcome(rule, kind, target, message));
    }

    public void Redact(Location location) => _redactions.Add(location);

    public T GetOption<T>(RuleDescriptor rule, RuleOption<T> option)
        where T : class
    {
        CheckSupported(rule);
        foreach (var declared in rule.Options)
        {
            if (ReferenceEquals(declared, option))
            {
                return Settings.GetOption(rule, option);
            }
        }

        throw new InvalidOperationException($"{_analyzer.GetType().Name} read option '{option.Name}', which {rule.Id} does not declare.");
    }

    private HostAuditRecorder Host => _host ?? throw new InvalidOperationException("Host findings can only be reported in a host audit.");

    private void CheckSupported(RuleDescriptor rule)
    {
        if (!Contains(_analyzer.SupportedRules, rule))
        {
            throw new InvalidOperationException($"{_analyzer.GetType().Name} reported {rule.Id}, which is not among its supported rules.");
        }
    }

    private static bool Contains(IReadOnlyList<RuleDescriptor> rules, RuleDescriptor rule)
    {
        foreach (var candidate in rules)
        {
            if (ReferenceEquals(candidate, rule) || candidate.Id == rule.Id)
            {
                return true;
            }
        }

        return false;
    }
}
