namespace Seaworthy.Analysis;

/// <summary>What kind of concern a rule is about.</summary>
public enum RuleCategory
{
    /// <summary>Weakens isolation or leaks secrets.</summary>
    Security,

    /// <summary>Makes a container or build fail or misbehave.</summary>
    Reliability,

    /// <summary>Wastes image size, build time or resources.</summary>
    Efficiency,

    /// <summary>Makes the file harder to keep correct.</summary>
    Maintainability,

    /// <summary>Consistency of form.</summary>
    Style,

    /// <summary>The file is wrong: the tool that reads it rejects or misreads it.</summary>
    Correctness,
}
