using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Seaworthy.Host;

/// <summary>Where a daemon option is set.</summary>
public enum DaemonOptionSource
{
    /// <summary>On dockerd's command line.</summary>
    CommandLine,

    /// <summary>In the daemon's configuration file (daemon.json).</summary>
    ConfigurationFile,
}

/// <summary>One daemon option as set: its daemon.json name, its value, and where it is set.</summary>
public sealed record DaemonOption(string Name, string Value, DaemonOptionSource Source);

/// <summary>
/// The daemon's options as dockerd's command line and its configuration file set them, under daemon.json's
/// names (<c>icc</c>, <c>log-level</c>, <c>insecure-registries</c>, <c>hosts</c>, <c>default-ulimits</c>). Flags are
/// read the way dockerd reads them: <c>--flag=value</c>, <c>--flag value</c>, a bare boolean flag is true,
/// short forms (<c>-H</c>, <c>-l</c>) and singular flag names (<c>--insecure-registry</c>) map to the file's keys.
/// <see cref="IsKnown"/> is false when either source could not be read, so a rule can answer "unknown"
/// instead of passing an option that may well be set.
/// </summary>
public sealed class DaemonOptions
{
    // Command-line names whose daemon.json key differs.
    private static readonly Dictionary<string, string> KeyOfFlag = new(StringComparer.Ordinal)
    {
        ["H"] = "hosts",
        ["host"] = "hosts",
        ["l"] = "log-level",
        ["D"] = "debug",
        ["G"] = "group",
        ["b"] = "bridge",
        ["g"] = "data-root",
        ["graph"] = "data-root",
        ["s"] = "storage-driver",
        ["p"] = "pidfile",
        ["insecure-registry"] = "insecure-registries",
        ["default-ulimit"] = "default-ulimits",
        ["authorization-plugin"] = "authorization-plugins",
        ["storage-opt"] = "storage-opts",
        ["log-opt"] = "log-opts",
        ["registry-mirror"] = "registry-mirrors",
        ["label"] = "labels",
        ["exec-opt"] = "exec-opts",
        ["dns-opt"] = "dns-opts",
        ["dns-search"] = "dns-search",
        ["add-runtime"] = "runtimes",
        ["allow-nondistributable-artifacts"] = "allow-nondistributable-artifacts",
    };

    // Flags that take no value: alone they mean true; "--flag=false" sets false.
    private static readonly HashSet<string> BooleanFlags = new(StringComparer.Ordinal)
    {
        "D", "debug", "icc", "iptables", "ip6tables", "ip-forward", "ip-masq", "ipv6", "live-restore", "no-new-privileges",
        "userland-proxy", "tls", "tlsverify", "experimental", "selinux-enabled", "init", "raw-logs", "rootless", "validate",
        "disable-legacy-registry", "help", "h", "version", "v",
    };

    private readonly List<DaemonOption> _options;

    private DaemonOptions(List<DaemonOption> options, string? unknownReason, string? configurationFile)
    {
        _options = options;
        UnknownReason = unknownReason;
        ConfigurationFile = configurationFile;
    }

    /// <summary>Every option set, command line first, in the order written.</summary>
    public IReadOnlyList<DaemonOption> All => _options;

    /// <summary>True when both the command line and the configuration file (or its absence) are known.</summary>
    public bool IsKnown => UnknownReason is null;

    /// <summary>Why the options are not fully known (a part unavailable, a configuration file that is not valid JSON).</summary>
    public string? UnknownReason { get; }

    /// <summary>The configuration file read, or null when none exists.</summary>
    public string? ConfigurationFile { get; }

    /// <summary>The daemon's options in <paramref name="snapshot"/>.</summary>
    public static DaemonOptions From(HostSnapshot snapshot)
    {
        var options = new List<DaemonOption>();
        var reasons = new List<string>();
        var local = snapshot.Local;
        if (local is null)
        {
            reasons.Add(snapshot.UnavailableReason(HostParts.Local) ?? "the engine's host was not read");
            return new DaemonOptions(options, string.Join("; ", reasons), null);
        }

        if (local.DaemonProcess is { } process)
        {
            ReadCommandLine(process.CommandLine, options);
        }
        else
        {
            reasons.Add("dockerd's command line is unavailable: " + (snapshot.UnavailableReason(HostParts.DaemonProcess) ?? "the daemon process was not found"));
        }

        string? configurationFile = null;
        var file = local.File(HostFileRoles.DaemonJson);
        if (file is null)
        {
            reasons.Add("the daemon's configuration file was not read: " + (snapshot.UnavailableReason(HostParts.DaemonFiles) ?? "not looked for"));
        }
        else if (file.Exists)
        {
            configurationFile = file.Path;
            if (file.Content is null)
            {
                reasons.Add($"{file.Path} could not be read" + (file.Unreadable is null ? string.Empty : ": " + file.Unreadable));
            }
            else if (ReadConfigurationFile(file.Content, options) is { } problem)
            {
                reasons.Add($"{file.Path} is not valid JSON: {problem}");
            }
        }

        return new DaemonOptions(options, reasons.Count == 0 ? null : string.Join("; ", reasons), configurationFile);
    }

    /// <summary>Every value of the option named <paramref name="name"/> (daemon.json's name); for an object (<c>default-ulimits</c>), its keys.</summary>
    public IReadOnlyList<DaemonOption> Get(string name)
    {
        var found = new List<DaemonOption>();
        foreach (var option in _options)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal))
            {
                found.Add(option);
            }
        }

        return found;
    }

    /// <summary>The last value of the option named <paramref name="name"/>, or null when it is not set.</summary>
    public DaemonOption? Find(string name)
    {
        DaemonOption? last = null;
        foreach (var option in _options)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal))
            {
                last = option;
            }
        }

        return last;
    }

    /// <summary>The boolean option <paramref name="name"/>: true or false when set, null when not set (or not a boolean).</summary>
    public bool? Boolean(string name) => Find(name)?.Value switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    private static void ReadCommandLine(IReadOnlyList<string> commandLine, List<DaemonOption> options)
    {
        for (var i = 1; i < commandLine.Count; i++)
        {
            var argument = commandLine[i];
            if (argument.Length < 2 || argument[0] != '-' || argument == "--")
            {
                continue;
            }

            var body = argument.TrimStart('-');
            string flag;
            string? value = null;
            var equals = body.IndexOf('=');
            if (equals >= 0)
            {
                flag = body.Substring(0, equals);
                value = body.Substring(equals + 1);
            }
            else
            {
                flag = body;
            }

            if (value is null)
            {
                if (BooleanFlags.Contains(flag))
                {
                    value = "true";
                }
                else if (i + 1 < commandLine.Count)
                {
                    value = commandLine[++i];
                }
                else
                {
                    value = string.Empty;
                }
            }

            var name = KeyOfFlag.TryGetValue(flag, out var key) ? key : flag;
            options.Add(new DaemonOption(name, value, DaemonOptionSource.CommandLine));
        }
    }

    private static string? ReadConfigurationFile(string content, List<DaemonOption> options)
    {
        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "the top level is not an object";
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Array:
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            options.Add(new DaemonOption(property.Name, Text(item), DaemonOptionSource.ConfigurationFile));
                        }

                        break;
                    case JsonValueKind.Object:
                        foreach (var member in property.Value.EnumerateObject())
                        {
                            options.Add(new DaemonOption(property.Name, member.Name, DaemonOptionSource.ConfigurationFile));
                        }

                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        options.Add(new DaemonOption(property.Name, Text(property.Value), DaemonOptionSource.ConfigurationFile));
                        break;
                }
            }

            return null;
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
    }

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };
}
