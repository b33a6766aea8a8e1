using System;
using System.Collections.Generic;

namespace Seaworthy.Analysis;

/// <summary>The Kubernetes side of the engine: every manifest of the run is read first, so object callbacks see them all.</summary>
public sealed partial class AnalysisEngine
{
    private readonly List<(Analyzer Analyzer, Action<KubernetesObjectContext> Action)> _kubernetesObjectCallbacks = new();
}
