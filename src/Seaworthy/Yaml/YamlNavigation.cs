namespace Seaworthy.Yaml;

/// <summary>Typed look-ups on mappings: the value under a key when it has the expected shape, else null.</summary>
public static class YamlNavigation
{
    /// <summary>The value under <paramref name="key"/> when it is a mapping.</summary>
    public static YamlMapping? GetMapping(this YamlMapping mapping, string key) => mapping.Find(key)?.Value as YamlMapping;

    /// <summary>The value under <paramref name="key"/> when it is a sequence.</summary>
    public static YamlSequence? GetSequence(this YamlMapping mapping, string key) => mapping.Find(key)?.Value as YamlSequence;

    /// <summary>The value under <paramref name="key"/> when it is a scalar that is not null.</summary>
    public static YamlScalar? GetScalar(this YamlMapping mapping, string key) =>
        mapping.Find(key)?.Value is YamlScalar { IsNull: false } scalar ? scalar : null;

    /// <summary>The mapping reached by following <paramref name="keys"/> from <paramref name="mapping"/>, or null when a step is missing or not a mapping.</summary>
    public static YamlMapping? GetMappingAt(this YamlMapping mapping, params string[] keys)
    {
        YamlMapping? current = mapping;
        for (var i = 0; i < keys.Length && current is not null; i++)
        {
            current = current.GetMapping(keys[i]);
        }

        return current;
    }

    /// <summary>True when the value under <paramref name="key"/> is a plain <c>true</c> (YAML 1.1 and 1.2 spellings).</summary>
    public static bool IsTrue(this YamlMapping mapping, string key) => mapping.GetScalar(key) is { } scalar && IsTrue(scalar);

    /// <summary>True when <paramref name="scalar"/> reads as a boolean true: <c>true</c>, <c>True</c>, <c>TRUE</c>, and YAML 1.1's <c>yes</c>/<c>on</c> when unquoted.</summary>
    public static bool IsTrue(YamlScalar scalar) =>
        scalar.Value is "true" or "True" or "TRUE" || (scalar.Style == YamlScalarStyle.Plain && scalar.Value is "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y");

    /// <summary>True when <paramref name="scalar"/> reads as a boolean false (<c>false</c>, and YAML 1.1's <c>no</c>/<c>off</c> when unquoted).</summary>
    public static bool IsFalse(YamlScalar scalar) =>
        scalar.Value is "false" or "False" or "FALSE" || (scalar.Style == YamlScalarStyle.Plain && scalar.Value is "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N");
}
