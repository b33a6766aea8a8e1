using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Rules.Dockerfile;
using Seaworthy.Shell;
using Seaworthy.Text;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2087: a RUN or ENV turns off TLS certificate or package signature checks.</summary>
public sealed class TlsVerificationDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2087",
        "tls-verification-disabled",
        "TLS or signature verification disabled",
        "'{0}' turns off {1}: anyone on the network path can change what the build installs",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2087"),
        new[] { "checkov:CKV2_DOCKER_2", "checkov:CKV2_DOCKER_3", "checkov:CKV2_DOCKER_4", "checkov:CKV2_DOCKER_5", "checkov:CKV2_DOCKER_6", "checkov:CKV2_DOCKER_7", "checkov:CKV2_DOCKER_8", "checkov:CKV2_DOCKER_9", "checkov:CKV2_DOCKER_10", "checkov:CKV2_DOCKER_11", "checkov:CKV2_DOCKER_12", "checkov:CKV2_DOCKER_13", "checkov:CKV2_DOCKER_14", "checkov:CKV2_DOCKER_15", "checkov:CKV2_DOCKER_16" });

    private const string Certificates = "TLS certificate checks";
    private const string Signatures = "package signature checks";
    private const string Digests = "package digest checks";

    private static readonly ShellOptionSpec CurlSpec = new(
        "oHduXAeTwxFbcrmCKEYyzUQ",
        "output", "header", "data", "user", "request", "user-agent", "referer", "upload-file", "write-out", "proxy", "form", "cookie", "cookie-jar", "range", "max-time", "connect-timeout", "config", "cert", "retry");

    private static readonly ShellOptionSpec GitSpec = new("cC") { StopAtFirstOperand = true };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterShellCommand(c =>
        {
            foreach (var (span, text, what) in FindInCommand(c.Command))
            {
                c.Report(Rule, c.GetLocation(span), text, what);
            }

            foreach (var (span, text) in FindInVariables(c.Command))
            {
                c.Report(Rule, c.GetLocation(span), text, Certificates);
            }
        });

        context.RegisterInstruction<Instruction>(c =>
        {
            if (InstructionQueries.Unwrap<EnvInstruction>(c.Instruction) is not { } env)
            {
                return;
            }

            foreach (var pair in env.Pairs)
            {
                var value = InstructionQueries.Unquote(pair.Value);
                if (IsInsecureVariable(pair.Key, value))
                {
                    c.Report(Rule, c.GetLocation(TextSpan.FromBounds(pair.KeySpan.Start, pair.ValueSpan.End)), pair.Key + "=" + value, Certificates);
                }
            }
        });

        // An ARG default is in the environment of every later RUN of the build.
        context.RegisterInstruction<Instruction>(c =>
        {
            if (InstructionQueries.Unwrap<ArgInstruction>(c.Instruction) is not { } arg)
            {
                return;
            }

            foreach (var declaration in arg.Declarations)
            {
                if (declaration is { DefaultValue: { } raw, DefaultValueSpan: { } valueSpan }
                    && InstructionQueries.Unquote(raw) is var value && IsInsecureVariable(declaration.Name, value))
                {
                    c.Report(Rule, c.GetLocation(TextSpan.FromBounds(declaration.NameSpan.Start, valueSpan.End)), declaration.Name + "=" + value, Certificates);
                }
            }
        });
    }

    private static bool IsInsecureVariable(string name, string value) => name switch
    {
        "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => value == "0",
        "GIT_SSL_NO_VERIFY" or "PIP_TRUSTED_HOST" or "GOINSECURE" => value.Length > 0,
        "NPM_CONFIG_STRICT_SSL" or "npm_config_strict_ssl" => value == "false",
        _ => false,
    };

    // PYTHONHTTPSVERIFY=0 python app.py, env NODE_TLS_REJECT_UNAUTHORIZED=0 node ... (export is a command, below).
    // Assignments alone set a shell variable that commands do not see unless it is exported.
    private static IEnumerable<(TextSpan Span, string Text)> FindInVariables(ShellCommand command)
    {
        if (command.Words.Count == 0)
        {
            yield break;
        }

        foreach (var assignment in command.EnvironmentAssignments)
        {
            if (assignment.Value.Value is { } value && IsInsecureVariable(assignment.Name, value))
            {
                yield return (assignment.Span, assignment.Name + "=" + value);
            }
        }
    }

    private static IEnumerable<(TextSpan Span, string Text, string What)> FindInCommand(ShellCommand command)
    {
        switch (command.Name)
        {
            case "curl":
                return Options(command.GetArguments(CurlSpec), Certificates, "k", "insecure");
            case "wget":
                return Options(command.GetArguments(), Certificates, "no-check-certificate");
            case "pip" or "pip2" or "pip3":
                return Options(command.GetArguments(), Certificates, "trusted-host");
            case { } python when python.StartsWith("python", StringComparison.Ordinal) && IsPythonPip(command):
                return Options(command.GetArguments(), Certificates, "trusted-host");
            case "apt-get" or "apt" or "aptitude":
                return Options(command.GetArguments(), Signatures, "allow-unauthenticated", "allow-insecure-repositories", "force-yes");
            case "yum" or "dnf" or "microdnf" or "tdnf" or "yum-config-manager" or "dnf-config-manager":
                return RpmRepositoryOptions(command.GetArguments(PackageManagerQueries.RpmOptions));
            case "export":
                return Exported(command);
            case "apk":
                return Options(command.GetArguments(PackageManagerQueries.ApkOptions), Signatures, "allow-untrusted");
            case "rpm":
                return RpmChecks(command.GetArguments());
            case "npm" or "yarn" or "pnpm":
                return NpmStrictSsl(command);
            case "git":
                return GitSslVerify(command);
            default:
                return Array.Empty<(TextSpan, string, string)>();
        }
    }

    private static bool IsPythonPip(ShellCommand command) =>
        command.Arguments.Count >= 2 && command.Arguments[0].Value == "-m" && command.Arguments[1].Value is "pip" or "pip3";

    private static IEnumerable<(TextSpan, string, string)> Options(ShellArguments arguments, string what, params string[] names)
    {
        foreach (var option in arguments.GetOptions(names))
        {
            yield return (option.Span, (option.IsLong ? "--" : "-") + option.Name, what);
        }
    }

    // npm config set strict-ssl false, npm set strict-ssl=false, npm install --strict-ssl=false. Only the setting
    // a config command writes counts: in 'npm install strict-ssl false' the words are package names.
    private static IEnumerable<(TextSpan, string, string)> NpmStrictSsl(ShellCommand command)
    {
        var arguments = command.GetArguments();
        foreach (var option in arguments.GetOptions("strict-ssl"))
        {
            if (option.Value == "false")
            {
                yield return (option.Span, "--strict-ssl=false", Certificates);
            }
        }

        var operands = arguments.Operands;
        var key = operands switch
        {
            [{ Value: "config" or "c" }, { Value: "set" }, ..] => 2,
            [{ Value: "set" }, ..] => 1,
            _ => operands.Count,
        };
        for (var i = key; i < operands.Count; i++)
        {
            var word = operands[i].Value;
            if (word == "strict-ssl=false" || (word == "strict-ssl" && i + 1 < operands.Count && operands[i + 1].Value == "false"))
            {
                yield return (operands[i].Span, "strict-ssl false", Certificates);
            }
        }
    }

    // git -c http.sslVerify=false clone ..., git config --global http.sslVerify false.
    private static IEnumerable<(TextSpan, string, string)> GitSslVerify(ShellCommand command)
    {
        var arguments = command.GetArguments(GitSpec);
        foreach (var option in arguments.GetOptions("c"))
        {
            if (option is { Value: { } value, ValueSpan: { } span } && value.IndexOf('=') is var equals and > 0
                && IsSslVerifyKey(value.Substring(0, equals)) && IsFalse(value.Substring(equals + 1)))
            {
                yield return (span, value, Certificates);
            }
        }

        var words = command.Arguments;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i].Value == "config" && FindKey(words, i + 1) is { } key && key + 1 < words.Count
                && IsSslVerifyKey(words[key].Value) && IsFalse(words[key + 1].Value))
            {
                yield return (words[key].Span, words[key].Value + " " + words[key + 1].Value, Certificates);
            }
        }
    }

    private static int? FindKey(IReadOnlyList<ShellWord> words, int start)
    {
        for (var i = start; i < words.Count; i++)
        {
            if (words[i].Value is not { } value || !value.StartsWith("-", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsSslVerifyKey(string? key) =>
        key is not null && key.StartsWith("http.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".sslverify", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) =>
        value is not null && (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0"
            || value.Equals("no", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase));

    // yum, dnf: --nogpgcheck, and repository settings given on the command line (--setopt=sslverify=0,
    // --setopt=epel.gpgcheck=false), also through yum-config-manager or dnf config-manager.
    private static IEnumerable<(TextSpan, string, string)> RpmRepositoryOptions(ShellArguments arguments)
    {
        foreach (var finding in Options(arguments, Signatures, "nogpgcheck"))
        {
            yield return finding;
        }

        foreach (var option in arguments.GetOptions("setopt"))
        {
            if (option is not { Value: { } value, ValueSpan: { } span } || value.IndexOf('=') is var equals && (equals <= 0 || !IsFalse(value.Substring(equals + 1))))
            {
                continue;
            }

            var key = value.Substring(0, equals);
            var setting = key.Substring(key.LastIndexOf('.') + 1).ToLowerInvariant();
            if (setting == "sslverify")
            {
                yield return (span, value, Certificates);
            }
            else if (setting is "gpgcheck" or "repo_gpgcheck" or "localpkg_gpgcheck" or "pkg_gpgcheck")
            {
                yield return (span, value, Signatures);
            }
        }
    }

    // rpm -i --nosignature, --nodigest, --noverify (both), --nofiledigest.
    private static IEnumerable<(TextSpan, string, string)> RpmChecks(ShellArguments arguments)
    {
        foreach (var option in arguments.GetOptions("nosignature", "noverify", "nodigest", "nofiledigest"))
        {
            yield return (option.Span, "--" + option.Name, option.Name is "nosignature" or "noverify" ? Signatures : Digests);
        }
    }

    // export PIP_TRUSTED_HOST=pypi.example.com: the later commands of the RUN get it.
    private static IEnumerable<(TextSpan, string, string)> Exported(ShellCommand command)
    {
        foreach (var word in command.Arguments)
        {
            if (word.Value is { } assignment && assignment.IndexOf('=') is var equals and > 0
                && IsInsecureVariable(assignment.Substring(0, equals), assignment.Substring(equals + 1)))
            {
                yield return (word.Span, assignment, Certificates);
            }
        }
    }
}
