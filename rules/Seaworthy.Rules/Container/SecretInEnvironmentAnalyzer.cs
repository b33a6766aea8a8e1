using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1003: a secret is stored in an environment variable, a build argument or image metadata.</summary>
public sealed class SecretInEnvironmentAnalyzer : Analyzer
{
    // Words that make a variable's name a secret's (the value is then reported whatever it is, unless harmless).
    private static readonly RuleOption<HashSet<string>> SecretNameWords = RuleOption.StringList(
        "secret-name-words",
        "words that make a name a secret's, matched against the name's tokens (split at '_', '-', '.' and camelCase changes, in any case); two tokens are written joined: apikey matches API_KEY",
        SecretDetector.SecretWords,
        SecretDetector.WordSet,
        SecretDetector.WordProblem);

    // Words that make a name about a secret rather than the secret (DB_PASSWORD_FILE).
    private static readonly RuleOption<HashSet<string>> NotSecretNameWords = RuleOption.StringList(
        "not-secret-name-words",
        "words that make a name about a secret, not the secret itself (PASSWORD_FILE, TOKEN_URL): a name with any of them is never reported for its name",
        SecretDetector.NotSecretWords,
        SecretDetector.WordSet,
        SecretDetector.WordProblem);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1003",
        "secret-in-environment",
        "Secret in an environment variable or build argument",
        "{0} '{1}' {2}: value {3}",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1003"),
        new[] { "hadolint:DL3064", "buildkit:SecretsUsedInArgOrEnv", "cis-docker:4.10", "kube-linter:env-var-secret", "polaris:sensitiveContainerEnvVar", "trivy:DS031" })
    {
        Options = new RuleOption[] { SecretNameWords, NotSecretNameWords },
    };

    private static readonly WordExpander BackslashEscapes = new('\\') { SkipUnsetEnv = true };
    private static readonly WordExpander BacktickEscapes = new('`') { SkipUnsetEnv = true };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterContainer(c =>
        {
            foreach (var variable in c.Container.Environment)
            {
                var what = variable.Source == EnvironmentSource.BuildArgument ? "Build argument" : "Environment variable";
                Check(c, what, variable.Name, variable.Value, variable.NameLocation, variable.ValueLocation);
            }
        });

        // What the container model does not hold but the image still carries: labels, and the ENV and ARG
        // of ONBUILD triggers, which run in every image built on this one.
        context.RegisterInstruction<Instruction>(c =>
        {
            var trigger = (c.Instruction as OnbuildInstruction)?.Trigger;
            var onbuild = trigger is not null;
            var instruction = trigger ?? c.Instruction;
            var expander = c.Dockerfile.Syntax.EscapeCharacter == '`' ? BacktickEscapes : BackslashEscapes;
            switch (instruction)
            {
                case LabelInstruction label:
                    foreach (var pair in label.Pairs)
                    {
                        Check(c, onbuild ? "ONBUILD label" : "Label", Unquote(expander, pair.Key), Unquote(expander, pair.Value), c.GetLocation(pair.KeySpan), c.GetLocation(pair.ValueSpan));
                    }

                    break;
                case EnvInstruction env when onbuild:
                    foreach (var pair in env.Pairs)
                    {
                        Check(c, "ONBUILD environment variable", pair.Key, Unquote(expander, pair.Value), c.GetLocation(pair.KeySpan), c.GetLocation(pair.ValueSpan));
                    }

                    break;
                // A global ARG (before the first FROM) is in no stage's environment, but its default is written in
                // the repository and its value passed at build time like any other.
                case ArgInstruction arg when onbuild || IsGlobal(c.Dockerfile, arg):
                    foreach (var declaration in arg.Declarations)
                    {
                        var value = declaration.DefaultValue is { } raw ? Unquote(expander, raw) : null;
                        var valueLocation = declaration.DefaultValueSpan is { } span ? c.GetLocation(span) : null;
                        Check(c, onbuild ? "ONBUILD build argument" : "Global build argument", declaration.Name, value, c.GetLocation(declaration.NameSpan), valueLocation);
                    }

                    break;
            }
        });
    }

    private static void Check(RuleContext c, string what, string name, string? value, Location nameLocation, Location? valueLocation)
    {
        if (value is not null && SecretDetector.MatchCredential(value) is { } credential)
        {
            c.Report(Rule, valueLocation ?? nameLocation, what, name, "holds " + credential.Kind, credential.Redacted);
        }
        else if (SecretDetector.SecretNameToken(name, c.GetOption(Rule, SecretNameWords), c.GetOption(Rule, NotSecretNameWords)) is { } token
            && !SecretDetector.IsHarmlessValue(value) && !SecretDetector.IsPlainlyNotSecret(token, value))
        {
            c.Report(Rule, nameLocation, what, name, $"looks like a secret (its name contains '{token}')", SecretDetector.Redact(value, 0));
        }
        else
        {
            return;
        }

        // A reported value is masked in every report that shows source text, even when the finding is suppressed.
        if (valueLocation is not null)
        {
            c.Redact(valueLocation);
        }
    }

    private static bool IsGlobal(DockerfileModel dockerfile, ArgInstruction arg)
    {
        foreach (var global in dockerfile.GlobalArgs)
        {
            if (ReferenceEquals(global, arg))
            {
                return true;
            }
        }

        return false;
    }

    private static string Unquote(WordExpander expander, string raw)
    {
        var expansion = expander.ExpandWord(raw, _ => null);
        return expansion.Error is null ? expansion.Value : raw;
    }
}
