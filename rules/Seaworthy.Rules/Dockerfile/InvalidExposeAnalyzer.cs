using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2016: an EXPOSE word is not a container port: an IP address, a host-port mapping, or no valid port.</summary>
public sealed class InvalidExposeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2016",
        "invalid-expose",
        "EXPOSE is not a valid container port",
        "EXPOSE {0}: {1}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2016"),
        new[] { "buildkit:ExposeInvalidFormat", "hadolint:DL3011", "trivy:DS008" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<ExposeInstruction>(c =>
    {
        // A fragment without FROM is linted as hadolint lints it; an EXPOSE before the first FROM of a file with
        // stages is SW2021's.
        if (c.Stage is null && c.Dockerfile.Stages.Count > 0)
        {
            return;
        }

        foreach (var word in StageQueries.ExposedWords(c.Instruction, c.State))
        {
            if (Problem(word.Text) is { } problem)
            {
                c.Report(Rule, c.GetLocation(word.Argument.Span), word.Text, problem);
            }
        }
    });

    // BuildKit's reading of "[ip:][hostPort:]containerPort[/protocol]" (dockerfile2llb/convert_expose.go).
    private static string? Problem(string word)
    {
        var parts = word.Split(':');
        var container = parts[parts.Length - 1];
        var slash = container.IndexOf('/');
        var port = slash < 0 ? container : container.Substring(0, slash);
        var protocol = slash < 0 ? string.Empty : container.Substring(slash + 1);
        if (port.Length == 0)
        {
            return "no port is given";
        }

        if (!(protocol.ToLowerInvariant() is "" or "tcp" or "udp" or "sctp"))
        {
            return $"the protocol '{protocol}' is not tcp, udp or sctp";
        }

        if (parts.Length > 2)
        {
            return $"it binds the IP address '{string.Join(":", parts, 0, parts.Length - 2)}', which EXPOSE cannot do; publish ports with 'docker run -p'";
        }

        if (parts.Length == 2)
        {
            return $"it maps the host port '{parts[0]}', which EXPOSE cannot do: it declares container ports only (publish with 'docker run -p')";
        }

        return RangeProblem(port);
    }

    private static string? RangeProblem(string range)
    {
        var dash = range.IndexOf('-');
        var first = dash < 0 ? range : range.Substring(0, dash);
        var last = dash < 0 ? range : range.Substring(dash + 1);
        if ((PortProblem(first) ?? PortProblem(last)) is { } problem)
        {
            return problem;
        }

        return int.Parse(last, CultureInfo.InvariantCulture) < int.Parse(first, CultureInfo.InvariantCulture)
            ? $"the range '{range}' ends before it starts"
            : null;
    }

    private static string? PortProblem(string port)
    {
        if (!long.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return $"'{port}' is not a port number";
        }

        return number is < 1 or > 65535 ? $"port {port} is outside 1-65535" : null;
    }
}
