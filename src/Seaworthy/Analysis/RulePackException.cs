using System;

namespace Seaworthy.Analysis;

/// <summary>A rule pack cannot be used: it is missing, built for another authoring API, or its rules or analyzers are wrong.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception for the pack named <paramref name="packName"/>.</summary>
    public RulePackException(string packName, string message, Exception? innerException = null)
        : base($"rule pack '{packName}': {message}", innerException) => PackName = packName;

    /// <summary>The pack's name (its assembly's name, or the path given when there is no assembly).</summary>
    public string PackName { get; }
}
