using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Host;
using Seaworthy.Text;

namespace Seaworthy.Workloads;

/// <summary>
/// Describes each container of a Docker Engine as a <see cref="ContainerSpec"/> (<see cref="ContainerRole.EngineContainer"/>)
/// from its inspect data, so the container rules written for Compose and Kubernetes check running and stopped
/// containers too (CIS Docker Benchmark section 5). The engine states every setting, so runtime settings are
/// always filled; the image's user, health check, environment and exposed ports apply where the container's own
/// configuration is empty. A container that is not running is described as <c>Container 'name' (stopped)</c>.
/// </summary>
/// <remarks>
/// An engine setting has no place in a file: every location is the snapshot's origin (the endpoint), and the
/// host audit reports findings on the container as their target.
/// </remarks>
public static class EngineContainerAdapter
{
    /// <summary>One container per container of <paramref name="snapshot"/>, in the same order.</summary>
    public static IReadOnlyList<ContainerSpec> Describe(HostSnapshot snapshot)
    {
        var images = new Dictionary<string, EngineImage>(StringComparer.Ordinal);
        foreach (var image in snapshot.Images)
        {
            images[image.Id] = image;
        }

        // A daemon started with --no-new-privileges applies it to every container without writing it into SecurityOpt.
        var daemonWide = DaemonOptions.From(snapshot).Boolean("no-new-privileges") == true;

        // Without AppArmor on the host no container has a profile, and none could have one.
        var hostHasAppArmor = snapshot.Info?.HasSecurityOption("apparmor") ?? true;
        var origin = Location.FileStart(Origin(snapshot));
        var containers = new List<ContainerSpec>(snapshot.Containers.Count);
        foreach (var container in snapshot.Containers)
        {
            var image = container.ImageId is { } id && images.TryGetValue(id, out var found) ? found : null;
            containers.Add(Describe(container, image, origin, daemonWide, hostHasAppArmor));
        }

        return containers;
    }

    /// <summary>
    /// The container <paramref name="container"/>, with <paramref name="image"/> (when known) filling what the container
    /// does not set; <paramref name="location"/> is the location every setting carries. <paramref name="daemonNoNewPrivileges"/>
    /// says the daemon refuses new privileges to every container; <paramref name="hostHasAppArmor"/> that a container
    /// without an AppArmor profile runs unconfined (rather than on a host without AppArmor, where no profile applies).
    /// </summary>
    public static ContainerSpec Describe(EngineContainer container, EngineImage? image, Location location, bool daemonNoNewPrivileges = false, bool hostHasAppArmor = true)
    {
        var description = $"Container '{container.Name}'" + (container.Running ? string.Empty : " (stopped)");
        var user = NonEmpty(container.User) ?? NonEmpty(image?.User);
        var healthcheck = container.Healthcheck ?? image?.Healthcheck;
        var environment = new List<EnvironmentVariable>();
        foreach (var entry in container.Env.Count > 0 ? container.Env : image?.Env ?? Array.Empty<string>())
        {
            var equals = entry.IndexOf('=');
            var name = equals < 0 ? entry : entry.Substring(0, equals);
            var value = equals < 0 ? null : entry.Substring(equals + 1);
            environment.Add(new EnvironmentVariable(name, value, location, value is null ? null : location, EnvironmentSource.Environment));
        }

        var exposed = new List<Setting<string>>();
        foreach (var port in container.ExposedPorts.Count > 0 ? container.ExposedPorts : image?.ExposedPorts ?? Array.Empty<string>())
        {
            exposed.Add(new Setting<string>(port, location));
        }

        return new ContainerSpec(
            container.Name,
            description,
            ContainerRole.EngineContainer,
            location,
            new ContainerImage(container.Image, container.Image, location, IsResolved: true),
            user is null ? null : new Setting<string>(user, location),
            healthcheck is null ? null : new HealthcheckSetting(healthcheck.IsDisabled, location),
            environment,
            exposed)
        {
            Runtime = Runtime(container, location, daemonNoNewPrivileges, hostHasAppArmor),
        };
    }

    private static RuntimeSettings Runtime(EngineContainer container, Location location, bool daemonNoNewPrivileges, bool hostHasAppArmor)
    {
        var host = container.HostConfig;
        Setting<string>? Mode(string value) => value.Length == 0 ? null : new Setting<string>(value, location);

        return new RuntimeSettings
        {
            Privileged = new Setting<bool>(host.Privileged, location),
            NoNewPrivileges = NoNewPrivileges(host.SecurityOpt, daemonNoNewPrivileges) is { } refused ? new Setting<bool>(refused, location) : null,
            AddedCapabilities = Capabilities(host.CapAdd, location),
            DroppedCapabilities = Capabilities(host.CapDrop, location),
            NetworkMode = Mode(host.NetworkMode),
            PidMode = Mode(host.PidMode),
            IpcMode = Mode(host.IpcMode),
            UtsMode = Mode(host.UtsMode),
            UsernsMode = Mode(host.UsernsMode),
            Mounts = Mounts(container.Mounts, location),
            ReadOnlyRootFilesystem = new Setting<bool>(host.ReadonlyRootfs, location),
            MemoryLimit = new Setting<string>(host.Memory.ToString(CultureInfo.InvariantCulture), location),
            CpuLimit = new Setting<string>(Cpus(host), location),
            PidsLimit = new Setting<string>((host.PidsLimit ?? 0).ToString(CultureInfo.InvariantCulture), location),
            SeccompProfile = SecurityOption(host.SecurityOpt, "seccomp") is { } seccomp ? new Setting<string>(seccomp, location) : null,
            AppArmorProfile = AppArmor(container, hostHasAppArmor) is { } profile ? new Setting<string>(profile, location) : null,
            AppArmorUnsupported = !hostHasAppArmor,
            PublishedPorts = Ports(container, location),
            Devices = Devices(host.Devices, location),
            RestartPolicy = host.RestartPolicy.Length == 0
                ? null
                : new RestartPolicySetting(host.RestartPolicy, host.MaximumRetryCount > 0 ? host.MaximumRetryCount : null, location),
        };
    }

