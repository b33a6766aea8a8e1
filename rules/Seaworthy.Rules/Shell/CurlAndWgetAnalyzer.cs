using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2077: a stage downloads with both curl and wget, where one tool would do.</summary>
public sealed class CurlAndWgetAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2077",
        "curl-and-wget",
        "Both curl and wget used in one stage",
        "Stage {0} uses curl as well as wget: download with one tool only, so the image needs only one",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2077"),
        new[] { "hadolint:DL4001", "trivy:DS014" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var stages = new List<BuildStage>();
        var usesCurl = new HashSet<BuildStage>();
        var wgets = new Dictionary<BuildStage, List<ShellWord>>();

        // An ONBUILD RUN runs in another build, in the stage that is based on this image.
        foreach (var script in c.Scripts.Scripts)
        {
            if (script.Stage is not { } stage || script.IsOnbuild)
            {
                continue;
            }

            foreach (var command in script.Commands)
            {
                if (command.Name == "curl")
                {
                    usesCurl.Add(stage);
                }
                else if (command.Name == "wget" && command.NameWord is { } name)
                {
                    if (!wgets.TryGetValue(stage, out var names))
                    {
                        names = new List<ShellWord>();
                        wgets.Add(stage, names);
                        stages.Add(stage);
                    }

                    names.Add(name);
                }
            }
        }

        foreach (var stage in stages)
        {
            if (usesCurl.Contains(stage))
            {
                foreach (var name in wgets[stage])
                {
                    c.Report(Rule, c.GetLocation(name.Span), stage.Name is { } stageName ? "'" + stageName + "'" : stage.Index.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    });
}
