using System;
using System.Collections.Generic;
using System.IO;
using Seaworthy.Compose;
using Seaworthy.Dockerfile;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Workloads;

/// <summary>
/// Describes each Compose service as a <see cref="ContainerSpec"/> (<see cref="ContainerRole.Service"/>). A service
/// with <c>build:</c> is linked to the Dockerfile it builds: its final stage, or the <c>target</c> stage, supplies
/// the image, the user and the health check wherever the service's own keys do not, and those settings keep
/// their location in the Dockerfile, so a finding points at the file that decides.
/// </summary>
/// <remarks>
/// The environment is the service's <c>environment</c> and <c>build.args</c> with the values the Compose file
/// itself writes: a variable that comes from <c>.env</c> or the shell (<c>${DB_PASSWORD}</c>, or a name without a
/// value) contributes nothing, since no secret is written in the file; a default (<c>${DB_PASSWORD:-hunter2}</c>)
/// is written there and counts.
/// </remarks>
public static class ComposeContainerAdapter
{
    /// <summary>
    /// One container per service of <paramref name="project"/>, in the same order. <paramref name="readDockerfile"/>
    /// parses the Dockerfile at a path, or gives null when there is none to read; <paramref name="buildArguments"/>
    /// are ARG values that apply below the service's <c>build.args</c>.
    /// </summary>
    public static IReadOnlyList<ContainerSpec> Describe(ComposeProject project, Func<string, DockerfileSyntax?> readDockerfile, IReadOnlyDictionary<string, string>? buildArguments = null)
    {
        var containers = new List<ContainerSpec>(project.Services.Count);
        foreach (var service in project.Services)
        {
            containers.Add(Describe(project, service, readDockerfile, buildArguments));
        }

        return containers;
    }

    /// <summary>
    /// The container of one <paramref name="service"/> of <paramref name="project"/>, as <see cref="Describe(ComposeProject, Func{string, DockerfileSyntax?}, IReadOnlyDictionary{string, string}?)"/>
    /// gives it, for a caller that looks at one service at a time.
    /// </summary>
    public static ContainerSpec Describe(ComposeProject project, ComposeService service, Func<string, DockerfileSyntax?> readDockerfile, IReadOnlyDictionary<string, string>? buildArguments = null)
    {
        var built = Link(project, service, readDockerfile, buildArguments);
        var description = $"Service '{service.Name}'";
        if (built is not null)
        {
            description += $" (built from {built.Value.DisplayPath}{(service.Build?.Target is { } target ? $", stage '{target.Value}'" : string.Empty)})";
        }

        ContainerImage? image = null;
        if (built is not null)
        {
            image = built.Value.Image;
        }
        else if (service.Build is null && service.Image is { } written)
        {
            image = new ContainerImage(written.Value, written.Written, written.Location, IsResolved(project, written));
        }

        var user = service.User is { } serviceUser ? new Setting<string>(serviceUser.Value, serviceUser.Location) : built?.Stage.User;
        var environment = new List<EnvironmentVariable>();
        Add(environment, service.Environment, EnvironmentSource.Environment);
        if (service.Build is { } build)
        {
            Add(environment, build.Args, EnvironmentSource.BuildArgument);
        }

        var ports = new List<Setting<string>>();
        foreach (var expose in service.Expose)
        {
            ports.Add(new Setting<string>(expose.Value, expose.Location));
        }

        foreach (var port in service.Ports)
        {
            ports.Add(new Setting<string>(port.Target, port.Location));
        }

        if (built is not null)
        {
            ports.AddRange(built.Value.Stage.ExposedPorts);
        }

        return new ContainerSpec(service.Name, description, ContainerRole.Service, service.Definition, image, user, Healthcheck(service, built?.Stage), environment, ports)
        {
            Runtime = Runtime(service),
            BuiltFrom = built?.Path,
            Node = ServiceNode(project, service),
        };
    }

    // The service's mapping in the file whose key defines it.
    private static YamlMapping? ServiceNode(ComposeProject project, ComposeService service)
    {
        foreach (var file in project.Files)
        {
            if (string.Equals(file.Path, service.Definition.Path, StringComparison.Ordinal))
            {
                return YamlEdits.FindMappingUnderKey(file, service.Definition.Span);
            }
        }

        return null;
    }

