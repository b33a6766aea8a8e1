using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Kubernetes;

/// <summary>
/// Tells an unrendered template (Helm, or <c>{{name}}</c> placeholders) from a manifest whose values merely hold
/// <c>{{ }}</c> text, as Prometheus rules and Alertmanager templates do. A <c>{{</c> counts as template syntax when
/// it is not inside a quoted or block scalar or a comment: in a plain value (<c>replicas: {{ .Values.n }}</c>,
/// <c>name: etcd-{{cell}}</c>), at the start of a line (<c>{{- if ... }}</c>), or anywhere in a file that is not
/// valid YAML.
/// </summary>
internal static class TemplateDetection
{
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
    private static int FirstOutsideText(string text, int start, List<TextSpan> spans)
    {
        var next = 0;
        for (var at = start; at >= 0; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
        {
            while (next < spans.Count && spans[next].End <= at)
            {
                next++;
            }

            if (next >= spans.Count || at < spans[next].Start)
            {
                return at;
            }
        }

        return -1;
    }

    // The spans where "{{" is text rather than template syntax: quoted and block scalars, and comments.
    private static List<TextSpan> TextSpans(YamlFile yaml)
    {
        var spans = new List<TextSpan>();
        foreach (var comment in yaml.Comments)
        {
            spans.Add(comment.Span);
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
                case YamlScalar { Style: not YamlScalarStyle.Plain } scalar:
                    spans.Add(scalar.Span);
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

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        return spans;
    }
}
