using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Task = Microsoft.Build.Utilities.Task;

namespace Seaworthy.MSBuild;

/// <summary>
/// Lints container configuration files and logs each finding as a build warning or error with the rule id
/// as its code, the rule's help link, and the file, line, column, end line and end column of the finding,
/// so that <c>Dockerfile(18,6,18,10): warning SW1001: ...</c> appears in the build output and the IDE.
/// </summary>
/// <remarks>
/// A finding whose severity is at or above <see cref="FailOn"/> is an error; any other finding is a warning.
/// The project's <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>TreatWarningsAsErrors</c> and
/// <c>WarningsNotAsErrors</c> then apply to the rule ids as the C# compiler applies them to its own:
/// <c>NoWarn</c> wins over everything, <c>WarningsAsErrors</c> makes the listed warnings errors, and
/// <c>TreatWarningsAsErrors</c> makes every warning an error except those in <c>WarningsNotAsErrors</c>.
/// The task applies them itself because MSBuild maps only <c>NoWarn</c> and <c>WarningsAsErrors</c> onto
/// task warnings, and only in a project's inner build.
/// </remarks>
public sealed class SeaworthyLint : Task
{
    private static readonly char[] ListSeparators = { ';', ',' };

    /// <summary>The files to lint: the project's <c>SeaworthyFile</c> items.</summary>
    [Required]
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "MSBuild binds item parameters to arrays.")]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Rule packs to load besides the built-in rules: the project's <c>SeaworthyAnalyzer</c> items (assemblies or folders),
    /// which a rule pack's package adds; the <c>plugins:</c> of the configuration are added to them.
    /// </summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "MSBuild binds item parameters to arrays.")]
    public ITaskItem[] Analyzers { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The folder whose nearest configuration gives <c>plugins:</c> when <see cref="Config"/> is empty: the project's folder.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The lowest severity logged as an error: <c>error</c> (the default), <c>warning</c>, <c>info</c> or <c>none</c>.</summary>
    public string FailOn { get; set; } = "error";

    /// <summary>
    /// A configuration file for every linted file (<c>SeaworthyConfig</c>); when empty, each file's nearest
    /// <c>.seaworthy.yaml</c> (or <c>.hadolint.yaml</c>) applies, as on the command line.
    /// </summary>
    public string? Config { get; set; }

    /// <summary>Rule ids never reported: the project's <c>NoWarn</c>.</summary>
    public string? NoWarn { get; set; }

    /// <summary>A baseline file (<c>seaworthy lint --write-baseline</c>): only findings it does not hold are reported (<c>SeaworthyBaseline</c>).</summary>
    public string? Baseline { get; set; }

    /// <summary>
    /// The build target, as <c>docker build --target</c> names it (<c>SeaworthyTarget</c>): the stage whose image the
    /// image rules judge; when empty, the configuration's <c>target</c>, else the last stage.
    /// </summary>
    public string? Target { get; set; }

    /// <summary>Rule ids whose warnings are errors: the project's <c>WarningsAsErrors</c>.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>Whether every warning is an error: the project's <c>TreatWarningsAsErrors</c>.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Rule ids that stay warnings under <see cref="TreatWarningsAsErrors"/>: the project's <c>WarningsNotAsErrors</c>.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (FailureThreshold.Parse(FailOn) is not { } threshold)
        {
            Log.LogError("Seaworthy: SeaworthyFailOn is '{0}'; use error, warning, info or none.", FailOn);
            return false;
        }

        var paths = Files.Select(file => file.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToArray();
        // The files come from globs (every *.yaml with SeaworthyIncludeKubernetes): other YAML is left alone, as in a folder walk.
        var options = new AnalysisOptions
        {
            ConfigurationFile = string.IsNullOrWhiteSpace(Config) ? null : Config,
            ConfigurationFolder = RunFolder,
            Target = string.IsNullOrWhiteSpace(Target) ? null : Target,
            LeaveOtherYamlAlone = true,
        };
        AnalysisResult result;
        try
        {
            if (CreateEngine(options.ConfigurationFile) is not { } engine)
            {
                return false;
            }

            result = engine.AnalyzeAsync(paths, options).GetAwaiter().GetResult();
        }
        catch (ConfigurationException exception)
        {
            Log.LogError("Seaworthy: configuration error: {0}", exception.Message);
            return false;
        }

        if (Baseline is { } baseline && !string.IsNullOrWhiteSpace(baseline))
        {
            try
            {
                result = Seaworthy.Reporting.Baseline.Load(baseline).Filter(result, Path.GetDirectoryName(Path.GetFullPath(baseline)) ?? string.Empty).New;
            }
            catch (InvalidDataException exception)
            {
                Log.LogError("Seaworthy: cannot read the baseline {0}: {1}", Baseline, exception.Message);
                return false;
            }
        }

        var suppressed = IdSet(NoWarn);
        var asErrors = IdSet(WarningsAsErrors);
        var notAsErrors = IdSet(WarningsNotAsErrors);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Hidden || suppressed.Contains(diagnostic.Id))
            {
                continue;
            }

            var isError = threshold.Fails(diagnostic.Severity)
                || asErrors.Contains(diagnostic.Id)
                || (TreatWarningsAsErrors && !notAsErrors.Contains(diagnostic.Id));
            Report(diagnostic, isError);
        }

        Log.LogMessage(
            MessageImportance.Normal,
            "Seaworthy: linted {0} {1}, {2} {3}.",
            result.Files.Count,
            result.Files.Count == 1 ? "file" : "files",
            result.Diagnostics.Count,
            result.Diagnostics.Count == 1 ? "finding" : "findings");
        return !Log.HasLoggedErrors;
    }

    // The folder whose configuration holds the build's own settings (its plugins).
    private string RunFolder => string.IsNullOrWhiteSpace(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory!;

    // The built-in rules and the rule packs; null after logging why a pack cannot be used.
    private AnalysisEngine? CreateEngine(string? configurationFile)
    {
        var packs = Analyzers.Select(item => item.GetMetadata("FullPath"))
            .Concat(ConfigurationResolver.PluginsFor(RunFolder, configurationFile))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (packs.Length == 0)
        {
            return AnalysisEngine.CreateDefault();
        }
#if NET
        try
        {
            return new AnalysisEngine(Seaworthy.Rules.BuiltInAnalyzers.CreateAll(), Seaworthy.Plugins.RulePackLoader.Load(packs));
        }
        catch (RulePackException exception)
        {
            Log.LogError("Seaworthy: {0}", exception.Message);
            return null;
        }
#else
        // .NET Framework has no load context to keep a pack's dependencies apart from other tasks': the built-in rules
        // still run, so a rule pack's package does not break a Visual Studio build.
        Log.LogWarning("Seaworthy: rule packs ({0}) load only in the .NET SDK's MSBuild (dotnet build, MSBuild 18 or later); this MSBuild runs the task on .NET Framework, so only the built-in rules run.", string.Join(", ", packs));
        return AnalysisEngine.CreateDefault();
#endif
    }

    private void Report(Diagnostic diagnostic, bool isError)
    {
        var location = diagnostic.Location;

        // A file name or message with a line break or a terminal escape could forge a compiler line in the build
        // log (a file named "x\nProgram.cs(1,1): error CS9999: ..."): both are made single-line, as the CLI does.
        var path = TerminalText.SingleLine(location.Path);
        var message = TerminalText.SingleLine(diagnostic.Message);

        // No message arguments: the message is already formatted and may contain braces.
        if (isError)
        {
            Log.LogError(null, diagnostic.Id, null, diagnostic.Rule.HelpUri, path, location.Line, location.Column, location.EndLine, location.EndColumn, message);
        }
        else
        {
            Log.LogWarning(null, diagnostic.Id, null, diagnostic.Rule.HelpUri, path, location.Line, location.Column, location.EndLine, location.EndColumn, message);
        }
    }

    // MSBuild and the compiler accept both separators and compare codes without regard to case.
    private static HashSet<string> IdSet(string? list) =>
        new(
            (list ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(id => id.Length > 0),
            StringComparer.OrdinalIgnoreCase);
}
