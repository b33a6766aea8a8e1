using System.Collections.Generic;

namespace Seaworthy.Analysis;

/// <summary>
/// The <c>fail-on</c> threshold of a run: a finding at or above it fails the run (exit 1, a build error). The one
/// place its names are read, for the CLI's <c>--fail-on</c>, <c>.seaworthy.yaml</c> and the MSBuild task.
/// </summary>
public sealed class FailureThreshold
{
    // None is a threshold above every severity: nothing fails by severity alone.
    private const int NoneLevel = int.MaxValue;

    private readonly int _level;

    private FailureThreshold(int level, string name)
    {
        _level = level;
        Name = name;
    }

    /// <summary>Errors fail the run.</summary>
    public static FailureThreshold Error { get; } = new((int)Severity.Error, "error");

    /// <summary>Warnings and errors fail the run: the default.</summary>
    public static FailureThreshold Warning { get; } = new((int)Severity.Warning, "warning");

    /// <summary>Every shown finding fails the run.</summary>
    public static FailureThreshold Info { get; } = new((int)Severity.Info, "info");

    /// <summary>No finding fails the run.</summary>
    public static FailureThreshold None { get; } = new(NoneLevel, "none");

    /// <summary>The names, as written in options and configuration files.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "error", "warning", "info", "none" };

    /// <summary>The name, as written: <c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c>.</summary>
    public string Name { get; }

    /// <summary>The threshold named <paramref name="value"/>, ignoring case and surrounding blanks; null for any other text.</summary>
    public static FailureThreshold? Parse(string? value) => (value ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "ERROR" => Error,
        "WARNING" => Warning,
        "INFO" => Info,
        "NONE" => None,
        _ => null,
    };

    /// <summary>True when a finding of <paramref name="severity"/> fails the run.</summary>
    public bool Fails(Severity severity) => (int)severity >= _level;

    /// <summary>True when any of <paramref name="diagnostics"/> fails the run.</summary>
    public bool FailsAny(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (Fails(diagnostic.Severity))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
