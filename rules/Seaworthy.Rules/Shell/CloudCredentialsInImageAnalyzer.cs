using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>
/// SW2096: a RUN logs a cloud CLI in (<c>gcloud auth activate-service-account</c>, <c>aws configure set</c> of a key,
/// <c>az login</c> with a secret, <c>doctl auth init</c> with a token), which saves the credential in the image.
/// </summary>
public sealed class CloudCredentialsInImageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2096",
        "cloud-credentials-in-image",
        "Cloud CLI credentials saved in the image",
        "'{0}' saves the credential in {1}, a layer of the image anyone who pulls it can read; give it to the commands that need it from a RUN --mount=type=secret instead",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2096"),
        new[] { "trivy:DS031" });

    private static readonly ShellOptionSpec AwsOptions = new(string.Empty, "profile", "region", "output", "endpoint-url", "ca-bundle", "query", "color", "cli-read-timeout", "cli-connect-timeout");

    private static readonly ShellOptionSpec GcloudOptions = new(string.Empty, "account", "project", "configuration", "verbosity", "format", "key-file", "impersonate-service-account", "billing-project");

    private static readonly ShellOptionSpec AzOptions = new("uptT", "username", "password", "tenant", "federated-token", "output", "query", "scope");

    private static readonly ShellOptionSpec DoctlOptions = new("tc", "access-token", "config", "context", "output");

    // The keys of `aws configure set` that hold a credential, alone or after a profile (`profile.dev.aws_secret_access_key`).
    private static readonly string[] AwsCredentialKeys = { "aws_access_key_id", "aws_secret_access_key", "aws_session_token" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        // A stage the image is not built on leaves its files behind.
        if (c.Command.NameWord is not { } word
            || Login(c.Command) is not { } login
            || !PackageManagerQueries.EndsUpInTheImage(c.Dockerfile, c.Stage)
            || RemovedLater(c.Command, c.Script.Commands, login.Directory))
        {
            return;
        }

        c.Report(Rule, c.GetLocation(word.Span), login.Command, login.Where);
    });

    private static (string Command, string Where, string Directory)? Login(ShellCommand command)
    {
        switch (command.Name)
        {
            case "gcloud" when Operands(command, GcloudOptions) is ["auth", "activate-service-account", ..]:
                return ("gcloud auth activate-service-account", "gcloud's configuration (~/.config/gcloud)", ".config/gcloud");
            case "aws" when Operands(command, AwsOptions) is ["configure", "set", { } key, ..] && IsAwsCredentialKey(key):
                return ("aws configure set " + key, "~/.aws/credentials", ".aws");
            case "az" when Operands(command, AzOptions) is ["login", ..] && command.GetArguments(AzOptions).HasOption("p", "password", "federated-token"):
                return ("az login", "the Azure CLI's token cache (~/.azure)", ".azure");
            case "doctl" when Operands(command, DoctlOptions) is ["auth", "init", ..] && command.GetArguments(DoctlOptions).HasOption("t", "access-token"):
                return ("doctl auth init", "doctl's config.yaml (~/.config/doctl)", ".config/doctl");
            default:
                return null;
        }
    }

    private static string?[] Operands(ShellCommand command, ShellOptionSpec spec)
    {
        var operands = command.GetArguments(spec).Operands;
        var values = new string?[operands.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = operands[i].Value;
        }

        return values;
    }

    private static bool IsAwsCredentialKey(string key)
    {
        var name = key.Substring(key.LastIndexOf('.') + 1);
        return Array.IndexOf(AwsCredentialKeys, name) >= 0;
    }

    // An rm later in the same RUN of the folder the CLI saved the credential in (rm -rf ~/.config/gcloud).
    private static bool RemovedLater(ShellCommand login, IReadOnlyList<ShellCommand> commands, string directory)
    {
        foreach (var other in commands)
        {
            if (other.Name != "rm" || other.Span.Start <= login.Span.Start)
            {
                continue;
            }

            foreach (var operand in other.GetArguments().Operands)
            {
                if (operand.Value is { } path && path.TrimEnd('/').EndsWith(directory, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
