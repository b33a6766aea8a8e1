using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// The ARG and ENV values visible at one point of a build, with the span where each value was written,
/// so that a finding about a value can point at the ARG default or ENV that set it.
/// </summary>
public sealed class VariableScope
{
    private readonly Dictionary<string, ScopedVariable> _variables;

    /// <summary>An empty scope.</summary>
    public VariableScope()
    {
        _variables = new Dictionary<string, ScopedVariable>(StringComparer.Ordinal);
    }

    private VariableScope(Dictionary<string, ScopedVariable> variables)
    {
        _variables = new Dictionary<string, ScopedVariable>(variables, StringComparer.Ordinal);
    }

    /// <summary>The value of <paramref name="name"/>, or null when it is not set.</summary>
    public string? Lookup(string name) => _variables.TryGetValue(name, out var variable) ? variable.Value : null;

    /// <summary>The variable named <paramref name="name"/>, or null when it is not set.</summary>
    public ScopedVariable? Find(string name) => _variables.TryGetValue(name, out var variable) ? variable : null;

    /// <summary>Sets <paramref name="name"/>; a null value declares the name without setting it.</summary>
    public void Set(string name, string? value, TextSpan? valueSpan)
    {
        if (value is null)
        {
            _variables.Remove(name);
            return;
        }

        _variables[name] = new ScopedVariable(name, value, valueSpan);
    }

    /// <summary>A copy that can change without changing this scope.</summary>
    public VariableScope Clone() => new(_variables);
}

/// <summary>A variable in a scope: its value and where that value is written (null when it comes from outside the file).</summary>
public sealed record ScopedVariable(string Name, string Value, TextSpan? ValueSpan);
