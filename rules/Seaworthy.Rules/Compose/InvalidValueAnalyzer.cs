using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Compose;
using Seaworthy.Text;

namespace Seaworthy.Rules.Compose;

/// <summary>
/// SW3015: a value docker compose or the engine refuses: the wrong type or form (a port that is not a port, a
/// boolean that is not one), an unknown restart policy or dependency condition, a duration, memory size or CPU count
/// that does not parse.
/// </summary>
public sealed class InvalidValueAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3015",
        "invalid-compose-value",
        "Value docker compose refuses",
        "{0}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3015"),
        Array.Empty<string>());

    private static readonly string[] RestartPolicies = { "no", "always", "on-failure", "unless-stopped" };
    private static readonly string[] DeployConditions = { "none", "on-failure", "any" };
    private static readonly string[] DependencyConditions = { "service_started", "service_healthy", "service_completed_successfully" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterComposeProject(c =>
        {
            foreach (var problem in c.Project.Problems)
            {
                // A value that is only wrong because a variable in it is unset is that variable's finding (SW3013).
                if (problem.Kind == ComposeProblemKind.InvalidValue && !HasUnsetVariable(c.Project, problem.Location))
                {
                    c.Report(Rule, problem.Location, Capitalize(problem.Message));
                }
            }
        });

        context.RegisterComposeService(c =>
        {
            var service = c.Service;
            var who = c.Container.Description;
            if (service.Restart is { } restart && !IsRestartPolicy(restart.Value) && !ComposeValues.IsUnresolved(restart))
            {
                c.Report(Rule, restart.Location, $"{who} sets restart '{restart.Value}': expected no, always, on-failure[:max-retries] or unless-stopped");
            }

            if (service.Healthcheck is { } healthcheck)
            {
                Duration(c, who, "healthcheck.interval", healthcheck.Interval);
                Duration(c, who, "healthcheck.timeout", healthcheck.Timeout);
                Duration(c, who, "healthcheck.start_period", healthcheck.StartPeriod);
                Duration(c, who, "healthcheck.start_interval", healthcheck.StartInterval);
            }

            Memory(c, who, "mem_limit", service.MemLimit);
            Cpus(c, who, "cpus", service.Cpus);
            if (service.Deploy is { } deploy)
            {
                Memory(c, who, "deploy.resources.limits.memory", deploy.Limits?.Memory);
                Cpus(c, who, "deploy.resources.limits.cpus", deploy.Limits?.Cpus);
                Memory(c, who, "deploy.resources.reservations.memory", deploy.Reservations?.Memory);
                Cpus(c, who, "deploy.resources.reservations.cpus", deploy.Reservations?.Cpus);
                if (deploy.RestartPolicy is { } policy)
                {
                    Duration(c, who, "deploy.restart_policy.delay", policy.Delay);
                    Duration(c, who, "deploy.restart_policy.window", policy.Window);
                    if (policy.Condition is { } condition && Array.IndexOf(DeployConditions, condition.Value) < 0 && !ComposeValues.IsUnresolved(condition))
                    {
                        c.Report(Rule, condition.Location, $"{who} sets deploy.restart_policy.condition '{condition.Value}': expected none, on-failure or any");
                    }
                }
            }

            foreach (var dependency in service.DependsOn)
            {
                if (dependency.ConditionLocation is { } location && Array.IndexOf(DependencyConditions, dependency.Condition) < 0)
                {
                    c.Report(Rule, location, $"{who} waits for '{dependency.Service.Value}' with condition '{dependency.Condition}': expected service_started, service_healthy or service_completed_successfully");
                }
            }
        });
    }

    private static bool HasUnsetVariable(ComposeProject project, Location location)
    {
        foreach (var variable in project.VariablesWithin(location))
        {
            if (!variable.IsSet)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRestartPolicy(string policy)
    {
        const string OnFailure = "on-failure:";
        return Array.IndexOf(RestartPolicies, policy) >= 0
            || (policy.StartsWith(OnFailure, StringComparison.Ordinal)
                && int.TryParse(policy.Substring(OnFailure.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    private static void Duration(ComposeServiceContext c, string who, string key, ComposeValue<string>? value)
    {
        if (value is not null && !ComposeValues.IsDuration(value.Value) && !ComposeValues.IsUnresolved(value))
        {
            c.Report(Rule, value.Location, $"{who} sets {key} '{value.Value}', which is not a duration: write a number with a unit, such as 30s, 1m30s or 500ms");
        }
    }

    private static void Memory(ComposeServiceContext c, string who, string key, ComposeValue<string>? value)
    {
        if (value is not null && !ComposeValues.IsMemorySize(value.Value) && !ComposeValues.IsUnresolved(value))
        {
            c.Report(Rule, value.Location, $"{who} sets {key} '{value.Value}', which is not a size: write bytes or a number with b, k, m or g, such as 512m");
        }
    }

    private static void Cpus(ComposeServiceContext c, string who, string key, ComposeValue<string>? value)
    {
        if (value is not null && !ComposeValues.IsCpus(value.Value) && !ComposeValues.IsUnresolved(value))
        {
            c.Report(Rule, value.Location, $"{who} sets {key} '{value.Value}', which is not a number of CPUs, such as 0.5 or 2");
        }
    }

    private static string Capitalize(string message) =>
        message.Length > 0 && char.IsLower(message[0]) ? char.ToUpperInvariant(message[0]) + message.Substring(1) : message;
}
