using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Host;
using Seaworthy.Secrets;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Container;

/// <summary>
/// SW1046: a credential is written in the file outside an environment variable: in a RUN, CMD or ENTRYPOINT
/// (heredocs included), a Compose <c>command</c>, label, build setting or <c>x-</c> key, a Kubernetes
/// <c>command</c>, <c>args</c>, annotation or ConfigMap, or the <c>data</c> of a Secret manifest; in a host audit,
/// an image's history or labels, a container's labels, or dockerd's command line.
/// </summary>
public sealed class CredentialInFileAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1046",
        "credential-in-file",
        "Credential written in the file",
        "{0} holds {1}, value {2}: anyone who can read the file or the image can use it; pass it at run time from a secret store",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes | Surfaces.Host,
        RuleDescriptor.HelpFor("SW1046"),
        new[] { "gitleaks:generic-api-key", "trivy:KSV109", "polaris:sensitiveConfigmapContent" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterInstruction<Instruction>(c =>
        {
            // ENV, ARG and LABEL, also as ONBUILD triggers, are SW1003's.
            var instruction = (c.Instruction as OnbuildInstruction)?.Trigger ?? c.Instruction;
            if (instruction is EnvInstruction or ArgInstruction or LabelInstruction)
            {
                return;
            }

            var text = c.Dockerfile.Syntax.Text;
            var span = c.Instruction.Span;
            var source = text.Text.Substring(span.Start, span.Length);
            foreach (var match in Credentials(source))
            {
                var location = text.GetLocation(new TextSpan(span.Start + match.Start, match.Length));
                c.Redact(location);
                c.Report(Rule, location, c.Instruction.Keyword.ToUpperInvariant(), match.Pattern.Kind, Masked(source, match));
            }
        });

        context.RegisterComposeProject(c =>
        {
            foreach (var file in c.Project.Files)
            {
                foreach (var document in file.Documents)
                {
                    if (document.Root is { } root)
                    {
                        Walk(c, root, ComposeScope.Top, new Subject("A value", IsKey: false));
                    }
                }
            }
        });

        context.RegisterHost(CheckHost);

        context.RegisterKubernetesObject(c =>
        {
            var kubernetesObject = c.KubernetesObject;
            var kind = kubernetesObject.Kind.Value;
            var name = kubernetesObject.Name?.Value ?? "(unnamed)";
            foreach (var entry in kubernetesObject.Node.Entries)
            {
                switch (entry.KeyText)
                {
                    // A Secret manifest in the repository commits its values: base64 is an encoding, not encryption.
                    case "data" or "stringData" when kind == "Secret" && entry.Value is YamlMapping data:
                        foreach (var item in data.Entries)
                        {
                            if (item.Value is YamlScalar { IsNull: false } value && value.Value.Length > 0)
                            {
                                c.Redact(value.Location);
                                c.Report(Rule, value.Location, $"Secret '{name}' key '{item.KeyText}'", "a value committed with the manifest", SecretMasker.Mask);
                            }
                        }

                        break;
                    case "data" when kind == "ConfigMap" && entry.Value is YamlMapping data:
                        Walk(c, data, KubernetesScope.ByName, new Subject($"ConfigMap '{name}' key", IsKey: false));
                        break;
                    case "metadata" when entry.Value is YamlMapping metadata:
                        foreach (var part in metadata.Entries)
                        {
                            Walk(c, part.Value, part.KeyText == "annotations" ? KubernetesScope.ByName : KubernetesScope.Shape, part.KeyText == "annotations" ? new Subject("Annotation", IsKey: false) : ValueOf(part));
                        }

                        break;
                    default:
                        Walk(c, entry.Value, KubernetesScope.Shape, ValueOf(entry));
                        break;
                }
            }
        });
    }

    // The credentials in a text, once each: where patterns overlap (a token inside a URL with a password) the first
    // of the catalogue, the most specific, is kept; a match is trimmed of the white space a PEM body starts with.
    private static IReadOnlyList<SecretMatch> Credentials(string text)
    {
        // Nearly every value holds none: the list is made for the first.
        List<SecretMatch>? found = null;
        foreach (var match in SecretCatalogue.FindAll(text))
        {
            if (!match.Pattern.IsReported)
            {
                continue;
            }

            var start = match.Start;
            var end = match.End;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start && (found is null || !found.Exists(other => other.Start < end && start < other.End)))
            {
                (found ??= new List<SecretMatch>()).Add(match with { Start = start, Length = end - start, KeepLength = start == match.Start ? match.KeepLength : 0 });
            }
        }

        return found ?? (IReadOnlyList<SecretMatch>)Array.Empty<SecretMatch>();
    }

    // What docker inspect and docker history show anyone who can reach the engine; a container's Env is SW1003's.
    private static void CheckHost(HostContext c)
    {
        foreach (var image in c.Snapshot.Images)
        {
            var target = HostTarget.ForImage(image);
            foreach (var step in image.History)
            {
                ReportIn(c, target, step.CreatedBy, $"A history step of image '{image.DisplayName}'");
            }

            CheckLabels(c, target, image.Labels, $"image '{image.DisplayName}'");
        }

        foreach (var container in c.Snapshot.Containers)
        {
            CheckLabels(c, HostTarget.ForContainer(container), container.Labels, $"container '{container.Name}'");
        }

        if (c.Snapshot.Local?.DaemonProcess is { } daemon)
        {
            ReportIn(c, HostTarget.Daemon, string.Join(" ", daemon.CommandLine), "dockerd's command line");
        }
    }

    private static void CheckLabels(HostContext c, HostTarget target, IReadOnlyDictionary<string, string> labels, string owner)
    {
        foreach (var label in labels)
        {
            if (SecretDetector.SecretNameToken(label.Key) is { } token && !SecretDetector.IsHarmlessValue(label.Value) && label.Value.IndexOf('$') < 0)
            {
                c.Report(Rule, target, $"Label '{label.Key}' of {owner}", $"a value for a secret (its name contains '{token}')", SecretMasker.Mask);
            }
            else
            {
                ReportIn(c, target, label.Value, $"Label '{label.Key}' of {owner}");
            }
        }
    }

    private static void ReportIn(HostContext c, HostTarget target, string text, string what)
    {
        foreach (var match in Credentials(text))
        {
            c.Report(Rule, target, what, match.Pattern.Kind, Masked(text, match));
        }
    }

    private static string Masked(string text, SecretMatch match) =>
        SecretDetector.Redact(text.Substring(match.Start, match.Length), match.KeepLength);

    // Compose: every value is checked for a credential's shape, but a service's environment and build args (SW1003's);
    // labels and x- extensions are checked by name as well. What a value is is put in words only for a report.
    private static void Walk(RuleContext c, YamlNode node, ComposeScope scope, Subject what)
    {
        switch (node)
        {
            case YamlScalar scalar:
                CheckScalar(c, scalar, what);
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (scope == ComposeScope.ByName && item is YamlScalar pair && pair.Value.IndexOf('=') is var equals and > 0)
                    {
                        CheckNamed(c, pair, pair.Value.Substring(0, equals), equals + 1, what.Describe());
                        continue;
                    }

                    Walk(c, item, scope, what);
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var key = entry.KeyText ?? string.Empty;
                    var inner = scope switch
                    {
                        ComposeScope.Top when key == "services" => ComposeScope.Services,
                        ComposeScope.Services => ComposeScope.Service,
                        ComposeScope.Service when key is "environment" => ComposeScope.Skip,
                        ComposeScope.Service when key is "build" => ComposeScope.Build,
                        ComposeScope.Build when key is "args" => ComposeScope.Skip,
                        _ when key is "labels" || key.StartsWith("x-", StringComparison.Ordinal) => ComposeScope.ByName,
                        ComposeScope.ByName => ComposeScope.ByName,
                        _ => ComposeScope.Shape,
                    };

                    if (inner == ComposeScope.Skip)
                    {
                        continue;
                    }

                    if (inner == ComposeScope.ByName && entry.Value is YamlScalar value)
                    {
                        CheckNamed(c, value, key, 0, key.StartsWith("x-", StringComparison.Ordinal) ? "Extension" : "Label");
                        continue;
                    }

                    Walk(c, entry.Value, inner, key == "labels" ? new Subject("Label", IsKey: false) : key.StartsWith("x-", StringComparison.Ordinal) ? new Subject("Extension", IsKey: false) : inner == ComposeScope.ByName ? what : new Subject(key, IsKey: true));
                }

                break;
        }
    }

    // Kubernetes: every value is checked for a credential's shape but containers' env (SW1003's); annotations and
    // ConfigMap data by name as well. A manifest has millions of values: what they are is put in words only for a report.
    private static void Walk(RuleContext c, YamlNode node, KubernetesScope scope, Subject what)
    {
        switch (node)
        {
            case YamlScalar scalar:
                CheckScalar(c, scalar, what);
                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(c, sequence.Items[i], scope, what);
                }

                break;
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    if (scope == KubernetesScope.Shape && entry.KeyText == "env" && entry.Value is YamlSequence)
                    {
                        continue;
                    }

                    if (scope == KubernetesScope.ByName && entry.Value is YamlScalar value)
                    {
                        CheckNamed(c, value, entry.KeyText ?? string.Empty, 0, what.Describe());
                        continue;
                    }

                    Walk(c, entry.Value, scope, scope == KubernetesScope.ByName ? what : ValueOf(entry));
                }

                break;
        }
    }

    private static string ValueOf(string key) => $"The value of '{key}'";

    private static Subject ValueOf(YamlEntry entry) => new(entry.KeyText ?? string.Empty, IsKey: true);

    private static void CheckScalar(RuleContext c, YamlScalar scalar, Subject what)
    {
        foreach (var match in Credentials(scalar.Value))
        {
            var location = scalar.GetLocation(match.Start, match.Length);
            c.Redact(location);
            c.Report(Rule, location, what.Describe(), match.Pattern.Kind, Masked(scalar.Value, match));
        }
    }

    // A value whose name says it is a secret (a label com.example.db-password, an annotation, a ConfigMap key),
    // from valueStart in the scalar; else its shape is checked.
    private static void CheckNamed(RuleContext c, YamlScalar scalar, string name, int valueStart, string what)
    {
        var value = scalar.Value.Substring(valueStart);
        if (SecretDetector.SecretNameToken(name) is { } token && !SecretDetector.IsHarmlessValue(value) && value.IndexOf('$') < 0)
        {
            var location = scalar.GetLocation(valueStart, value.Length);
            c.Redact(location);
            c.Report(Rule, location, $"{what} '{name}'", $"a value for a secret (its name contains '{token}')", SecretMasker.Mask);
            return;
        }

        CheckScalar(c, scalar, new Subject($"{what} '{name}'", IsKey: false));
    }

    /// <summary>What a value is, for a message: a text, or the value of a key ("The value of 'key'").</summary>
    private readonly record struct Subject(string Text, bool IsKey)
    {
        public string Describe() => IsKey ? ValueOf(Text) : Text;
    }

    private enum ComposeScope
    {
        Top,
        Services,
        Service,
        Build,
        Shape,
        ByName,
        Skip,
    }

    private enum KubernetesScope
    {
        Shape,
        ByName,
    }
}
