using System;
using System.Collections.Generic;

namespace Seaworthy.Analysis;

/// <summary>Settings that some rules read, from the configuration that applies to the file: shared ones and each rule's options.</summary>
public sealed record RuleSettings
{
    /// <summary>No registry restriction, no label schema.</summary>
    public static RuleSettings Default { get; } = new();

    /// <summary>Registries images may come from (<c>docker.io</c>, <c>*.corp.example</c>); empty means any.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = Array.Empty<string>();

    /// <summary>Labels every image that runs must carry, with their value type (<c>text</c>, <c>url</c>, <c>semver</c>...).</summary>
    public IReadOnlyDictionary<string, string> RequiredLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>When true, labels outside <see cref="RequiredLabels"/> are findings.</summary>
    public bool StrictLabels { get; init; }

    /// <summary>The rule options the configuration sets: by rule id, the value of each option by its name.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> RuleOptions { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, object>>();

    /// <summary>The value of <paramref name="option"/> for <paramref name="rule"/>: the configured one, else its default.</summary>
    public T GetOption<T>(RuleDescriptor rule, RuleOption<T> option)
        where T : class =>
        RuleOptions.TryGetValue(rule.Id, out var options) && options.TryGetValue(option.Name, out var value) ? (T)value : option.Default;
}
