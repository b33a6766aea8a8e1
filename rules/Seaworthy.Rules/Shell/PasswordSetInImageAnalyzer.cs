using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2093: a RUN sets or removes an account's password with <c>chpasswd</c> or <c>passwd -d</c>.</summary>
public sealed class PasswordSetInImageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2093",
        "password-set-in-image",
        "Password set or removed in the image",
        "'{0}' {1} in the image: every container shares the account's password and anyone who pulls the image can read /etc/shadow; lock the account, or give credentials when the container starts",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2093"),
        new[] { "checkov:CKV2_DOCKER_17" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.NameWord is not { } word)
        {
            return;
        }

        // A password echoed into chpasswd is SW2088's finding: it is in the RUN itself, which is worse.
        if (c.Command.Name == "chpasswd" && !IsEchoedInto(c.Command))
        {
            c.Report(Rule, c.GetLocation(word.Span), "chpasswd", "sets passwords");
        }
        else if (c.Command.Name == "passwd" && c.Command.GetArguments().HasOption("d", "delete"))
        {
            c.Report(Rule, c.GetLocation(word.Span), "passwd -d", "removes a password");
        }
    });

    // As SW2088 reads the pipe: an echo or printf before it, back to an earlier chpasswd or passwd --stdin.
    private static bool IsEchoedInto(ShellCommand command)
    {
        if (command.Pipeline is not { } pipeline)
        {
            return false;
        }

        for (var i = command.PipelineIndex - 1; i >= 0; i--)
        {
            var element = pipeline.Commands[i];
            if (element is ShellCommand { Name: "chpasswd" } || (element is ShellCommand { Name: "passwd" } passwd && passwd.GetArguments().HasOption("stdin")))
            {
                return false;
            }

            if (IsWriter(element))
            {
                return true;
            }

            foreach (var node in element.DescendantNodes())
            {
                if (IsWriter(node))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWriter(ShellNode node) => node is ShellCommand { Name: "echo" or "printf" } writer && writer.Arguments.Count > 0;
}
