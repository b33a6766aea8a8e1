using Seaworthy.Rules;

namespace Seaworthy.Engine;

/// <summary>Gives <see cref="AnalysisEngine"/> a factory for the built-in rules when this package is referenced.</summary>
public static class AnalysisEngineExtensions
{
    extension(AnalysisEngine)
    {
        /// <summary>An engine with every built-in analyzer.</summary>
        public static AnalysisEngine CreateDefault() => new(BuiltInAnalyzers.CreateAll());
    }
}
