using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Kubernetes;

/// <summary>
/// Tells an unrendered template (Helm, or <c>{{name}}</c> placeholders) from a manifest whose values merely hold
/// <c>{{ }}</c> text, as Prometheus rules and Alertmanager templates do (they are rendered at alert time). A <c>{{</c>
/// is template syntax in the YAML structure (<c>{{- if ... }}</c>, <c>replicas: {{ .Values.n }}</c>), anywhere in a
/// file that is not valid YAML, and in a plain value that is one word (<c>name: etcd-{{cell}}</c>) or whose action
/// reads Helm's objects (<c>.Values</c>, <c>.Release</c>, <c>include</c>, ...). In quoted and block values, comments
/// and plain prose (<c>description: Pod {{ $labels.pod }} is down</c>) it is text.
/// </summary>
internal static class TemplateDetection
{
    private static readonly string[] HelmActions = { ".Values", ".Release", ".Chart", ".Capabilities", ".Files", ".Template", "$.Values", "include ", "template ", "tpl " };

    public static KubernetesSkip? Find(SourceText text, YamlFile yaml)
    {
        var first = text.Text.IndexOf("{{", StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var brokenYaml = false;
        foreach (var problem in yaml.Problems)
        {
            brokenYaml |= problem.Kind == YamlProblemKind.Syntax;
        }

        var at = brokenYaml ? first : FirstOutsideText(text.Text, first, TextSpans(yaml));
        if (at < 0)
        {
            return null;
        }

        var isHelm = text.Text.IndexOf(".Values", StringComparison.Ordinal) >= 0
            || text.Text.IndexOf(".Release", StringComparison.Ordinal) >= 0
            || text.Text.IndexOf("include \"", StringComparison.Ordinal) >= 0
            || text.Text.IndexOf("template \"", StringComparison.Ordinal) >= 0;
        var reason = isHelm
            ? "an unrendered Helm template ({{ }} outside quoted values); render it with 'helm template' and lint the output"
            : "an unrendered template ({{ }} outside quoted values); render it first and lint the output";
        return new KubernetesSkip("Skipped: the file is " + reason, text.GetLocation(new TextSpan(at, 2)));
    }

    // The first "{{" at or after start that is in none of the spans (sorted by start, not overlapping), or -1.
    private static int FirstOutsideText(string text, int start, List<(TextSpan Span, bool IsPlain)> spans)
    {
        var next = 0;
        for (var at = start; at >= 0; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
        {
            while (next < spans.Count && spans[next].Span.End <= at)
            {
                next++;
            }

            if (next >= spans.Count || at < spans[next].Span.Start || (spans[next].IsPlain && IsTemplateInPlainValue(text, spans[next].Span, at)))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsTemplateInPlainValue(string text, TextSpan value, int at)
    {
        for (var i = value.Start; i < value.End; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return StartsWithHelmAction(text, at + 2);
            }
        }

        return true;
    }

    // "{{ .Values.x }}", "{{- include ...", "{{template ...".
    private static bool StartsWithHelmAction(string text, int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '-'))
        {
            at++;
        }

        foreach (var action in HelmActions)
        {
            if (string.CompareOrdinal(text, at, action, 0, action.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The spans where "{{" may be text rather than template syntax: comments and scalars (for plain ones it depends on the action).
    private static List<(TextSpan Span, bool IsPlain)> TextSpans(YamlFile yaml)
    {
        var spans = new List<(TextSpan Span, bool IsPlain)>();
        foreach (var comment in yaml.Comments)
        {
            spans.Add((comment.Span, false));
        }

        var visited = new HashSet<YamlNode>();
        var pending = new Stack<YamlNode>();
        foreach (var document in yaml.Documents)
        {
            if (document.Root is { } root)
            {
                pending.Push(root);
            }
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalar scalar when scalar.Span.Length > 0:
                    spans.Add((scalar.Span, scalar.Style == YamlScalarStyle.Plain));
                    break;
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        pending.Push(entry.Key);
                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        spans.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return spans;
    }
}
