using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Compose;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3003: two port bindings of a project publish the same host port.</summary>
public sealed class DuplicatePublishedPortAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3003",
        "duplicate-published-port",
        "Host port published twice",
        "Service '{0}' publishes host port {1}, which {2} publishes already: the second binding fails with 'port is already allocated'",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3003"),
        new[] { "dclint:no-duplicate-exported-ports" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        var bound = new Bindings();
        foreach (var service in c.Project.Services)
        {
            foreach (var port in service.Ports)
            {
                // Without a host port the engine picks a free one, so nothing can collide.
                if (port.Published is not { } published || !ComposeValues.TryParseRange(published, out var low, out var high))
                {
                    continue;
                }

                var binding = new Binding(service, port.HostIp, low, high, port.Protocol.ToLowerInvariant());
                if (bound.FirstCollidingWith(binding) is { } first)
                {
                    var owner = ReferenceEquals(first.Service, service) ? "the same service" : $"service '{first.Service.Name}'";
                    c.Report(Rule, port.Location, service.Name, Describe(binding), owner);
                }
                else
                {
                    bound.Add(binding);
                }
            }
        }
    });

    private static bool Collide(Binding a, Binding b) =>
        string.Equals(a.Protocol, b.Protocol, StringComparison.Ordinal)
        && a.Low <= b.High && b.Low <= a.High
        && SameInterface(a.HostIp, b.HostIp)
        && MayRunTogether(a.Service, b.Service);

    // No address binds every interface (IPv4 and IPv6); 0.0.0.0 every IPv4 one, :: every IPv6 one.
    private static bool SameInterface(string? a, string? b)
    {
        if (a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var aIsIpv6 = a.IndexOf(':') >= 0;
        var bIsIpv6 = b.IndexOf(':') >= 0;
        return aIsIpv6 == bIsIpv6 && (a is "0.0.0.0" or "::" || b is "0.0.0.0" or "::");
    }

    // Services whose profiles have nothing in common never start together (a dev and a prod variant of one service).
    private static bool MayRunTogether(ComposeService a, ComposeService b)
    {
        if (ReferenceEquals(a, b) || a.Profiles.Count == 0 || b.Profiles.Count == 0)
        {
            return true;
        }

        foreach (var profile in a.Profiles)
        {
            foreach (var other in b.Profiles)
            {
                if (string.Equals(profile.Value, other.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Describe(Binding binding)
    {
        var ports = binding.Low == binding.High
            ? binding.Low.ToString(CultureInfo.InvariantCulture)
            : string.Format(CultureInfo.InvariantCulture, "{0}-{1}", binding.Low, binding.High);
        var address = binding.HostIp is null ? string.Empty : (binding.HostIp.IndexOf(':') >= 0 ? "[" + binding.HostIp + "]:" : binding.HostIp + ":");
        return address + ports + "/" + binding.Protocol;
    }

    private sealed record Binding(ComposeService Service, string? HostIp, int Low, int High, string Protocol);

    // The bindings kept so far, in order, found by the ports they cover: a project with many services looks at the
    // few bindings of a port rather than at all of them for each new one.
    private sealed class Bindings
    {
        // A range wider than this is kept in one list that every lookup reads, rather than under each of its ports.
        private const int WideRange = 16;

        private readonly List<Binding> _bound = new();
        private readonly Dictionary<int, List<int>> _byPort = new();
        private readonly List<int> _wide = new();

        // The earliest binding kept that collides with this one, as a scan of them all in order would find.
        public Binding? FirstCollidingWith(Binding binding)
        {
            if (binding.High - binding.Low >= WideRange)
            {
                return _bound.Find(earlier => Collide(earlier, binding));
            }

            var first = int.MaxValue;
            for (var port = binding.Low; port <= binding.High; port++)
            {
                if (_byPort.TryGetValue(port, out var indexes))
                {
                    First(indexes, binding, ref first);
                }
            }

            First(_wide, binding, ref first);
            return first == int.MaxValue ? null : _bound[first];
        }

        public void Add(Binding binding)
        {
            var index = _bound.Count;
            _bound.Add(binding);
            if (binding.High - binding.Low >= WideRange)
            {
                _wide.Add(index);
                return;
            }

            for (var port = binding.Low; port <= binding.High; port++)
            {
                if (!_byPort.TryGetValue(port, out var indexes))
                {
                    _byPort[port] = indexes = new List<int>();
                }

                indexes.Add(index);
            }
        }

        // Indexes are in the order the bindings were kept, so the first that collides is the earliest of the list.
        private void First(List<int> indexes, Binding binding, ref int first)
        {
            foreach (var index in indexes)
            {
                if (index >= first)
                {
                    return;
                }

                if (Collide(_bound[index], binding))
                {
                    first = index;
                    return;
                }
            }
        }
    }
}
