namespace Seaworthy.Analysis;

/// <summary>How serious a finding is. The order matters: a threshold includes every level above it.</summary>
public enum Severity
{
    /// <summary>Computed but not shown unless asked for.</summary>
    Hidden = 0,

    /// <summary>Worth knowing; never fails a run unless the threshold is <c>info</c>.</summary>
    Info = 1,

    /// <summary>Likely a problem; fails a run at the default threshold.</summary>
    Warning = 2,

    /// <summary>A problem.</summary>
    Error = 3,
}
