using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2088: a RUN writes a password into the command line, where it stays in the image's history.</summary>
public sealed class PasswordOnCommandLineAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2088",
        "password-on-command-line",
        "Password on a RUN command line",
        "{0} puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2088"),
        new[] { "checkov:CKV2_DOCKER_17" });

    private static readonly ShellOptionSpec UseraddSpec = new(
        "bcdefgGKkpRPsuZ",
        "base-dir", "comment", "home-dir", "expiredate", "inactive", "gid", "groups", "key", "skel", "password", "root", "prefix", "shell", "uid", "selinux-user");

    private static readonly ShellOptionSpec UsermodSpec = new(
        "cdefgGlpRPsuZ",
        "comment", "home", "expiredate", "inactive", "gid", "groups", "login", "password", "root", "prefix", "shell", "uid", "selinux-user");

    private static readonly HashSet<string> MysqlClients = new(StringComparer.Ordinal)
    {
        "mysql", "mysqladmin", "mysqldump", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-admin", "mariadb-dump",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        var command = c.Command;
        switch (command.Name)
        {
            case "chpasswd" when command.NameWord is { } word && RedactInput(c):
                c.Report(Rule, c.GetLocation(word.Span), "'chpasswd'");
                break;
            case "passwd" when command.NameWord is { } word && command.GetArguments().HasOption("stdin") && RedactInput(c):
                c.Report(Rule, c.GetLocation(word.Span), "'passwd --stdin'");
                break;
            case "useradd":
                ReportPasswordOption(c, command.GetArguments(UseraddSpec), "useradd");
                break;
            case "usermod":
                ReportPasswordOption(c, command.GetArguments(UsermodSpec), "usermod");
                break;
            case { } name when MysqlClients.Contains(name):
                ReportMysqlPassword(c, name);
                break;
        }
    });

    private static void ReportPasswordOption(ShellCommandContext c, ShellArguments arguments, string name)
    {
        foreach (var option in arguments.GetOptions("p", "password"))
        {
            if (option.ValueSpan is { } value)
            {
                c.Redact(c.GetLocation(value));
                c.Report(Rule, c.GetLocation(option.Span), "'" + name + (option.IsLong ? " --password" : " -p") + "'");
            }
        }
    }

    // mysql takes the password only attached: -pSECRET or --password=SECRET; a bare -p prompts for it.
    private static void ReportMysqlPassword(ShellCommandContext c, string name)
    {
        foreach (var word in c.Command.Arguments)
        {
            if (word.Value is not { } value)
            {
                continue;
            }

            var prefix = value.StartsWith("--password=", StringComparison.Ordinal) ? "--password=".Length
                : value.StartsWith("-p", StringComparison.Ordinal) && value.Length > 2 ? 2
                : 0;
            if (prefix > 0 && value.Length > prefix)
            {
                c.Redact(c.GetLocation(word.GetValueSpan(prefix, value.Length)));
                c.Report(Rule, c.GetLocation(word.GetValueSpan(0, prefix)), "'" + name + " " + value.Substring(0, prefix) + "'");
            }
        }
    }

    // True when an echo or printf earlier in the pipe writes the password (echo 'user:secret' | chpasswd);
    // its words are masked in reports. Input from a file or a secret mount is fine. An earlier chpasswd or
    // passwd --stdin reads what comes before it and writes no password on, so the walk back stops there: each
    // element is looked at once however many readers a pipeline holds.
    private static bool RedactInput(ShellCommandContext c)
    {
        if (c.Command.Pipeline is not { } pipeline)
        {
            return false;
        }

        var found = false;
        for (var i = c.Command.PipelineIndex - 1; i >= 0 && !IsPasswordReader(pipeline.Commands[i]); i--)
        {
            var element = pipeline.Commands[i];
            found |= RedactWriter(c, element);
            foreach (var node in element.DescendantNodes())
            {
                found |= RedactWriter(c, node);
            }
        }

        return found;
    }

    private static bool IsPasswordReader(ShellNode node) =>
        node is ShellCommand { Name: "chpasswd" } || (node is ShellCommand { Name: "passwd" } passwd && passwd.GetArguments().HasOption("stdin"));

    private static bool RedactWriter(ShellCommandContext c, ShellNode node)
    {
        if (node is not ShellCommand { Name: "echo" or "printf" } writer || writer.Arguments.Count == 0)
        {
            return false;
        }

        foreach (var argument in writer.Arguments)
        {
            c.Redact(c.GetLocation(argument.Span));
        }

        return true;
    }
}
