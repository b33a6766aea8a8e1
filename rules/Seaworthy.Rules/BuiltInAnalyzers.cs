using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules;

/// <summary>The analyzers that ship with Seaworthy.</summary>
public static partial class BuiltInAnalyzers
{
    /// <summary>
    /// A new instance of every built-in analyzer: every non-abstract <see cref="Analyzer"/> class of this assembly,
    /// in order of full type name. The list is generated at build time (src/Seaworthy.Generators).
    /// </summary>
    public static IReadOnlyList<Analyzer> CreateAll() => Create();
}
