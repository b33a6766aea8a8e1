using System;
using System.Collections.Generic;

namespace Seaworthy.Dockerfile;

/// <summary>
/// The variables of a stage chain at one point: a version of a <see cref="VariableTable"/>. Setting a variable on
/// the newest version appends to the table, so the states of a whole chain share one table and every instruction
/// keeps its own view without a copy; setting one on an older version (a second stage built on the same stage)
/// starts a table of its own on top.
/// </summary>
internal readonly struct VariableMap
{
    private readonly VariableTable _table;
    private readonly int _version;

    private VariableMap(VariableTable table, int version)
    {
        _table = table;
        _version = version;
    }

    public static VariableMap Empty() => new(new VariableTable(null, 0), 0);

    public StageVariable? Find(string name) => _table.Find(name, _version);

    public VariableMap Set(StageVariable variable)
    {
        var table = _version == _table.Version ? _table : _table.Fork(_version);
        return new VariableMap(table, table.Append(variable));
    }

    /// <summary>The variables, each once, in no particular order.</summary>
    public IEnumerable<StageVariable> Values => _table.Visible(_version);
}

/// <summary>Each variable's values in the order they were set, with the version each was set at.</summary>
internal sealed class VariableTable
{
    // A chain of tables deeper than this is flattened into a new one, so that a lookup stays short.
    private const int MaxDepth = 8;

    private readonly Dictionary<string, List<(int Version, StageVariable Variable)>> _entries = new(StringComparer.Ordinal);
    private readonly VariableTable? _parent;
    private readonly int _parentVersion;
    private readonly int _depth;

    public VariableTable(VariableTable? parent, int parentVersion)
    {
        _parent = parent;
        _parentVersion = parentVersion;
        _depth = parent is null ? 0 : parent._depth + 1;
    }

    /// <summary>The newest version.</summary>
    public int Version { get; private set; }

    public int Append(StageVariable variable)
    {
        Version++;
        if (!_entries.TryGetValue(variable.Name, out var values))
        {
            values = new List<(int, StageVariable)>(1);
            _entries.Add(variable.Name, values);
        }

        values.Add((Version, variable));
        return Version;
    }

    // A table that starts with what this one holds at `version`.
    public VariableTable Fork(int version)
    {
        if (_depth < MaxDepth)
        {
            return new VariableTable(this, version);
        }

        var found = new Dictionary<string, StageVariable>(StringComparer.Ordinal);
        Collect(version, found);
        var flat = new VariableTable(null, 0);
        foreach (var variable in found.Values)
        {
            flat.Append(variable);
        }

        return flat;
    }

    public StageVariable? Find(string name, int version)
    {
        for (var table = this; table is not null; version = table._parentVersion, table = table._parent)
        {
            if (table._entries.TryGetValue(name, out var values) && Latest(values, version) is { } variable)
            {
                return variable;
            }
        }

        return null;
    }

    // The variables visible at `version`; a table without a parent needs no record of the names seen.
    public IEnumerable<StageVariable> Visible(int version)
    {
        if (_parent is null)
        {
            foreach (var pair in _entries)
            {
                if (Latest(pair.Value, version) is { } variable)
                {
                    yield return variable;
                }
            }

            yield break;
        }

        var found = new Dictionary<string, StageVariable>(StringComparer.Ordinal);
        Collect(version, found);
        foreach (var variable in found.Values)
        {
            yield return variable;
        }
    }

    // Every variable visible at `version` that `found` does not have yet (the nearer table's wins).
    public void Collect(int version, Dictionary<string, StageVariable> found)
    {
        for (var table = this; table is not null; version = table._parentVersion, table = table._parent)
        {
            foreach (var pair in table._entries)
            {
                if (!found.ContainsKey(pair.Key) && Latest(pair.Value, version) is { } variable)
                {
                    found.Add(pair.Key, variable);
                }
            }
        }
    }

    // The value set last at or before `version`: most lookups are of the newest, so the end is tried first.
    private static StageVariable? Latest(List<(int Version, StageVariable Variable)> values, int version)
    {
        var last = values.Count - 1;
        if (values[last].Version <= version)
        {
            return values[last].Variable;
        }

        int low = 0, high = last;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (values[mid].Version <= version)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // `low` is the first value set after `version`.
        return low == 0 ? null : values[low - 1].Variable;
    }
}
