using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW1041: a container overrides the daemon's default ulimits (CIS 5.19 asks to review each override).</summary>
public sealed class UlimitsOverriddenAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1041",
        "ulimits-overridden",
        "The container overrides ulimits",
        "{0} overrides the daemon's default ulimits ({1}): confirm it is needed",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW1041"),
        new[] { "cis-docker:5.19" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        // Engines copy the daemon's default-ulimits into each new container; those copies are no override.
        var defaults = DaemonDefaults(c);
        foreach (var container in containers)
        {
            var overrides = new StringBuilder();
            foreach (var ulimit in container.HostConfig.Ulimits)
            {
                var name = Normalise(ulimit.Name);
                var text = string.Format(CultureInfo.InvariantCulture, "{0}={1}:{2}", name, ulimit.Soft, ulimit.Hard);
                if (defaults.Contains(text))
                {
                    continue;
                }

                overrides.Append(overrides.Length == 0 ? "" : ", ").Append(text);
            }

            if (overrides.Length > 0)
            {
                c.Report(Rule, HostTarget.ForContainer(container), HostQueries.Describe(container), overrides.ToString());
            }
        }
    });

    // Podman names them RLIMIT_NOFILE; Docker nofile.
    private static string Normalise(string name) =>
        (name.StartsWith("RLIMIT_", StringComparison.OrdinalIgnoreCase) ? name.Substring(7) : name).ToLowerInvariant();

    // "nofile=100:200" from --default-ulimit, or {"nofile": {"Name": "nofile", "Soft": 100, "Hard": 200}} from daemon.json.
    private static HashSet<string> DaemonDefaults(HostContext c)
    {
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in c.DaemonOptions.Get("default-ulimits"))
        {
            if (option.Source != DaemonOptionSource.CommandLine)
            {
                continue;
            }

            var flag = option.Value;
            var equals = flag.IndexOf('=');
            var limits = equals < 0 ? "" : flag.Substring(equals + 1);
            var name = Normalise(equals < 0 ? flag : flag.Substring(0, equals));
            defaults.Add(name + "=" + (limits.IndexOf(':') < 0 ? limits + ":" + limits : limits));
        }

        if (c.Snapshot.Local?.File(HostFileRoles.DaemonJson)?.Content is not { } content)
        {
            return defaults;
        }

        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("default-ulimits", out var configured) && configured.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in configured.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Object
                        && property.Value.TryGetProperty("Soft", out var soft) && soft.TryGetInt64(out var softValue)
                        && property.Value.TryGetProperty("Hard", out var hard) && hard.TryGetInt64(out var hardValue))
                    {
                        defaults.Add(string.Format(CultureInfo.InvariantCulture, "{0}={1}:{2}", Normalise(property.Name), softValue, hardValue));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A configuration file that is not JSON sets no defaults the daemon could have copied.
        }

        return defaults;
    }
}
