namespace Seaworthy.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail-on threshold.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail-on threshold.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments, a path that does not exist, bad configuration, a report that cannot be written.</summary>
    public const int UsageError = 2;

    /// <summary>A bug: an exception nothing handled.</summary>
    public const int InternalError = 3;
}
