using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Text;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// One setting of the CIS Kubernetes Benchmark for a control-plane component's command line: a flag that must have
/// a value, must not be given, or must list an item. <see cref="Key"/> names it in the rules' <c>ignored-settings</c>
/// option: the flag, or the item of a list flag (an admission plugin, an authorization mode, a feature gate).
/// </summary>
internal sealed class ControlPlaneSetting
{
    // TLS 1.2 suites with forward secrecy and AEAD, and TLS 1.3's (which Go always enables); the CIS Benchmark's list.
    private static readonly HashSet<string> StrongCiphers = new(StringComparer.Ordinal)
    {
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    };

    // The problem with the command line, or null; the bool says whether judging it needs the flag to be given
    // (a component with a settings file may set it there).
    private readonly Func<ControlPlaneFlags, bool, string?> _problem;

    private ControlPlaneSetting(string key, string flag, Func<ControlPlaneFlags, bool, string?> problem)
    {
        Key = key;
        Flag = flag;
        _problem = problem;
    }

    /// <summary>What the <c>ignored-settings</c> option names to leave this setting out.</summary>
    public string Key { get; }

    /// <summary>The flag the setting is about; a finding's problem starts with it.</summary>
    public string Flag { get; }

    /// <summary>The Checkov checks (CKV_K8S_n) that judge this setting.</summary>
    public IReadOnlyList<string> CheckovChecks { get; private init; } = Array.Empty<string>();

    /// <summary>The Trivy checks (KCVnnnn) that judge this setting.</summary>
    public IReadOnlyList<string> TrivyChecks { get; private init; } = Array.Empty<string>();

    /// <summary>This setting, judged by the Checkov checks <paramref name="checks"/> too.</summary>
    public ControlPlaneSetting Checkov(params string[] checks) => new(Key, Flag, _problem) { CheckovChecks = checks, TrivyChecks = TrivyChecks };

    /// <summary>This setting, judged by the Trivy checks <paramref name="checks"/> too.</summary>
    public ControlPlaneSetting Trivy(params string[] checks) => new(Key, Flag, _problem) { CheckovChecks = CheckovChecks, TrivyChecks = checks };

    /// <summary>The equivalents of a rule that checks <paramref name="settings"/>: their Checkov checks, then their Trivy checks, in order.</summary>
    public static string[] EquivalentsOf(IEnumerable<ControlPlaneSetting> settings) =>
        settings.SelectMany(setting => setting.CheckovChecks).Distinct().Select(check => "checkov:" + check)
            .Concat(settings.SelectMany(setting => setting.TrivyChecks).Distinct().Select(check => "trivy:" + check))
            .ToArray();

    /// <summary>
    /// The problem with <paramref name="flags"/>, and where it is written; null when the setting is right. With
    /// <paramref name="judgeUnset"/> false a flag that is not given is taken as set elsewhere (a settings file).
    /// </summary>
    public (Location Location, string Problem)? Check(ControlPlaneFlags flags, bool judgeUnset) =>
        _problem(flags, judgeUnset) is { } problem ? (flags.LocationOf(Flag), problem) : null;

    /// <summary><paramref name="flag"/> must be <paramref name="value"/>; when <paramref name="unsetIsWrong"/>, the default is wrong too.</summary>
    public static ControlPlaneSetting Is(string flag, string value, bool unsetIsWrong, string why) => new(flag, flag, (flags, judgeUnset) =>
        flags.Find(flag) is { } given
            ? string.Equals(given.Value ?? "true", value, StringComparison.OrdinalIgnoreCase) ? null : $"{given.Written} {why}; set {flag}={value}"
            : unsetIsWrong && judgeUnset ? $"{flag} is not set, and its default {why}; set {flag}={value}" : null);

    /// <summary><paramref name="flag"/> must not be <paramref name="value"/> (its default is fine).</summary>
    public static ControlPlaneSetting IsNot(string flag, string value, string why) => new(flag, flag, (flags, _) =>
        flags.Find(flag) is { } given && string.Equals(given.Value ?? "true", value, StringComparison.OrdinalIgnoreCase) ? $"{given.Written} {why}; remove it" : null);

    /// <summary>A port <paramref name="flag"/> must be 0 (off) when it is given.</summary>
    public static ControlPlaneSetting ZeroOrUnset(string flag, string why) => new(flag, flag, (flags, _) =>
        flags.Find(flag) is { } given && given.Value != "0" ? $"{given.Written} {why}; remove it" : null);

    /// <summary><paramref name="flag"/> must not be given at all.</summary>
    public static ControlPlaneSetting Unset(string flag, string why) => new(flag, flag, (flags, _) =>
        flags.Find(flag) is not null ? $"{flag} is set: {why}; remove it" : null);

    /// <summary><paramref name="flag"/> must be given a value (a file, mostly).</summary>
    public static ControlPlaneSetting Given(string flag, string why) => new(flag, flag, (flags, judgeUnset) =>
        flags.Find(flag) is { } given
            ? given.Value?.Trim().Length > 0 ? null : $"{flag} has no value: {why}; give it a value"
            : judgeUnset ? $"{flag} is not set: {why}; set it" : null);

    /// <summary>The comma-separated <paramref name="flag"/> must list <paramref name="item"/>; not given, the default lacks it.</summary>
    public static ControlPlaneSetting Lists(string flag, string item, string why) => new(item, flag, (flags, judgeUnset) =>
        flags.Find(flag) is { } given
            ? Items(given.Value).Contains(item) ? null : $"{flag} does not list {item}: {why}; add {item} to it"
            : judgeUnset ? $"{flag} is not set, so {item} is not on: {why}; set {flag} with {item}" : null);

