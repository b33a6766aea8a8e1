using Seaworthy.Analysis;
using Seaworthy.Text;

namespace Seaworthy.Rules;

/// <summary>Reporting a finding whose fix is offered only where its edit is certain.</summary>
internal static class FixReport
{
    /// <summary>Reports <paramref name="rule"/> with <paramref name="fix"/> when there is one, else without a fix.</summary>
    public static void Report(RuleContext context, RuleDescriptor rule, Location location, Fix? fix, params object?[] arguments)
    {
        if (fix is null)
        {
            context.Report(rule, location, arguments);
        }
        else
        {
            context.Report(rule, location, fix, arguments);
        }
    }
}
