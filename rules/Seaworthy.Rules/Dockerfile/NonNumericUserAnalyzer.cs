using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2030: the image runs as a user name, which Kubernetes cannot check against runAsNonRoot.</summary>
public sealed class NonNumericUserAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2030",
        "non-numeric-user",
        "Image runs as a user name, not a numeric uid",
        "The image of {0} runs as '{1}', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2030"),
        new[] { "hadolint:DL3066" });

    // Windows accounts have no numeric id at all.
    private static readonly HashSet<string> WindowsUsers = new(StringComparer.OrdinalIgnoreCase) { "ContainerUser", "ContainerAdministrator" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        // Only the image that runs (the build target) has a user that matters; the other stages never run.
        if (c.Dockerfile.TargetStage is { } stage && !IsWindows(stage) && LastUser(c.Dockerfile, stage) is { } user && IsName(user.Uid))
        {
            c.Report(Rule, c.GetLocation(user.Span), InstructionQueries.Describe(stage), user.Uid);
        }
        else if (c.Dockerfile.Stages.Count == 0 && LastFragmentUser(c.Dockerfile) is { } fragmentUser && IsName(fragmentUser.Uid))
        {
            // A fragment without FROM, which hadolint lints too, is one image whose variables are all unknown.
            c.Report(Rule, c.GetLocation(fragmentUser.Span), "this fragment (it has no FROM)", fragmentUser.Uid);
        }
    });

    private static (string Uid, TextSpan Span)? LastFragmentUser(DockerfileModel model)
    {
        (string Uid, TextSpan Span)? last = null;
        foreach (var instruction in model.Syntax.Instructions)
        {
            if (instruction is UserInstruction { User: { } written } user)
            {
                last = Resolve(model, user, written, _ => null);
            }
        }

        return last;
    }

    // The uid part of the last USER of the stage chain, and where it is written; null when there is no
    // USER or the user comes from an ARG (or a variable without a value), which is decided at build time.
    private static (string Uid, TextSpan Span)? LastUser(DockerfileModel model, BuildStage stage)
    {
        var environment = new VariableScope();
        var arguments = new HashSet<string>(StringComparer.Ordinal);

        // One lookup for the whole chain: an ARG hides what an ENV of the same name set before it.
        Func<string, string?> lookup = name => arguments.Contains(name) ? null : environment.Lookup(name);
        (string Uid, TextSpan Span)? last = null;
        foreach (var link in stage.Chain)
        {
            foreach (var instruction in link.Instructions)
            {
                switch (instruction)
                {
                    case ArgInstruction arg:
                        foreach (var declaration in arg.Declarations)
                        {
                            // An ENV of the same name wins over an ARG.
                            if (environment.Find(declaration.Name) is null)
                            {
                                arguments.Add(declaration.Name);
                            }
                        }

                        break;
                    case EnvInstruction env:
                        // Every pair sees the variables as they were before the ENV: all values are expanded first.
                        var values = new WordExpansion[env.Pairs.Count];
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] = model.Expander.ExpandWord(env.Pairs[i].Value, lookup);
                        }

                        for (var i = 0; i < values.Length; i++)
                        {
                            // A value built from an ARG or an unknown variable is decided at build time, like an ARG.
                            var pair = env.Pairs[i];
                            var value = values[i];
                            var known = value.Succeeded && value.Unmatched.Count == 0;
                            environment.Set(pair.Key, known ? value.Value : null, null);
                            if (known)
                            {
                                arguments.Remove(pair.Key);
                            }
                            else
                            {
                                arguments.Add(pair.Key);
                            }
                        }

                        break;
                    case UserInstruction { User: { } written } user:
                        last = Resolve(model, user, written, lookup);
                        break;
                }
            }
        }

        return last;
    }

    private static (string Uid, TextSpan Span)? Resolve(DockerfileModel model, UserInstruction user, InstructionArgument written, Func<string, string?> lookup)
    {
        var expansion = model.Expander.ExpandWord(written.Value, lookup);
        if (!expansion.Succeeded || expansion.Unmatched.Count > 0)
        {
            return null;
        }

        var colon = expansion.Value.IndexOf(':');
        var uid = colon < 0 ? expansion.Value : expansion.Value.Substring(0, colon);

        // Written plainly, the uid is the start of the argument; otherwise point at the whole argument.
        var plain = written.Value.StartsWith(uid, StringComparison.Ordinal);
        var span = plain ? InstructionQueries.SubSpan(user, written.Span, 0, uid.Length) : written.Span;
        return (uid, span);
    }

    // 'root' is SW1001's finding, with a different fix.
    private static bool IsName(string uid) =>
        uid.Length > 0 && !InstructionQueries.IsDigits(uid) && uid != "root" && !WindowsUsers.Contains(uid);

    private static bool IsWindows(BuildStage stage)
    {
        var image = stage.Chain[0].BaseImage;
        return image.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