    /// <summary>The comma-separated <paramref name="flag"/> must not list <paramref name="item"/>.</summary>
    public static ControlPlaneSetting DoesNotList(string flag, string item, string why) => new(item, flag, (flags, _) =>
        flags.Find(flag) is { } given && Items(given.Value).Contains(item) ? $"{flag} lists {item}: {why}; remove {item} from it" : null);

    /// <summary><paramref name="flag"/> must be a number of at least <paramref name="minimum"/>; not given, its default is less.</summary>
    public static ControlPlaneSetting AtLeast(string flag, int minimum, string why) => new(flag, flag, (flags, judgeUnset) =>
        flags.Find(flag) is { } given
            ? int.TryParse(given.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= minimum
                ? null
                : $"{given.Written} is not a number of at least {minimum}: {why}; set {flag}={minimum} or more"
            : judgeUnset ? $"{flag} is not set: {why}; set {flag}={minimum} or more" : null);

    /// <summary>
    /// <paramref name="flag"/> must be given a whole number. The CIS Benchmark asks for <paramref name="suggested"/> "or as
    /// appropriate": any number written is the operator's choice, only leaving it unset is reported.
    /// </summary>
    public static ControlPlaneSetting Chosen(string flag, int suggested, string why) => new(flag, flag, (flags, judgeUnset) =>
        flags.Find(flag) is { } given
            ? int.TryParse(given.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? null
                : $"{given.Written} is not a whole number: {why}; set {flag}={suggested} or as appropriate"
            : judgeUnset ? $"{flag} is not set: {why}; set {flag}={suggested} or as appropriate" : null);

    /// <summary>A duration <paramref name="flag"/> must not be zero.</summary>
    public static ControlPlaneSetting NotZeroDuration(string flag, string why) => new(flag, flag, (flags, _) =>
        flags.Find(flag) is { } given && given.Value is { } duration && IsZeroDuration(duration) ? $"{given.Written} {why}; set a time such as 5m" : null);

    /// <summary><paramref name="flag"/> lists cipher suites: only strong ones.</summary>
    public static ControlPlaneSetting StrongCipherSuites(string flag) => new(flag, flag, (flags, _) =>
        flags.Find(flag) is { } given && Items(given.Value).Where(cipher => !StrongCiphers.Contains(cipher)).ToList() is { Count: > 0 } weak
            ? $"{flag} allows {string.Join(", ", weak)}, without forward secrecy or authenticated encryption; list only ECDHE suites with GCM or ChaCha20-Poly1305"
            : null);

    /// <summary>The feature gate <paramref name="gate"/> must not be turned off in <c>--feature-gates</c>.</summary>
    public static ControlPlaneSetting GateNotOff(string gate, string why) => new(gate, "--feature-gates", (flags, _) =>
        flags.Find("--feature-gates") is { } given && Items(given.Value).Any(item => string.Equals(item, gate + "=false", StringComparison.OrdinalIgnoreCase))
            ? $"--feature-gates turns {gate} off: {why}; remove {gate}=false"
            : null);

    /// <summary>The <c>ignored-settings</c> option of a rule that checks <paramref name="settings"/>.</summary>
    public static RuleOption<HashSet<string>> IgnoredSettingsOption(IReadOnlyList<ControlPlaneSetting> settings) => RuleOption.StringList(
        "ignored-settings",
        "settings left unchecked: a flag (--profiling), or an item of a list flag (an admission plugin such as EventRateLimit, an authorization mode, a feature gate)",
        Array.Empty<string>(),
        items => new HashSet<string>(items, StringComparer.Ordinal),
        item => settings.Any(setting => setting.Key == item) ? null : $"it is none of the rule's settings ({string.Join(", ", settings.Select(setting => setting.Key).Distinct())})");

    /// <summary>
    /// Reports each wrong setting of every container of the object that runs <paramref name="component"/>. When the
    /// component is given <paramref name="settingsFileFlag"/>, a flag that is not given may be set in that file.
    /// </summary>
    public static void Report(KubernetesObjectContext context, RuleDescriptor rule, RuleOption<HashSet<string>> ignoredSettings, string component, IReadOnlyList<ControlPlaneSetting> settings, string? settingsFileFlag = null)
    {
        foreach (var (container, description) in ManifestQueries.Containers(context))
        {
            if (ControlPlaneFlags.Read(container, component) is not { } flags)
            {
                continue;
            }

            var ignored = context.GetOption(rule, ignoredSettings);
            var judgeUnset = settingsFileFlag is null || flags.Find(settingsFileFlag) is null;
            foreach (var setting in settings)
            {
                if (!ignored.Contains(setting.Key) && setting.Check(flags, judgeUnset) is { } found)
                {
                    context.Report(rule, found.Location, description, found.Problem);
                }
            }
        }
    }

    private static IEnumerable<string> Items(string? value) =>
        (value ?? string.Empty).Split(',').Select(item => item.Trim()).Where(item => item.Length > 0);

    // Go durations: "0", "0s", "0m0s", "0h0m0.000s".
    private static bool IsZeroDuration(string value) =>
        value.Length > 0 && value.All(character => character is '0' or '.' or 'h' or 'm' or 's' or 'u' or 'µ' or 'n') && value.Any(character => character == '0');
}
