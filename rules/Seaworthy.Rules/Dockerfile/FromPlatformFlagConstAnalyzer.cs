using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2014: <c>FROM --platform</c> names a fixed platform, and the stage name does not say it is meant to.</summary>
public sealed class FromPlatformFlagConstAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2014",
        "from-platform-flag-const",
        "FROM --platform uses a constant",
        "FROM --platform uses the constant '{0}', so the stage ignores the platform the image is built for; use $BUILDPLATFORM or $TARGETPLATFORM, or name the stage after the platform",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2014"),
        new[] { "buildkit:FromPlatformFlagConstDisallowed", "hadolint:DL3029" });

    // containerd's platform names: operating systems and architectures it knows.
    private static readonly HashSet<string> KnownOperatingSystems = new(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
        "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    private static readonly HashSet<string> KnownArchitectures = new(StringComparer.Ordinal)
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips", "mipsle",
        "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<FromInstruction>(c =>
    {
        var from = c.Instruction;
        if (from.Platform is not { Value: { } platform } flag)
        {
            return;
        }

        var expansion = c.Dockerfile.Expander.ExpandWord(platform, _ => null);
        if (expansion.Error is not null || expansion.Matched.Count + expansion.Unmatched.Count > 0
            || Parse(expansion.Value) is not { } parsed)
        {
            return;
        }

        // BuildKit compares with the stage name as it keeps it, lower-cased.
        var name = from.StageName?.Value.ToLowerInvariant() ?? string.Empty;
        if ((parsed.Os is null || name.IndexOf(parsed.Os, StringComparison.Ordinal) < 0)
            && (parsed.Architecture is null || name.IndexOf(parsed.Architecture, StringComparison.Ordinal) < 0))
        {
            var valueStart = flag.Text.Length - platform.Length;
            c.Report(Rule, c.GetLocation(StageQueries.Locate(from, flag.Span, flag.Text, valueStart, platform.Length)), expansion.Value);
        }
    });

    // containerd's platforms.Parse, reduced to the normalised OS and architecture; null when it fails.
    // One component is an OS or an architecture; the other part then comes from the build machine.
    private static (string? Os, string? Architecture)? Parse(string specifier)
    {
        var parts = specifier.Split('/');
        foreach (var part in parts)
        {
            if (part.Length == 0 || !IsSpecifierComponent(part))
            {
                return null;
            }
        }

        var os = NormalizeOs(parts[0]);
        switch (parts.Length)
        {
            case 1 when KnownOperatingSystems.Contains(os):
                return (os, null);
            case 1:
                var architecture = NormalizeArchitecture(parts[0]);
                return KnownArchitectures.Contains(architecture) ? (null, architecture) : null;
            case 2 or 3:
                return (os, NormalizeArchitecture(parts[1]));
            default:
                return null;
        }
    }

    private static bool IsSpecifierComponent(string part)
    {
        foreach (var ch in part)
        {
            if (!(ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeOs(string os)
    {
        var lower = os.ToLowerInvariant();
        return lower == "macos" ? "darwin" : lower;
    }

    private static string NormalizeArchitecture(string architecture) => architecture.ToLowerInvariant() switch
    {
        "i386" => "386",
        "x86_64" or "x86-64" or "amd64" => "amd64",
        "aarch64" or "arm64" => "arm64",
        "armhf" or "armel" or "arm" => "arm",
        var other => other,
    };
}
