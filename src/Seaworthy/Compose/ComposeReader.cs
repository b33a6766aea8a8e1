using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Compose;

/// <summary>
/// Reads the keys of one YAML document of a Compose file into the model: converts scalars (with their
/// interpolated values), accepts every syntax Compose accepts for a key, and records a problem with its position
/// for anything else. Relative paths are resolved against <see cref="BaseDirectory"/>.
/// </summary>
internal sealed class ComposeReader
{
    private const string ResetTag = "!reset";
    private const string OverrideTag = "!override";

    private const string PortSyntax = "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]";

    // Shared by every service that resets or overrides nothing; never added to.
    private static readonly HashSet<string> NoKeys = new HashSet<string>(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<YamlScalar, string> _interpolated;
    private readonly List<ComposeProblem> _problems;
    private readonly Func<string, bool> _fileExists;

    public ComposeReader(string baseDirectory, IReadOnlyDictionary<YamlScalar, string> interpolated, List<ComposeProblem> problems, Func<string, bool> fileExists)
    {
        BaseDirectory = baseDirectory;
        _interpolated = interpolated;
        _problems = problems;
        _fileExists = fileExists;
    }

    public string BaseDirectory { get; }

    /// <summary>
    /// Reads one service. A <paramref name="legacy"/> service (a top-level entry of a version 1 file) also takes the
    /// keys version 2 renamed: <c>net</c> as <c>network_mode</c>, and <c>dockerfile</c> beside <c>build</c> as
    /// <c>build.dockerfile</c>.
    /// </summary>
    public ServiceDefinition ReadService(YamlEntry entry, bool legacy = false)
    {
        var name = entry.KeyText ?? string.Empty;
        var location = entry.Key.Location;
        if (entry.Value.Tag == ResetTag)
        {
            return new ServiceDefinition(new ComposeService(name, location), NoKeys, NoKeys, IsReset: true);
        }

        if (entry.Value is YamlScalar { IsNull: true })
        {
            return new ServiceDefinition(new ComposeService(name, location), NoKeys, NoKeys, IsReset: false);
        }

        if (entry.Value is not YamlMapping mapping)
        {
            Problem(entry.Value, $"service '{name}' must be a mapping");
            return new ServiceDefinition(new ComposeService(name, location), NoKeys, NoKeys, IsReset: false);
        }

        // Most services reset and override nothing: the sets are made only for one that does.
        HashSet<string>? resets = null;
        HashSet<string>? overrides = null;
        var draft = new ServiceDraft();
        foreach (var setting in mapping.Entries)
        {
            var key = setting.KeyText;
            if (key is null)
            {
                continue;
            }

            if (setting.Value.Tag == ResetTag)
            {
                (resets ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
                continue;
            }

            if (setting.Value.Tag == OverrideTag)
            {
                (overrides ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }

            if (legacy && key == "net")
            {
                draft.NetworkMode = String(setting);
            }
            else if (legacy && key == "dockerfile")
            {
                draft.LegacyDockerfile = String(setting);
            }
            else
            {
                ReadServiceKey(draft, key, setting);
            }
        }

        // Version 1 writes the Dockerfile beside build (a path there), in either order.
        if (draft is { LegacyDockerfile: { } dockerfile, Build: { } legacyBuild })
        {
            draft.Build = legacyBuild with { Dockerfile = dockerfile };
        }

        return new ServiceDefinition(draft.ToService(name, location), resets ?? NoKeys, overrides ?? NoKeys, IsReset: false);
    }

    public ComposeValue<string>? String(YamlEntry entry) => String(entry.Value, entry.KeyText);

    public IReadOnlyList<ComposeResource> ReadResources(YamlNode node, string section)
    {
        if (node is not YamlMapping mapping)
        {
            if (!IsNull(node))
            {
                Problem(node, $"'{section}' must be a mapping");
            }

            return Array.Empty<ComposeResource>();
        }

        var resources = new List<ComposeResource>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is not { } name)
            {
                continue;
            }

            var external = false;
            ComposeValue<string>? file = null;
            if (entry.Value is YamlMapping definition)
            {
                // external: true, or the legacy external: {name: ...}.
                if (definition.Find("external") is { } externalEntry)
                {
                    external = externalEntry.Value is YamlMapping || Boolean(externalEntry)?.Value == true;
                }

                if (definition.Find("file") is { } fileEntry)
                {
                    file = String(fileEntry);
                }
            }
            else if (!IsNull(entry.Value))
            {
                Problem(entry.Value, $"{section} '{name}' must be a mapping");
            }

            resources.Add(new ComposeResource(name, entry.Key.Location, external, file));
        }

        return resources;
    }

    public IReadOnlyList<ComposeInclude> ReadIncludes(YamlNode node)
    {
        var includes = new List<ComposeInclude>();
        foreach (var item in Items(node, "include"))
        {
            if (item is YamlScalar scalar)
            {
                if (String(scalar, "include") is { } path)
                {
                    includes.Add(new ComposeInclude(new[] { path }, null, Array.Empty<ComposeValue<string>>(), scalar.Location));
                }

                continue;
            }

            if (item is not YamlMapping mapping)
            {
                Problem(item, "an 'include' entry must be a path or a mapping");
                continue;
            }

            var paths = mapping.Find("path") is { } pathEntry ? Strings(pathEntry.Value, "path", allowScalar: true) : Array.Empty<ComposeValue<string>>();
            if (paths.Count == 0)
            {
                Problem(mapping, "an 'include' entry needs a 'path'");
                continue;
            }

            var projectDirectory = mapping.Find("project_directory") is { } directory ? String(directory) : null;
            var envFiles = mapping.Find("env_file") is { } envFile ? Strings(envFile.Value, "env_file", allowScalar: true) : Array.Empty<ComposeValue<string>>();
            includes.Add(new ComposeInclude(paths, projectDirectory, envFiles, mapping.Location));
        }

        return includes;
    }

    // Each key is read in the order written into one draft, and the service is made once from it.
    private void ReadServiceKey(ServiceDraft draft, string key, YamlEntry setting)
    {
        var value = setting.Value;
        switch (key)
        {
            case "image":
                draft.Image = String(setting);
                break;
            case "build":
                draft.Build = ReadBuild(value) is { } build ? build with { KeyLocation = setting.Key.Location } : null;
                break;
            case "container_name":
                draft.ContainerName = String(setting);
                break;
            case "pull_policy":
                draft.PullPolicy = String(setting);
                break;
            case "user":
                draft.User = String(setting);
                break;
            case "privileged":
                draft.Privileged = Boolean(setting);
                break;
            case "cap_add":
                draft.CapAdd = Strings(value, key, allowScalar: false);
                break;
            case "cap_drop":
                draft.CapDrop = Strings(value, key, allowScalar: false);
                break;
            case "security_opt":
                draft.SecurityOpt = Strings(value, key, allowScalar: false);
                break;
            case "network_mode":
                draft.NetworkMode = String(setting);
                break;
            case "networks":
                draft.Networks = Names(value, key);
                break;
            case "pid":
                draft.Pid = String(setting);
                break;
            case "ipc":
                draft.Ipc = String(setting);
                break;
            case "uts":
                draft.Uts = String(setting);
                break;
            case "userns_mode":
                draft.UsernsMode = String(setting);
                break;
            case "volumes":
                draft.Volumes = ReadVolumes(value);
                break;
            case "ports":
                draft.Ports = ReadPorts(value);
                break;
            case "expose":
                draft.Expose = Strings(value, key, allowScalar: false);
                break;
            case "environment":
                draft.Environment = KeyValues(value, key);
                break;
            case "env_file":
                draft.EnvFiles = ReadEnvFiles(value);
                break;
            case "secrets":
                draft.Secrets = ReadResourceUses(value, key);
                break;
            case "configs":
                draft.Configs = ReadResourceUses(value, key);
                break;
            case "healthcheck":
                draft.Healthcheck = ReadHealthcheck(setting);
                break;
            case "read_only":
                draft.ReadOnly = Boolean(setting);
                break;
            case "restart":
                draft.Restart = String(setting);
                break;
            case "deploy":
                draft.Deploy = ReadDeploy(setting);
                break;
            case "mem_limit":
                draft.MemLimit = String(setting);
                break;
            case "cpus":
                draft.Cpus = String(setting);
                break;
            case "pids_limit":
                draft.PidsLimit = Integer(setting);
                break;
            case "devices":
                draft.Devices = ReadDevices(value);
                break;
            case "sysctls":
                draft.Sysctls = KeyValues(value, key);
                break;
            case "ulimits":
                draft.Ulimits = ReadUlimits(value);
                break;
            case "tmpfs":
                draft.Tmpfs = Strings(value, key, allowScalar: true);
                break;
            case "extends":
                draft.Extends = ReadExtends(value);
                break;
            case "profiles":
                draft.Profiles = Strings(value, key, allowScalar: false);
                break;
            case "depends_on":
                draft.DependsOn = ReadDependencies(value);
                break;
        }
    }

    private ComposeBuild? ReadBuild(YamlNode node)
    {
        if (node is YamlScalar scalar)
        {
            return String(scalar, "build") is { } context ? WithContext(new ComposeBuild(node.Location), context) : null;
        }

        if (node is not YamlMapping mapping)
        {
            Problem(node, "'build' must be a path or a mapping");
            return null;
        }

        var build = new ComposeBuild(node.Location);
        foreach (var entry in mapping.Entries)
        {
            build = entry.KeyText switch
            {
                "context" => String(entry) is { } context ? WithContext(build, context) : build,
                "dockerfile" => build with { Dockerfile = String(entry) },
                "dockerfile_inline" => build with { DockerfileInline = String(entry) },
                "target" => build with { Target = String(entry) },
                "args" => build with { Args = KeyValues(entry.Value, "args") },
                _ => build,
            };
        }

        return build.Context is null ? build with { ContextPath = BaseDirectory } : build;
    }

    private ComposeBuild WithContext(ComposeBuild build, ComposeValue<string> context)
    {
        var path = context.Value.Length == 0 ? "." : context.Value;
        return build with { Context = context, ContextPath = ComposePaths.IsRemote(path) ? null : ComposePaths.Combine(BaseDirectory, path) };
    }

    private List<ComposeVolumeMount> ReadVolumes(YamlNode node)
    {
        var items = Items(node, "volumes");
        var mounts = new List<ComposeVolumeMount>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlScalar scalar)
            {
                if (ShortVolume(scalar) is { } mount)
                {
                    mounts.Add(mount);
                }
            }
            else if (item is YamlMapping mapping)
            {
                var target = mapping.Find("target") is { } targetEntry ? String(targetEntry)?.Value : null;
                if (target is null)
                {
                    Problem(mapping, "a volume needs a 'target'");
                    continue;
                }

                var source = mapping.Find("source") is { } sourceEntry ? String(sourceEntry)?.Value : null;
                var type = mapping.Find("type") is { } typeEntry ? String(typeEntry)?.Value ?? "volume" : "volume";
                var readOnly = mapping.Find("read_only") is { } readOnlyEntry && Boolean(readOnlyEntry)?.Value == true;
                string? propagation = null;
                if (mapping.Find("bind") is { Value: YamlMapping bind } && bind.Find("propagation") is { } propagationEntry)
                {
                    propagation = String(propagationEntry)?.Value;
                }

                mounts.Add(new ComposeVolumeMount(type, source, target, readOnly, propagation, source is null ? target : source + ":" + target, mapping.Location, mapping));
            }
            else
            {
                Problem(item, "a volume must be a string or a mapping");
            }
        }