    private static RuntimeSettings Runtime(ComposeService service)
    {
        Setting<bool>? noNewPrivileges = null;
        Setting<string>? seccomp = null;
        Setting<string>? apparmor = null;
        foreach (var option in service.SecurityOpt)
        {
            // docker accepts both `name:value` and `name=value`; a bare `no-new-privileges` means true.
            var colon = option.Value.IndexOf(':');
            var equals = option.Value.IndexOf('=');
            var separator = colon < 0 || (equals >= 0 && equals < colon) ? equals : colon;
            var name = (separator < 0 ? option.Value : option.Value.Substring(0, separator)).Trim().ToLowerInvariant();
            var value = separator < 0 ? string.Empty : option.Value.Substring(separator + 1).Trim();
            switch (name)
            {
                case "no-new-privileges":
                    noNewPrivileges = new Setting<bool>(value.Length == 0 || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase), option.Location);
                    break;
                case "seccomp":
                    seccomp = new Setting<string>(Profile(value), option.Location);
                    break;
                case "apparmor":
                    apparmor = new Setting<string>(Profile(value), option.Location);
                    break;
            }
        }

        var limits = service.Deploy?.Limits;
        return new RuntimeSettings
        {
            Privileged = Setting(service.Privileged),
            NoNewPrivileges = noNewPrivileges,
            AddedCapabilities = Capabilities(service.CapAdd),
            DroppedCapabilities = Capabilities(service.CapDrop),
            NetworkMode = Setting(service.NetworkMode),
            PidMode = Setting(service.Pid),
            IpcMode = Setting(service.Ipc),
            UtsMode = Setting(service.Uts),
            UsernsMode = Setting(service.UsernsMode),
            Mounts = Mounts(service),
            ReadOnlyRootFilesystem = Setting(service.ReadOnly),
            MemoryLimit = Setting(limits?.Memory ?? service.MemLimit),
            CpuLimit = Setting(limits?.Cpus ?? service.Cpus),
            PidsLimit = limits?.Pids is { } pids ? new Setting<string>(pids.Written, pids.Location)
                : service.PidsLimit is { } pidsLimit ? new Setting<string>(pidsLimit.Written, pidsLimit.Location) : null,
            SeccompProfile = seccomp,
            AppArmorProfile = apparmor,
            PublishedPorts = PublishedPorts(service),
            Devices = Devices(service),
            RestartPolicy = RestartPolicy(service),
        };
    }

    private static Setting<T>? Setting<T>(ComposeValue<T>? value) => value is null ? null : new Setting<T>(value.Value, value.Location);

    private static string Profile(string value) =>
        string.Equals(value, "unconfined", StringComparison.OrdinalIgnoreCase) ? "unconfined" : value;

    private static List<Setting<string>> Capabilities(IReadOnlyList<ComposeValue<string>> written)
    {
        var capabilities = new List<Setting<string>>(written.Count);
        foreach (var capability in written)
        {
            capabilities.Add(new Setting<string>(RuntimeSettings.CapabilityName(capability.Value), capability.Location));
        }

        return capabilities;
    }

    private static List<MountSetting> Mounts(ComposeService service)
    {
        var mounts = new List<MountSetting>(service.Volumes.Count + service.Tmpfs.Count);
        foreach (var volume in service.Volumes)
        {
            var kind = volume.Type switch
            {
                "bind" => MountKind.HostPath,
                "volume" => MountKind.Volume,
                "tmpfs" => MountKind.Tmpfs,
                _ => MountKind.Other,
            };
            mounts.Add(new MountSetting(kind, volume.Source, volume.Target, volume.ReadOnly, volume.Propagation, volume.Location));
        }

        foreach (var tmpfs in service.Tmpfs)
        {
            var colon = tmpfs.Value.IndexOf(':');
            mounts.Add(new MountSetting(MountKind.Tmpfs, null, colon < 0 ? tmpfs.Value : tmpfs.Value.Substring(0, colon), false, null, tmpfs.Location));
        }

        return mounts;
    }

    private static List<PublishedPort> PublishedPorts(ComposeService service)
    {
        var ports = new List<PublishedPort>(service.Ports.Count);
        foreach (var port in service.Ports)
        {
            ports.Add(new PublishedPort(PublishedPort.HostAddress(port.HostIp), port.Published, port.Target, port.Protocol, port.Location));
        }

        return ports;
    }

    private static List<Setting<string>> Devices(ComposeService service)
    {
        var devices = new List<Setting<string>>(service.Devices.Count);
        foreach (var device in service.Devices)
        {
            devices.Add(new Setting<string>(device.Source, device.Location));
        }

        return devices;
    }

    // `restart:` is what docker compose applies; `deploy.restart_policy` is Swarm's and counts when `restart:` is absent.
    private static RestartPolicySetting? RestartPolicy(ComposeService service)
    {
        if (service.Restart is { } restart)
        {
            var value = restart.Value.Trim();
            var colon = value.IndexOf(':');
            var name = colon < 0 ? value : value.Substring(0, colon);
            long? retries = colon >= 0 && long.TryParse(value.Substring(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            return new RestartPolicySetting(name, retries, restart.Location);
        }

        if (service.Deploy?.RestartPolicy is { } policy)
        {
            var condition = policy.Condition?.Value ?? "any";
            var name = condition switch
            {
                "any" => "always",
                "none" => "no",
                _ => condition,
            };
            return new RestartPolicySetting(name, policy.MaxAttempts?.Value, policy.Condition?.Location ?? policy.Location);
        }

        return null;
    }

    // The service's health check decides when it sets a test or disables the check; otherwise the Dockerfile's.
    // One that only tunes timing adjusts the image's own check, which counts as defined unless the Dockerfile is
    // at hand and has none.
    private static HealthcheckSetting? Healthcheck(ComposeService service, ContainerSpec? stage)
    {
        var healthcheck = service.Healthcheck;
        if (healthcheck is { IsDisabled: true })
        {
            var decidedBy = healthcheck.Disable is { Value: true } disable ? disable.Location : healthcheck.Test?.Location ?? healthcheck.Location;
            return new HealthcheckSetting(true, decidedBy);
        }

        if (healthcheck?.Test is not null)
        {
            return new HealthcheckSetting(false, healthcheck.Location);
        }

        if (stage?.Healthcheck is { } fromDockerfile)
        {
            return fromDockerfile;
        }

        return healthcheck is not null && stage is null ? new HealthcheckSetting(false, healthcheck.Location) : null;
    }

    private static void Add(List<EnvironmentVariable> environment, IReadOnlyList<ComposeKeyValue> pairs, EnvironmentSource source)
    {
        foreach (var pair in pairs)
        {
            environment.Add(new EnvironmentVariable(pair.Name, LiteralValue(pair), pair.NameLocation, pair.ValueLocation, source));
        }
    }

    private static string LiteralValue(ComposeKeyValue pair)
    {
        if (pair.Written is not { } written)
        {
            return string.Empty;
        }

        if (!ComposeInterpolator.HasReferences(written))
        {
            return pair.Value ?? written;
        }

        var literal = ComposeInterpolator.Interpolate(written, _ => null);
        return literal.Error is null ? literal.Value : written;
    }

    // An image whose variables have no value (or whose interpolation failed) is only known when the project runs.
    private static bool IsResolved(ComposeProject project, ComposeValue<string> image)
    {
        if (image.Value.Length == 0 || image.Value.EndsWith(":", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var variable in project.VariablesWithin(image.Location))
        {
            if (variable is { IsSet: false, Operator: "" or ":?" or "?" })
            {
                return false;
            }
        }

        return true;
    }

    private static BuiltImage? Link(ComposeProject project, ComposeService service, Func<string, DockerfileSyntax?> readDockerfile, IReadOnlyDictionary<string, string>? buildArguments)
    {
        if (service.Build is not { DockerfilePath: { } path } build || readDockerfile(path) is not { } syntax)
        {
            return null;
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (buildArguments is not null)
        {
            foreach (var pair in buildArguments)
            {
                arguments[pair.Key] = pair.Value;
            }
        }

        foreach (var arg in build.Args)
        {
            if (arg.Value is { } value)
            {
                arguments[arg.Name] = value;
            }
        }

        var model = DockerfileModel.Create(syntax, arguments, targetStage: build.Target?.Value);
        if (model.TargetStage is not { } stage)
        {
            return null;
        }

        var stages = DockerfileContainerAdapter.Describe(model);
        return new BuiltImage(stages[stage.Index], stages[stage.Chain[0].Index].Image, syntax.Text.Path, DisplayPath(project.ProjectDirectory, path));
    }

    private static string DisplayPath(string projectDirectory, string path)
    {
        var prefix = projectDirectory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? projectDirectory : projectDirectory + Path.DirectorySeparatorChar;
        return projectDirectory != "." && path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path;
    }

    private readonly record struct BuiltImage(ContainerSpec Stage, ContainerImage? Image, string Path, string DisplayPath);
}
