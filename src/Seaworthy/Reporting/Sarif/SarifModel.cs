using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Seaworthy.Reporting.Sarif;

// The part of SARIF 2.1.0 that Seaworthy writes. Property order is the order written; null
// properties are left out. Names follow the specification (camelCase via SarifJsonContext).

/// <summary>sarifLog (§3.13).</summary>
internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

/// <summary>run (§3.14).</summary>
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifArtifact> Artifacts,
    IReadOnlyList<SarifResult> Results,
    string ColumnKind);

/// <summary>tool (§3.18).</summary>
internal sealed record SarifTool(SarifToolComponent Driver, IReadOnlyList<SarifToolComponent>? Extensions);

/// <summary>toolComponent (§3.19).</summary>
internal sealed record SarifToolComponent(
    string Name,
    string Version,
    string? InformationUri,
    IReadOnlyList<SarifReportingDescriptor> Rules);

/// <summary>reportingDescriptor (§3.49), one per rule.</summary>
internal sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMessage ShortDescription,
    string HelpUri,
    SarifReportingConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

/// <summary>reportingConfiguration (§3.50).</summary>
internal sealed record SarifReportingConfiguration(string Level, bool Enabled);

/// <summary>The property bag (§3.8) of a rule: <c>tags</c> is SARIF's own, the others are Seaworthy's.</summary>
internal sealed record SarifRuleProperties(string Category, IReadOnlyList<string> Equivalents, IReadOnlyList<string> Tags);

/// <summary>message (§3.11) or multiformatMessageString (§3.12) with plain text only.</summary>
internal sealed record SarifMessage(string Text);

/// <summary>result (§3.27).</summary>
internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    SarifReportingDescriptorReference? Rule = null,
    IReadOnlyList<SarifFix>? Fixes = null);

/// <summary>reportingDescriptorReference (§3.52): a rule of an extension (a rule pack), by its index there.</summary>
internal sealed record SarifReportingDescriptorReference(string Id, int Index, SarifToolComponentReference ToolComponent);

/// <summary>toolComponentReference (§3.54): an extension by its index in <c>tool.extensions</c>.</summary>
internal sealed record SarifToolComponentReference(int Index);

/// <summary>fix (§3.55): a repair of the result, as replacements in its file.</summary>
internal sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

/// <summary>artifactChange (§3.56).</summary>
internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

/// <summary>replacement (§3.57): the characters of the deleted region give way to the inserted content.</summary>
internal sealed record SarifReplacement(SarifOffsetRegion DeletedRegion, SarifArtifactContent InsertedContent);

/// <summary>A region (§3.30) given by character offset and length, as a replacement's deleted region is.</summary>
internal sealed record SarifOffsetRegion(int CharOffset, int CharLength);

/// <summary>artifactContent (§3.3).</summary>
internal sealed record SarifArtifactContent(string Text);

/// <summary>location (§3.28): a file region, or for a host audit finding the object it is about.</summary>
internal sealed record SarifLocation(SarifPhysicalLocation? PhysicalLocation, IReadOnlyList<SarifLogicalLocation>? LogicalLocations = null);

/// <summary>logicalLocation (§3.33): <c>container c-ports</c> is name <c>c-ports</c>, kind <c>container</c>.</summary>
internal sealed record SarifLogicalLocation(string Name, string FullyQualifiedName, string Kind);

/// <summary>physicalLocation (§3.29).</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

/// <summary>artifactLocation (§3.4).</summary>
internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId, int? Index);

/// <summary>region (§3.30); columns per the run's columnKind, endColumn exclusive.</summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>artifact (§3.24), one per file read.</summary>
internal sealed record SarifArtifact(SarifArtifactLocation Location, IReadOnlyList<string> Roles, string? SourceLanguage);

/// <summary>Serialization metadata generated at compile time, so writing SARIF needs no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext
{
}