        return mounts;
    }

    // SOURCE:TARGET[:OPTIONS] or TARGET; a source that is a path makes a bind mount, a name a named volume.
    private ComposeVolumeMount? ShortVolume(YamlScalar scalar)
    {
        var text = Value(scalar);
        var parts = SplitVolume(text);
        if (text.Length == 0 || parts.Length > 3 || Array.IndexOf(parts, string.Empty) >= 0)
        {
            Problem(scalar, $"{Describe(scalar)} is not a volume: expected [SOURCE:]TARGET[:OPTIONS]");
            return null;
        }

        if (parts.Length == 1)
        {
            return new ComposeVolumeMount("volume", null, parts[0], false, null, text, scalar.Location, scalar);
        }

        var source = parts[0];
        var options = parts.Length == 3 ? parts[2].Split(',') : Array.Empty<string>();
        string? propagation = null;
        var readOnly = false;
        foreach (var option in options)
        {
            if (option == "ro")
            {
                readOnly = true;
            }
            else if (option is "shared" or "rshared" or "slave" or "rslave" or "private" or "rprivate")
            {
                propagation = option;
            }
        }

        var isPath = source[0] is '/' or '.' or '~' || source.IndexOf('/') >= 0 || source.IndexOf('\\') >= 0;
        return new ComposeVolumeMount(isPath ? "bind" : "volume", source, parts[1], readOnly, propagation, text, scalar.Location, scalar);
    }

    // A Windows source path keeps its drive letter: C:\data:/data is C:\data and /data, as compose-go reads it.
    private static string[] SplitVolume(string text)
    {
        var parts = text.Split(':');
        if (parts.Length < 2 || parts[0].Length != 1 || !char.IsLetter(parts[0][0]) || parts[1].Length == 0 || parts[1][0] is not ('\\' or '/'))
        {
            return parts;
        }

        var joined = new string[parts.Length - 1];
        joined[0] = parts[0] + ":" + parts[1];
        Array.Copy(parts, 2, joined, 1, parts.Length - 2);
        return joined;
    }

    private List<ComposePort> ReadPorts(YamlNode node)
    {
        var items = Items(node, "ports");
        var ports = new List<ComposePort>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlScalar scalar)
            {
                if (ShortPort(scalar) is { } port)
                {
                    ports.Add(port);
                }
            }
            else if (item is YamlMapping mapping)
            {
                var target = mapping.Find("target") is { } targetEntry ? String(targetEntry) : null;
                if (target is null || !IsPortOrRange(target.Value))
                {
                    Problem(target?.Location ?? mapping.Location, "a port needs a 'target' port number");
                    continue;
                }

                var published = mapping.Find("published") is { } publishedEntry ? String(publishedEntry) : null;
                if (published is not null && !IsPortOrRange(published.Value))
                {
                    Problem(published.Location, $"'{published.Value}' is not a port or a range of ports");
                    continue;
                }

                var hostIp = mapping.Find("host_ip") is { } hostIpEntry ? String(hostIpEntry)?.Value : null;
                var protocol = mapping.Find("protocol") is { } protocolEntry ? String(protocolEntry)?.Value ?? "tcp" : "tcp";
                var mode = mapping.Find("mode") is { } modeEntry ? String(modeEntry)?.Value : null;
                var written = (hostIp is null ? string.Empty : hostIp + ":") + (published is null ? string.Empty : published.Value + ":") + target.Value + "/" + protocol;
                ports.Add(new ComposePort(hostIp, published?.Value, target.Value, protocol, mode, written, mapping.Location, mapping));
            }
            else
            {
                Problem(item, "a port must be a string, a number or a mapping");
            }
        }

        return ports;
    }

    // Docker's nat.ParsePortSpec: [IP:]HOST_PORT:CONTAINER_PORT, where an IPv6 address may be bracketed.
    private ComposePort? ShortPort(YamlScalar scalar)
    {
        var text = Value(scalar);
        var rest = text;
        var protocol = "tcp";
        var slash = rest.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = rest.Substring(slash + 1);
            rest = rest.Substring(0, slash);
        }

        var parts = rest.Split(':');
        var target = parts[parts.Length - 1];
        var published = parts.Length >= 2 && parts[parts.Length - 2].Length > 0 ? parts[parts.Length - 2] : null;
        var hostIp = parts.Length >= 3 ? string.Join(":", parts, 0, parts.Length - 2).Trim('[', ']') : null;
        if (!IsPortOrRange(target) || (published is not null && !IsPortOrRange(published)) || protocol.Length == 0)
        {
            Problem(scalar, $"{Describe(scalar)} is not a port: expected {PortSyntax}");
            return null;
        }

        return new ComposePort(hostIp is { Length: > 0 } ? hostIp : null, published, target, protocol, null, text, scalar.Location, scalar);
    }

    private static bool IsPortOrRange(string text)
    {
        var dash = text.IndexOf('-');
        return dash < 0 ? IsPort(text) : IsPort(text.Substring(0, dash)) && IsPort(text.Substring(dash + 1));
    }

    private static bool IsPort(string text) =>
        text.Length is > 0 and <= 5
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
        && port <= 65535;

    private IReadOnlyList<ComposeEnvFile> ReadEnvFiles(YamlNode node)
    {
        var files = new List<ComposeEnvFile>();
        if (IsNull(node))
        {
            return Array.Empty<ComposeEnvFile>();
        }

        foreach (var item in node is YamlScalar ? new[] { node } : Items(node, "env_file"))
        {
            ComposeValue<string>? path;
            var required = true;
            if (item is YamlMapping mapping)
            {
                path = mapping.Find("path") is { } pathEntry ? String(pathEntry) : null;
                if (mapping.Find("required") is { } requiredEntry)
                {
                    required = Boolean(requiredEntry)?.Value != false;
                }
            }
            else
            {
                path = String(item, "env_file");
            }

            if (path is null)
            {
                Problem(item, "an 'env_file' entry needs a path");
                continue;
            }

            var resolved = ComposePaths.Combine(BaseDirectory, path.Value);
            files.Add(new ComposeEnvFile(path, resolved, required, _fileExists(resolved)));
        }

        return files;
    }

    private List<ComposeResourceUse> ReadResourceUses(YamlNode node, string key)
    {
        var items = Items(node, key);
        var uses = new List<ComposeResourceUse>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlMapping mapping)
            {
                if (mapping.Find("source") is { } sourceEntry && String(sourceEntry) is { } source)
                {
                    var target = mapping.Find("target") is { } targetEntry ? String(targetEntry) : null;
                    uses.Add(new ComposeResourceUse(source, target, mapping.Location));
                }
                else
                {
                    Problem(mapping, $"a '{key}' entry needs a 'source'");
                }
            }
            else if (String(item, key) is { } name)
            {
                uses.Add(new ComposeResourceUse(name, null, item.Location));
            }
        }

        return uses;
    }

    private ComposeHealthcheck? ReadHealthcheck(YamlEntry setting)
    {
        if (setting.Value is not YamlMapping mapping)
        {
            if (!IsNull(setting.Value))
            {
                Problem(setting.Value, "'healthcheck' must be a mapping");
            }

            return null;
        }

        var healthcheck = new ComposeHealthcheck(setting.Key.Location);
        foreach (var entry in mapping.Entries)
        {
            healthcheck = entry.KeyText switch
            {
                "test" => healthcheck with { Test = ReadTest(entry.Value) },
                "disable" => healthcheck with { Disable = Boolean(entry) },
                "interval" => healthcheck with { Interval = String(entry) },
                "timeout" => healthcheck with { Timeout = String(entry) },
                "start_period" => healthcheck with { StartPeriod = String(entry) },
                "start_interval" => healthcheck with { StartInterval = String(entry) },
                "retries" => healthcheck with { Retries = Integer(entry) },
                _ => healthcheck,
            };
        }

        return healthcheck;
    }

    // A string runs in a shell (CMD-SHELL); a list gives CMD, CMD-SHELL or NONE first.
    private ComposeValue<IReadOnlyList<string>>? ReadTest(YamlNode node)
    {
        if (node is YamlScalar scalar)
        {
            return String(scalar, "test") is { } command
                ? new ComposeValue<IReadOnlyList<string>>(new[] { "CMD-SHELL", command.Value }, command.Written, command.Location)
                : null;
        }

        var words = Strings(node, "test", allowScalar: false);
        var written = new List<string>(words.Count);
        var values = new List<string>(words.Count);
        foreach (var word in words)
        {
            values.Add(word.Value);
            written.Add(word.Written);
        }

        return words.Count == 0 ? null : new ComposeValue<IReadOnlyList<string>>(values, "[" + string.Join(", ", written) + "]", node.Location);
    }

    private ComposeDeploy? ReadDeploy(YamlEntry setting)
    {
        if (setting.Value is not YamlMapping mapping)
        {
            if (!IsNull(setting.Value))
            {
                Problem(setting.Value, "'deploy' must be a mapping");
            }

            return null;
        }

        var deploy = new ComposeDeploy(setting.Key.Location);
        if (mapping.Find("resources") is { Value: YamlMapping resources })
        {
            deploy = deploy with
            {
                Limits = resources.Find("limits") is { } limits ? ReadResourceLimits(limits) : null,
                Reservations = resources.Find("reservations") is { } reservations ? ReadResourceLimits(reservations) : null,
            };
        }

        if (mapping.Find("restart_policy") is { Value: YamlMapping policyMapping } policyEntry)
        {
            var policy = new ComposeRestartPolicy(policyEntry.Key.Location);
            foreach (var entry in policyMapping.Entries)
            {
                policy = entry.KeyText switch
                {
                    "condition" => policy with { Condition = String(entry) },
                    "delay" => policy with { Delay = String(entry) },
                    "max_attempts" => policy with { MaxAttempts = Integer(entry) },
                    "window" => policy with { Window = String(entry) },
                    _ => policy,
                };
            }

            deploy = deploy with { RestartPolicy = policy };
        }

        return deploy;
    }

    private ComposeResources? ReadResourceLimits(YamlEntry setting)
    {
        if (setting.Value is not YamlMapping mapping)
        {
            return null;
        }

        var resources = new ComposeResources(setting.Key.Location);
        foreach (var entry in mapping.Entries)
        {
            resources = entry.KeyText switch
            {
                "cpus" => resources with { Cpus = String(entry) },
                "memory" => resources with { Memory = String(entry) },
                "pids" => resources with { Pids = Integer(entry) },
                _ => resources,
            };
        }

        return resources;
    }

    private List<ComposeDevice> ReadDevices(YamlNode node)
    {
        var items = Items(node, "devices");
        var devices = new List<ComposeDevice>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlMapping mapping)
            {
                var source = mapping.Find("source") is { } sourceEntry ? String(sourceEntry)?.Value : null;
                if (source is null)
                {
                    Problem(mapping, "a device needs a 'source'");
                    continue;
                }

                var target = mapping.Find("target") is { } targetEntry ? String(targetEntry)?.Value : null;
                var permissions = mapping.Find("permissions") is { } permissionsEntry ? String(permissionsEntry)?.Value : null;
                devices.Add(new ComposeDevice(source, target, permissions, target is null ? source : source + ":" + target, mapping.Location));
            }
            else if (String(item, "devices") is { } device)
            {
                var parts = device.Value.Split(':');
                devices.Add(new ComposeDevice(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null, device.Value, device.Location));
            }
        }

        return devices;
    }

    private IReadOnlyList<ComposeUlimit> ReadUlimits(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            if (!IsNull(node))
            {
                Problem(node, "'ulimits' must be a mapping");
            }

            return Array.Empty<ComposeUlimit>();
        }

        var ulimits = new List<ComposeUlimit>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is not { } name)
            {
                continue;
            }

            if (entry.Value is YamlMapping limits)
            {
                var soft = limits.Find("soft") is { } softEntry ? Integer(softEntry)?.Value : null;
                var hard = limits.Find("hard") is { } hardEntry ? Integer(hardEntry)?.Value : null;
                ulimits.Add(new ComposeUlimit(name, soft, hard, entry.Key.Location));
            }
            else if (Integer(entry) is { } single)
            {
                ulimits.Add(new ComposeUlimit(name, single.Value, single.Value, entry.Key.Location));
            }
        }

        return ulimits;
    }

    private ComposeExtends? ReadExtends(YamlNode node)
    {
        if (node is YamlScalar scalar)
        {
            return String(scalar, "extends") is { } service ? new ComposeExtends(service, null, node.Location) : null;
        }

        if (node is YamlMapping mapping && mapping.Find("service") is { } serviceEntry && String(serviceEntry) is { } name)
        {
            var file = mapping.Find("file") is { } fileEntry ? String(fileEntry) : null;
            return new ComposeExtends(name, file, node.Location);
        }

        Problem(node, "'extends' must be a service name or a mapping with 'service'");
        return null;
    }

    private List<ComposeDependency> ReadDependencies(YamlNode node)
    {
        var dependencies = new List<ComposeDependency>();
        if (node is YamlMapping mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                if (entry.Key is not YamlScalar key)
                {
                    continue;
                }

                var condition = "service_started";
                var required = true;
                Location? conditionLocation = null;
                if (entry.Value is YamlMapping options)
                {
                    if (options.Find("condition") is { } conditionEntry && String(conditionEntry) is { } written)
                    {
                        (condition, conditionLocation) = (written.Value, written.Location);
                    }

                    required = options.Find("required") is not { } requiredEntry || Boolean(requiredEntry)?.Value != false;
                }

                dependencies.Add(new ComposeDependency(new ComposeValue<string>(key.Value, key.Value, key.Location), condition, required, entry.Key.Location, conditionLocation));
            }

            return dependencies;
        }

        foreach (var name in Strings(node, "depends_on", allowScalar: false))
        {
            dependencies.Add(new ComposeDependency(name, "service_started", true, name.Location));
        }

        return dependencies;
    }

    // networks: a list of names, or a mapping whose keys are the names.
    private IReadOnlyList<ComposeValue<string>> Names(YamlNode node, string key)
    {
        if (node is not YamlMapping mapping)
        {
            return Strings(node, key, allowScalar: false);
        }

        var names = new List<ComposeValue<string>>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar name)
            {
                names.Add(new ComposeValue<string>(name.Value, name.Value, name.Location));
            }
        }

        return names;
    }

    // A mapping of NAME: value, or a list of "NAME=value" / "NAME".
    private List<ComposeKeyValue> KeyValues(YamlNode node, string key)
    {
        if (node is YamlMapping mapping)
        {
            var pairs = new List<ComposeKeyValue>(mapping.Entries.Count);
            foreach (var entry in mapping.Entries)
            {
                if (entry.Key is not YamlScalar name)
                {
                    continue;
                }

                if (entry.Value is YamlScalar value)
                {
                    pairs.Add(value.IsNull
                        ? new ComposeKeyValue(name.Value, null, null, name.Location, null)
                        : new ComposeKeyValue(name.Value, Value(value), value.Value, name.Location, value.Location));
                }
                else
                {
                    Problem(entry.Value, $"the value of '{name.Value}' must be a string, a number or a boolean");
                }
            }

            return pairs;
        }

        var items = Items(node, key);
        var list = new List<ComposeKeyValue>(items.Count);
        foreach (var item in items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull)
            {
                Problem(item, $"a '{key}' entry must be NAME=value");
                continue;
            }

            var interpolated = Value(scalar);
            var written = scalar.Value;
            var writtenEquals = written.IndexOf('=');
            var equals = interpolated.IndexOf('=');
            var nameLength = writtenEquals >= 0 ? writtenEquals : written.Length;
            var nameLocation = scalar.GetLocation(0, nameLength);
            if (equals < 0)
            {
                list.Add(new ComposeKeyValue(interpolated, null, null, nameLocation, null));
            }
            else
            {
                var writtenValue = writtenEquals >= 0 ? written.Substring(writtenEquals + 1) : string.Empty;
                var valueLocation = scalar.GetLocation(nameLength + 1, writtenValue.Length);
                list.Add(new ComposeKeyValue(interpolated.Substring(0, equals), interpolated.Substring(equals + 1), writtenValue, nameLocation, valueLocation));
            }
        }

        return list;
    }

    private IReadOnlyList<ComposeValue<string>> Strings(YamlNode node, string key, bool allowScalar)
    {
        if (node is YamlScalar scalar && (allowScalar || scalar.IsNull))
        {
            return String(scalar, key) is { } single ? new[] { single } : Array.Empty<ComposeValue<string>>();
        }

        var items = Items(node, key);
        var values = new List<ComposeValue<string>>(items.Count);
        foreach (var item in items)
        {
            if (String(item, key) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private IReadOnlyList<YamlNode> Items(YamlNode node, string key)
    {
        if (node is YamlSequence sequence)
        {
            return sequence.Items;
        }

        if (!IsNull(node))
        {
            Problem(node, $"'{key}' must be a list");
        }

        return Array.Empty<YamlNode>();
    }

    private ComposeValue<string>? String(YamlNode node, string? key)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? null : new ComposeValue<string>(Value(scalar), scalar.Value, scalar.Location);
        }

        Problem(node, $"'{key}' must be a string");
        return null;
    }

    private ComposeValue<bool>? Boolean(YamlEntry entry)
    {
        if (String(entry) is not { } text)
        {
            return null;
        }

        // Go's strconv.ParseBool, which Compose applies to strings, and YAML's true/false in any case.
        switch (text.Value.ToUpperInvariant())
        {
            case "TRUE" or "T" or "1":
                return new ComposeValue<bool>(true, text.Written, text.Location);
            case "FALSE" or "F" or "0":
                return new ComposeValue<bool>(false, text.Written, text.Location);
            default:
                Problem(text.Location, $"'{entry.KeyText}' must be true or false, not '{text.Value}'");
                return null;
        }
    }

    private ComposeValue<long>? Integer(YamlEntry entry)
    {
        if (String(entry) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return new ComposeValue<long>(number, text.Written, text.Location);
        }

        Problem(text.Location, $"'{entry.KeyText}' must be a whole number, not '{text.Value}'");
        return null;
    }

    // The value in quotes, and what interpolation made of it when that differs.
    private string Describe(YamlScalar scalar)
    {
        var value = Value(scalar);
        return string.Equals(value, scalar.Value, StringComparison.Ordinal) ? $"'{value}'" : $"'{scalar.Value}' ('{value}' after interpolation)";
    }

    private string Value(YamlScalar scalar) => _interpolated.TryGetValue(scalar, out var value) ? value : scalar.Value;

    // The settings of one service as they are read, so that the record is made once rather than copied for each key.
    private sealed class ServiceDraft
    {
        public ComposeValue<string>? LegacyDockerfile { get; set; }

        public ComposeValue<string>? Image { get; set; }

        public ComposeBuild? Build { get; set; }

        public ComposeValue<string>? ContainerName { get; set; }

        public ComposeValue<string>? PullPolicy { get; set; }

        public ComposeValue<string>? User { get; set; }

        public ComposeValue<bool>? Privileged { get; set; }

        public IReadOnlyList<ComposeValue<string>> CapAdd { get; set; } = Array.Empty<ComposeValue<string>>();

        public IReadOnlyList<ComposeValue<string>> CapDrop { get; set; } = Array.Empty<ComposeValue<string>>();

        public IReadOnlyList<ComposeValue<string>> SecurityOpt { get; set; } = Array.Empty<ComposeValue<string>>();

        public ComposeValue<string>? NetworkMode { get; set; }

        public IReadOnlyList<ComposeValue<string>> Networks { get; set; } = Array.Empty<ComposeValue<string>>();

        public ComposeValue<string>? Pid { get; set; }

        public ComposeValue<string>? Ipc { get; set; }

        public ComposeValue<string>? Uts { get; set; }

        public ComposeValue<string>? UsernsMode { get; set; }

        public IReadOnlyList<ComposeVolumeMount> Volumes { get; set; } = Array.Empty<ComposeVolumeMount>();

        public IReadOnlyList<ComposePort> Ports { get; set; } = Array.Empty<ComposePort>();

        public IReadOnlyList<ComposeValue<string>> Expose { get; set; } = Array.Empty<ComposeValue<string>>();

        public IReadOnlyList<ComposeKeyValue> Environment { get; set; } = Array.Empty<ComposeKeyValue>();

        public IReadOnlyList<ComposeEnvFile> EnvFiles { get; set; } = Array.Empty<ComposeEnvFile>();

        public IReadOnlyList<ComposeResourceUse> Secrets { get; set; } = Array.Empty<ComposeResourceUse>();

        public IReadOnlyList<ComposeResourceUse> Configs { get; set; } = Array.Empty<ComposeResourceUse>();

        public ComposeHealthcheck? Healthcheck { get; set; }

        public ComposeValue<bool>? ReadOnly { get; set; }

        public ComposeValue<string>? Restart { get; set; }

        public ComposeDeploy? Deploy { get; set; }

        public ComposeValue<string>? MemLimit { get; set; }

        public ComposeValue<string>? Cpus { get; set; }

        public ComposeValue<long>? PidsLimit { get; set; }

        public IReadOnlyList<ComposeDevice> Devices { get; set; } = Array.Empty<ComposeDevice>();

        public IReadOnlyList<ComposeKeyValue> Sysctls { get; set; } = Array.Empty<ComposeKeyValue>();

        public IReadOnlyList<ComposeUlimit> Ulimits { get; set; } = Array.Empty<ComposeUlimit>();

        public IReadOnlyList<ComposeValue<string>> Tmpfs { get; set; } = Array.Empty<ComposeValue<string>>();

        public ComposeExtends? Extends { get; set; }

        public IReadOnlyList<ComposeValue<string>> Profiles { get; set; } = Array.Empty<ComposeValue<string>>();

        public IReadOnlyList<ComposeDependency> DependsOn { get; set; } = Array.Empty<ComposeDependency>();

        public ComposeService ToService(string name, Location location) => new(name, location)
        {
            Image = Image,
            Build = Build,
            ContainerName = ContainerName,
            PullPolicy = PullPolicy,
            User = User,
            Privileged = Privileged,
            CapAdd = CapAdd,
            CapDrop = CapDrop,
            SecurityOpt = SecurityOpt,
            NetworkMode = NetworkMode,
            Networks = Networks,
            Pid = Pid,
            Ipc = Ipc,
            Uts = Uts,
            UsernsMode = UsernsMode,
            Volumes = Volumes,
            Ports = Ports,
            Expose = Expose,
            Environment = Environment,
            EnvFiles = EnvFiles,
            Secrets = Secrets,
            Configs = Configs,
            Healthcheck = Healthcheck,
            ReadOnly = ReadOnly,
            Restart = Restart,
            Deploy = Deploy,
            MemLimit = MemLimit,
            Cpus = Cpus,
            PidsLimit = PidsLimit,
            Devices = Devices,
            Sysctls = Sysctls,
            Ulimits = Ulimits,
            Tmpfs = Tmpfs,
            Extends = Extends,
            Profiles = Profiles,
            DependsOn = DependsOn,
        };
    }

    private static bool IsNull(YamlNode node) => node is YamlScalar { IsNull: true };

    private void Problem(YamlNode node, string message) => Problem(node.Location, message);

    private void Problem(Location location, string message) => _problems.Add(new ComposeProblem(ComposeProblemKind.InvalidValue, message, location));
}

/// <summary>A service as one document defines it, and the keys it resets (<c>!reset</c>) or replaces (<c>!override</c>) when merged.</summary>
internal sealed record ServiceDefinition(ComposeService Service, HashSet<string> Resets, HashSet<string> Overrides, bool IsReset);
