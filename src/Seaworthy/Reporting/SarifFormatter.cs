using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting.Sarif;
using Seaworthy.Secrets;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log with one run, for code-scanning services and editors.
/// </summary>
/// <remarks>
/// The driver lists the rules that ran, followed by any other rule a diagnostic came from, so every
/// result's <c>ruleIndex</c> points at its rule. Relative paths become relative URIs against the
/// base id <see cref="SourceRootBaseId"/>, which consumers such as GitHub code scanning resolve to
/// the checkout; absolute paths become <c>file:</c> URIs. Every result has a line/column region,
/// even on a file whose text could not be read (line 1, column 1, as the diagnostic says), because
/// consumers such as GitHub code scanning need a start line to show a result. Results carry no
/// snippet or context region, which would copy the file's text, secret values included, into the log.
/// A host audit finding has no file: its location is a logical location naming the object
/// (<c>container c-ports</c>, kind <c>container</c>).
/// </remarks>
public sealed class SarifFormatter : ReportFormatter
{
    /// <summary>The <c>$schema</c> written at the top of the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The <c>uriBaseId</c> of relative artifact locations.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    internal const string Name = "sarif";

    /// <summary>The key of Seaworthy's fingerprint (<see cref="FindingFingerprints"/>) in a result's <c>partialFingerprints</c>.</summary>
    public const string FingerprintName = "seaworthy/v1";

