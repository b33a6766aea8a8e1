using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>How many diagnostics there are of each severity.</summary>
internal readonly record struct SeverityCounts(int Errors, int Warnings, int Infos, int Hidden)
{
    public int Total => Errors + Warnings + Infos + Hidden;

    public static SeverityCounts Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, infos = 0, hidden = 0;
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    errors++;
                    break;
                case Severity.Warning:
                    warnings++;
                    break;
                case Severity.Info:
                    infos++;
                    break;
                default:
                    hidden++;
                    break;
            }
        }

        return new SeverityCounts(errors, warnings, infos, hidden);
    }
}
