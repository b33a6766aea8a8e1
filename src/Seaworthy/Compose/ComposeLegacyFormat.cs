using System;
using System.Collections.Generic;
using Seaworthy.Yaml;

namespace Seaworthy.Compose;

/// <summary>
/// The legacy Compose file format (version 1): the services are the top-level keys, with no <c>services:</c> and no
/// <c>version:</c>. docker compose v2 refuses such a file; Seaworthy reads its services all the same, mapping the keys
/// that version 2 renamed (<c>net</c> is <c>network_mode</c>, <c>dockerfile</c> beside <c>build</c> is
/// <c>build.dockerfile</c>), so that the rules see what docker-compose 1.x ran.
/// </summary>
public static class ComposeLegacyFormat
{
    // The service keys of the version 1 file reference. One of them in a top-level mapping value marks a service.
    private static readonly HashSet<string> ServiceKeys = new(StringComparer.Ordinal)
    {
        "build", "cap_add", "cap_drop", "cgroup_parent", "command", "container_name", "cpu_quota", "cpu_shares", "cpuset",
        "devices", "dns", "dns_search", "dockerfile", "domainname", "entrypoint", "env_file", "environment", "expose",
        "extends", "external_links", "extra_hosts", "hostname", "image", "ipc", "labels", "links", "log_driver", "log_opt",
        "mac_address", "mem_limit", "mem_swappiness", "memswap_limit", "net", "pid", "ports", "privileged", "read_only",
        "restart", "security_opt", "shm_size", "stdin_open", "stop_signal", "tty", "ulimits", "user", "volume_driver",
        "volumes", "volumes_from", "working_dir",
    };

    // Top-level keys of the later formats. services, version and include mean the file is not version 1; the
    // resource sections and name are read as such, never as services.
    private static readonly HashSet<string> LaterTopLevelKeys = new(StringComparer.Ordinal)
    {
        "services", "version", "include", "name", "networks", "volumes", "secrets", "configs",
    };

    /// <summary>
    /// True when <paramref name="root"/>, the top level of a Compose file, is in the version 1 format: it has no
    /// <c>services</c>, <c>version</c> or <c>include</c> key, and at least one of its values is a mapping with a key
    /// of a version 1 service (<c>image</c>, <c>build</c>, <c>net</c>, <c>links</c>, <c>volumes_from</c>...).
    /// </summary>
    public static bool IsLegacy(YamlMapping root)
    {
        if (root.Find("services") is not null || root.Find("version") is not null || root.Find("include") is not null)
        {
            return false;
        }

        foreach (var entry in root.Entries)
        {
            if (IsService(entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a top-level entry of a version 1 file that defines a service: a mapping with a service key, under a key
    /// that is not an extension (<c>x-</c>) or a top-level key of the later formats.
    /// </summary>
    internal static bool IsService(YamlEntry entry)
    {
        if (entry.KeyText is not { } name || name.StartsWith("x-", StringComparison.Ordinal) || LaterTopLevelKeys.Contains(name)
            || entry.Value is not YamlMapping mapping)
        {
            return false;
        }

        foreach (var setting in mapping.Entries)
        {
            if (setting.KeyText is { } key && ServiceKeys.Contains(key))
            {
                return true;
            }
        }

        return false;
    }
}