    private static readonly string[] AnalysisTargetRoles = { "analysisTarget" };

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var log = BuildLog(report);
        JsonOutput.Write(output, writer => JsonSerializer.Serialize(writer, log, SarifJsonContext.Default.SarifLog));
    }

    internal static SarifLog BuildLog(AnalysisReport report)
    {
        // A rule pack's rules are listed under its extension, the others under the driver; a result of a pack's
        // rule names the extension (rule.toolComponent) and its ruleIndex counts in the extension's rules.
        var components = new List<(List<SarifReportingDescriptor> Rules, Dictionary<string, int> Indexes)> { (new(), new(StringComparer.Ordinal)) };
        var componentOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pack in report.Packs)
        {
            components.Add((new(), new(StringComparer.Ordinal)));
            foreach (var rule in pack.Rules)
            {
                componentOf[rule.Id] = components.Count - 1;
                AddRule(rule, components[^1].Rules, components[^1].Indexes);
            }
        }

        foreach (var rule in report.Rules.Concat(report.Result.Diagnostics.Select(diagnostic => diagnostic.Rule)))
        {
            var component = components[componentOf.TryGetValue(rule.Id, out var found) ? found : 0];
            AddRule(rule, component.Rules, component.Indexes);
        }

        int RuleIndex(string id) => components[componentOf.TryGetValue(id, out var component) ? component : 0].Indexes[id];
        SarifReportingDescriptorReference? RuleReference(string id) =>
            componentOf.TryGetValue(id, out var component) ? new SarifReportingDescriptorReference(id, RuleIndex(id), new SarifToolComponentReference(component - 1)) : null;

        var artifacts = new List<SarifArtifact>();
        var artifactIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in report.Result.Files)
        {
            if (!artifactIndexes.ContainsKey(file.Path))
            {
                artifactIndexes.Add(file.Path, artifacts.Count);
                artifacts.Add(new SarifArtifact(ArtifactLocation(file.Path, index: null), AnalysisTargetRoles, SourceLanguage(file.Kind)));
            }
        }

        var results = new List<SarifResult>(report.Result.Diagnostics.Count);
        var fingerprints = FindingFingerprints.Of(report.Result);
        for (var i = 0; i < report.Result.Diagnostics.Count; i++)
        {
            var diagnostic = report.Result.Diagnostics[i];
            var partialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { [FingerprintName] = fingerprints[i] };
            if (diagnostic.Target is { } target)
            {
                var logical = new SarifLogicalLocation(target.Name.Length > 0 ? target.Name : target.KindName, target.ToString(), target.KindName);
                results.Add(new SarifResult(
                    diagnostic.Id,
                    RuleIndex(diagnostic.Id),
                    Level(diagnostic.Severity),
                    new SarifMessage(diagnostic.Message),
                    new[] { new SarifLocation(null, new[] { logical }) },
                    partialFingerprints,
                    RuleReference(diagnostic.Id)));
                continue;
            }

            var location = diagnostic.Location;
            int? artifactIndex = artifactIndexes.TryGetValue(location.Path, out var found) ? found : null;
            var region = new SarifRegion(location.Line, location.Column, location.EndLine, location.EndColumn);
            var physical = new SarifPhysicalLocation(ArtifactLocation(location.Path, artifactIndex), region);
            results.Add(new SarifResult(
                diagnostic.Id,
                RuleIndex(diagnostic.Id),
                Level(diagnostic.Severity),
                new SarifMessage(diagnostic.Message),
                new[] { new SarifLocation(physical) },
                partialFingerprints,
                RuleReference(diagnostic.Id),
                Fixes(diagnostic, ArtifactLocation(location.Path, artifactIndex), report.Result.Files)));
        }

        var driver = new SarifToolComponent(report.ToolName, report.ToolVersion, report.InformationUri, components[0].Rules);
        var extensions = report.Packs.Count == 0
            ? null
            : report.Packs.Select((pack, i) => new SarifToolComponent(pack.Name, pack.Version, null, components[i + 1].Rules)).ToArray();
        var run = new SarifRun(new SarifTool(driver, extensions), artifacts, results, "utf16CodeUnits");
        return new SarifLog(SchemaUri, "2.1.0", new[] { run });
    }

    // Each fix as one change of the finding's file; new lines take the file's line ending, and a fix whose new text
    // would show a secret is left out (its edits never touch one).
    private static List<SarifFix>? Fixes(Diagnostic diagnostic, SarifArtifactLocation artifact, IReadOnlyList<AnalyzedFile> files)
    {
        if (diagnostic.Fixes.Count == 0)
        {
            return null;
        }

        var file = files.FirstOrDefault(f => f.Path == diagnostic.Location.Path);
        var lineEnding = file?.Text is { } text ? FixApplier.LineEndingOf(text.Text) : "\n";
        var masker = file?.Masker ?? SecretMasker.Catalogue;
        var fixes = new List<SarifFix>();
        foreach (var fix in diagnostic.Fixes)
        {
            var replacements = fix.Edits
                .OrderBy(edit => edit.Span.Start)
                .Select(edit => new SarifReplacement(
                    new SarifOffsetRegion(edit.Span.Start, edit.Span.Length),
                    new SarifArtifactContent(lineEnding == "\n" ? edit.NewText : edit.NewText.Replace("\n", lineEnding))))
                .ToArray();
            if (replacements.All(replacement => masker.MaskText(replacement.InsertedContent.Text) == replacement.InsertedContent.Text))
            {
                fixes.Add(new SarifFix(new SarifMessage(fix.Title), new[] { new SarifArtifactChange(artifact, replacements) }));
            }
        }

        return fixes.Count == 0 ? null : fixes;
    }

    private static void AddRule(RuleDescriptor rule, List<SarifReportingDescriptor> rules, Dictionary<string, int> indexes)
    {
        if (indexes.ContainsKey(rule.Id))
        {
            return;
        }

        indexes.Add(rule.Id, rules.Count);
        var category = ReportNames.Of(rule.Category);
        rules.Add(new SarifReportingDescriptor(
            rule.Id,
            rule.Name,
            new SarifMessage(rule.Title),
            rule.HelpUri,
            new SarifReportingConfiguration(Level(rule.DefaultSeverity), rule.EnabledByDefault),
            new SarifRuleProperties(category, rule.Equivalents, new[] { category })));
    }

    private static SarifArtifactLocation ArtifactLocation(string path, int? index)
    {
        var uri = FileUri.FromPath(path, out var isRelative);
        return new SarifArtifactLocation(uri, isRelative ? SourceRootBaseId : null, index);
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string? SourceLanguage(FileKind kind) => kind switch
    {
        FileKind.Dockerfile => "dockerfile",
        FileKind.Compose or FileKind.Kubernetes => "yaml",
        _ => null,
    };
}
