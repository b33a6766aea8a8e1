using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Kubernetes;

/// <summary>Why a file that looks like a manifest was not read as one, and where that shows.</summary>
/// <param name="Reason">A sentence for the user, e.g. that the file is an unrendered Helm template.</param>
/// <param name="Location">The first place that shows it (the first <c>{{</c>).</param>
public sealed record KubernetesSkip(string Reason, Location Location);

/// <summary>
/// A YAML or JSON file read as Kubernetes manifests: every document whose root mapping has an <c>apiVersion</c> and
/// a <c>kind</c> is an object, and the items of a <c>List</c> or typed <c>*List</c> are objects of their own.
/// Documents that are something else (a Compose file, Helm values, a GitHub workflow) are left alone; a file with
/// none is <see cref="IsKubernetes"/> false. An unrendered template (<c>{{ }}</c> in the YAML structure rather than
/// inside a quoted or block value) is not read: <see cref="Skipped"/> says why. Bad input never throws.
/// </summary>
public sealed class KubernetesManifest
{
    private KubernetesManifest(SourceText text, YamlFile? yaml, IReadOnlyList<KubernetesObject> objects, KubernetesSkip? skipped, bool looksLikeKubernetes)
    {
        Text = text;
        Yaml = yaml;
        Objects = objects;
        Skipped = skipped;
        IsKubernetes = objects.Count > 0 || skipped is not null || looksLikeKubernetes;
    }

    /// <summary>The file's text.</summary>
    public SourceText Text { get; }

    /// <summary>The path of the file, as given.</summary>
    public string Path => Text.Path;

    /// <summary>The YAML as read, or null when the file was not parsed (it names no <c>apiVersion</c> and <c>kind</c>, or it is skipped).</summary>
    public YamlFile? Yaml { get; }

    /// <summary>The objects in document order, List items in place of their List.</summary>
    public IReadOnlyList<KubernetesObject> Objects { get; }

    /// <summary>Why the file was not read as manifests (an unrendered template), or null.</summary>
    public KubernetesSkip? Skipped { get; }

    /// <summary>
    /// True when the file holds Kubernetes objects, is a skipped template of them, or fails to parse but writes
    /// <c>apiVersion:</c> and <c>kind:</c> keys; false for any other YAML, which is left alone.
    /// </summary>
    public bool IsKubernetes { get; }

    /// <summary>The YAML problems (syntax errors, duplicate keys) of a Kubernetes file; empty for any other file.</summary>
    public IReadOnlyList<YamlProblem> Problems => IsKubernetes && Yaml is not null ? Yaml.Problems : Array.Empty<YamlProblem>();

    /// <summary>
    /// A cheap test on the raw text: a manifest writes the words <c>apiVersion</c> and <c>kind</c>. Files that fail it
    /// are not parsed at all.
    /// </summary>
    public static bool MayBeKubernetes(string text) =>
        text.IndexOf("apiVersion", StringComparison.Ordinal) >= 0 && text.IndexOf("kind", StringComparison.Ordinal) >= 0;

    /// <summary>Reads <paramref name="text"/>; never throws on bad input.</summary>
    public static KubernetesManifest Load(SourceText text)
    {
        if (!MayBeKubernetes(text.Text))
        {
            return new KubernetesManifest(text, null, Array.Empty<KubernetesObject>(), null, looksLikeKubernetes: false);
        }

        var yaml = YamlLoader.Load(text);
        if (TemplateDetection.Find(text, yaml) is { } skipped)
        {
            return new KubernetesManifest(text, null, Array.Empty<KubernetesObject>(), skipped, looksLikeKubernetes: true);
        }

        var objects = new List<KubernetesObject>();
        for (var i = 0; i < yaml.Documents.Count; i++)
        {
            if (yaml.Documents[i].Root is YamlMapping root && Header(root) is { } header)
            {
                Add(yaml, i, root, header.ApiVersion, header.Kind, header.KindScalar, objects);
            }
        }

        var looksLikeKubernetes = objects.Count == 0 && HasSyntaxError(yaml) && WritesHeaderKeys(text);
        return new KubernetesManifest(text, yaml, objects, null, looksLikeKubernetes);
    }

    // A List's items are objects; an item of a typed list (RoleList) may leave out its kind and apiVersion.
    private static void Add(YamlFile yaml, int document, YamlMapping node, KubernetesField apiVersion, KubernetesField kind, YamlScalar kindScalar, List<KubernetesObject> objects)
    {
        var item = new KubernetesObject(yaml, document, node, apiVersion, kind, null);
        if (!IsList(kind.Value) || node.GetSequence("items") is not { } items)
        {
            objects.Add(item);
            return;
        }

        var itemKind = kind.Value == "List" ? null : new KubernetesField(kind.Value.Substring(0, kind.Value.Length - "List".Length), kindScalar);
        foreach (var child in items.Items)
        {
            if (child is not YamlMapping mapping)
            {
                continue;
            }

            var header = Header(mapping);
            var childApiVersion = header?.ApiVersion ?? (mapping.GetScalar("apiVersion") is { } written ? Field(written) : apiVersion);
            var childKind = header?.Kind ?? (mapping.GetScalar("kind") is { } writtenKind ? Field(writtenKind) : itemKind);
            if (childKind is not null)
            {
                objects.Add(new KubernetesObject(yaml, document, mapping, childApiVersion, childKind, item));
            }
        }
    }

    private static bool IsList(string kind) => kind.EndsWith("List", StringComparison.Ordinal) && kind.Length >= "List".Length;

    private static (KubernetesField ApiVersion, KubernetesField Kind, YamlScalar KindScalar)? Header(YamlMapping mapping) =>
        mapping.GetScalar("apiVersion") is { Value.Length: > 0 } apiVersion && mapping.GetScalar("kind") is { Value.Length: > 0 } kind
            ? (Field(apiVersion), Field(kind), kind)
            : null;

    private static KubernetesField Field(YamlScalar scalar) => new(scalar);

    private static bool HasSyntaxError(YamlFile yaml)
    {
        foreach (var problem in yaml.Problems)
        {
            if (problem.Kind == YamlProblemKind.Syntax)
            {
                return true;
            }
        }

        return false;
    }

    // A file that does not parse is still a manifest when some line starts with the "apiVersion:" and "kind:" keys.
    private static bool WritesHeaderKeys(SourceText text)
    {
        bool apiVersion = false, kind = false;
        for (var line = 1; line <= text.LineCount && !(apiVersion && kind); line++)
        {
            var content = text.GetLineText(line).TrimStart(' ', '-');
            apiVersion |= content.StartsWith("apiVersion:", StringComparison.Ordinal) || content.StartsWith("\"apiVersion\":", StringComparison.Ordinal);
            kind |= content.StartsWith("kind:", StringComparison.Ordinal) || content.StartsWith("\"kind\":", StringComparison.Ordinal);
        }

        return apiVersion && kind;
    }
}
