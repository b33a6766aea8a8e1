using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>How sure a fix is to keep what the file means, in the manner of ruff.</summary>
public enum FixSafety
{
    /// <summary>The meaning is kept: <c>seaworthy lint --fix</c> applies it.</summary>
    Safe,

    /// <summary>It may change behaviour (a workload that needs root stops starting): applied only with <c>--unsafe-fixes</c>.</summary>
    Unsafe,
}

/// <summary>
/// A repair a finding offers: a title, the edits (spans of the text the finding was made on, which must not overlap)
/// and how safe it is. Fixes are data: rules make them, <see cref="Seaworthy.Engine.FixApplier"/> applies them.
/// </summary>
/// <param name="Title">What the fix does, in the imperative (<c>Use COPY instead of ADD</c>).</param>
/// <param name="Edits">The edits, on the original text of the finding's file.</param>
/// <param name="Safety">Whether it keeps the meaning for sure.</param>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits, FixSafety Safety)
{
    /// <summary>A safe fix of one edit.</summary>
    public static Fix Safe(string title, params TextEdit[] edits) => new(title, edits, FixSafety.Safe);

    /// <summary>An unsafe fix of one or more edits.</summary>
    public static Fix Unsafe(string title, params TextEdit[] edits) => new(title, edits, FixSafety.Unsafe);

    /// <summary>The span from the start of the first edit to the end of the last.</summary>
    public TextSpan Extent
    {
        get
        {
            if (Edits.Count == 0)
            {
                return default;
            }

            var start = int.MaxValue;
            var end = 0;
            foreach (var edit in Edits)
            {
                start = Math.Min(start, edit.Span.Start);
                end = Math.Max(end, edit.Span.End);
            }

            return TextSpan.FromBounds(start, end);
        }
    }
}