    private static string Origin(HostSnapshot snapshot) => snapshot.Endpoint.Length > 0 ? snapshot.Endpoint : "docker-engine";

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // "no-new-privileges", "no-new-privileges:true" and "no-new-privileges=true" refuse; ":false" allows.
    private static bool? NoNewPrivileges(IReadOnlyList<string> securityOptions, bool daemonWide)
    {
        foreach (var option in securityOptions)
        {
            if (option == "no-new-privileges")
            {
                return true;
            }

            if (option.StartsWith("no-new-privileges", StringComparison.Ordinal) && option.Length > 17 && option[17] is ':' or '=')
            {
                return !string.Equals(option.Substring(18), "false", StringComparison.OrdinalIgnoreCase);
            }
        }

        return daemonWide ? true : null;
    }

    // "seccomp=unconfined" or the older "seccomp:unconfined".
    private static string? SecurityOption(IReadOnlyList<string> securityOptions, string name)
    {
        foreach (var option in securityOptions)
        {
            if (option.Length > name.Length && option.StartsWith(name, StringComparison.Ordinal) && option[name.Length] is '=' or ':')
            {
                return option.Substring(name.Length + 1).ToLowerInvariant();
            }
        }

        return null;
    }

    // On a host with AppArmor, a container without a profile (privileged, or switched off) runs unconfined.
    private static string? AppArmor(EngineContainer container, bool hostHasAppArmor) =>
        SecurityOption(container.HostConfig.SecurityOpt, "apparmor")
        ?? (container.AppArmorProfile.Length > 0 ? container.AppArmorProfile.ToLowerInvariant() : hostHasAppArmor ? "unconfined" : null);

    private static List<Setting<string>> Capabilities(IReadOnlyList<string> capabilities, Location location)
    {
        var normalised = new List<Setting<string>>(capabilities.Count);
        foreach (var capability in capabilities)
        {
            normalised.Add(new Setting<string>(RuntimeSettings.CapabilityName(capability), location));
        }

        return normalised;
    }

    private static List<MountSetting> Mounts(IReadOnlyList<EngineMount> mounts, Location location)
    {
        var settings = new List<MountSetting>(mounts.Count);
        foreach (var mount in mounts)
        {
            var kind = mount.Type switch
            {
                "bind" => MountKind.HostPath,
                "volume" => MountKind.Volume,
                "tmpfs" => MountKind.Tmpfs,
                _ => MountKind.Other,
            };
            var source = kind switch
            {
                MountKind.HostPath => mount.Source,
                MountKind.Volume => mount.Name ?? mount.Source,
                _ => NonEmpty(mount.Source),
            };
            settings.Add(new MountSetting(kind, source, mount.Destination, !mount.RW, NonEmpty(mount.Propagation), location));
        }

        return settings;
    }

    // NanoCpus (--cpus) or a CFS quota, in CPUs; "0" when neither limits the container.
    private static string Cpus(EngineHostConfig host)
    {
        if (host.NanoCpus > 0)
        {
            return (host.NanoCpus / 1e9).ToString(CultureInfo.InvariantCulture);
        }

        return host.CpuQuota > 0 ? (host.CpuQuota / 100000.0).ToString(CultureInfo.InvariantCulture) : "0";
    }

    // The bindings in force for a running container, else the ones it asks for; every interface is a null host IP,
    // and the IPv4 and IPv6 wildcard bindings of one port are one published port.
    private static List<PublishedPort> Ports(EngineContainer container, Location location)
    {
        var bindings = container.Running && container.Ports.Count > 0 ? container.Ports : container.HostConfig.PortBindings;
        var ports = new List<PublishedPort>();
        var seen = new HashSet<(string?, string?, string, string)>();
        foreach (var pair in bindings)
        {
            var slash = pair.Key.IndexOf('/');
            var containerPort = slash < 0 ? pair.Key : pair.Key.Substring(0, slash);
            var protocol = slash < 0 ? "tcp" : pair.Key.Substring(slash + 1);
            foreach (var binding in pair.Value)
            {
                var hostIp = PublishedPort.HostAddress(binding.HostIp);
                var hostPort = NonEmpty(binding.HostPort);
                if (seen.Add((hostIp, hostPort, containerPort, protocol)))
                {
                    ports.Add(new PublishedPort(hostIp, hostPort, containerPort, protocol, location));
                }
            }
        }

        return ports;
    }

    private static List<Setting<string>> Devices(IReadOnlyList<EngineDevice> devices, Location location)
    {
        var settings = new List<Setting<string>>(devices.Count);
        foreach (var device in devices)
        {
            settings.Add(new Setting<string>(device.PathOnHost, location));
        }

        return settings;
    }
}
