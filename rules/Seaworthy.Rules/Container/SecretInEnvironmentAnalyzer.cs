using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1003: a secret is stored in an environment variable or build argument.</summary>
public sealed class SecretInEnvironmentAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1003",
        "secret-in-environment",
        "Secret in an environment variable or build argument",
        "{0} '{1}' {2}: value {3}",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW1003"),
        new[] { "hadolint:DL3064", "buildkit:SecretsUsedInArgOrEnv", "cis-docker:4.10" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var variable in c.Container.Environment)
        {
            // A reported value is masked in every report that shows source text, even when the finding is suppressed.
            var isSecret = false;
            var what = variable.Source == EnvironmentSource.BuildArgument ? "Build argument" : "Environment variable";
            if (variable.Value is { } value && SecretDetector.MatchCredential(value) is { } credential)
            {
                c.Report(Rule, variable.ValueLocation ?? variable.NameLocation, what, variable.Name, "holds " + credential.Kind, credential.Redacted);
                isSecret = true;
            }
            else if (SecretDetector.SecretNameToken(variable.Name) is { } token && !SecretDetector.IsHarmlessValue(variable.Value))
            {
                c.Report(Rule, variable.NameLocation, what, variable.Name, $"looks like a secret (its name contains '{token}')", SecretDetector.Redact(variable.Value, 0));
                isSecret = true;
            }

            if (isSecret && variable.ValueLocation is { } valueLocation)
            {
                c.Redact(valueLocation);
            }
        }
    });
}
