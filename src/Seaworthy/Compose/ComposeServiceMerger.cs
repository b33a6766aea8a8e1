using System;
using System.Collections.Generic;

namespace Seaworthy.Compose;

/// <summary>
/// Merges a service definition onto another as compose-go's <c>override</c> package does for overrides and
/// <c>extends</c>: a value replaces the one below it; lists are appended, and an entry that names the same thing
/// as an earlier one (the same port binding, mount target, variable, capability, ...) replaces it in place;
/// <c>build</c>, <c>healthcheck</c> and <c>deploy</c> merge key by key, and <c>healthcheck.test</c> replaces.
/// <c>!reset</c> removes the value below; <c>!override</c> replaces it whole.
/// </summary>
internal static class ComposeServiceMerger
{
    /// <summary><paramref name="over"/> merged onto <paramref name="below"/>; the name and definition stay <paramref name="below"/>'s.</summary>
    public static ComposeService Merge(ComposeService below, ServiceDefinition over)
    {
        var o = over.Service;
        var merge = new Merger(over);
        return below with
        {
            Image = merge.Value("image", below.Image, o.Image),
            Build = merge.Nested("build", below.Build, o.Build, MergeBuild),
            ContainerName = merge.Value("container_name", below.ContainerName, o.ContainerName),
            PullPolicy = merge.Value("pull_policy", below.PullPolicy, o.PullPolicy),
            User = merge.Value("user", below.User, o.User),
            Privileged = merge.Value("privileged", below.Privileged, o.Privileged),
            CapAdd = merge.List("cap_add", below.CapAdd, o.CapAdd, value => value.Value),
            CapDrop = merge.List("cap_drop", below.CapDrop, o.CapDrop, value => value.Value),
            SecurityOpt = merge.List("security_opt", below.SecurityOpt, o.SecurityOpt, value => value.Value),
            NetworkMode = merge.Value("network_mode", below.NetworkMode, o.NetworkMode),
            Networks = merge.List("networks", below.Networks, o.Networks, value => value.Value),
            Pid = merge.Value("pid", below.Pid, o.Pid),
            Ipc = merge.Value("ipc", below.Ipc, o.Ipc),
            Uts = merge.Value("uts", below.Uts, o.Uts),
            UsernsMode = merge.Value("userns_mode", below.UsernsMode, o.UsernsMode),
            Volumes = merge.List("volumes", below.Volumes, o.Volumes, mount => mount.Target),
            Ports = merge.List("ports", below.Ports, o.Ports, port => port.HostIp + "|" + port.Published + "|" + port.Target + "/" + port.Protocol),
            Expose = merge.List("expose", below.Expose, o.Expose, value => value.Value),
            Environment = merge.List("environment", below.Environment, o.Environment, pair => pair.Name),
            EnvFiles = merge.List("env_file", below.EnvFiles, o.EnvFiles, file => file.ResolvedPath),
            Secrets = merge.List("secrets", below.Secrets, o.Secrets, use => use.Target?.Value ?? "/run/secrets/" + use.Source.Value),
            Configs = merge.List("configs", below.Configs, o.Configs, use => use.Target?.Value ?? "/" + use.Source.Value),
            Healthcheck = merge.Nested("healthcheck", below.Healthcheck, o.Healthcheck, MergeHealthcheck),
            ReadOnly = merge.Value("read_only", below.ReadOnly, o.ReadOnly),
            Restart = merge.Value("restart", below.Restart, o.Restart),
            Deploy = merge.Nested("deploy", below.Deploy, o.Deploy, MergeDeploy),
            MemLimit = merge.Value("mem_limit", below.MemLimit, o.MemLimit),
            Cpus = merge.Value("cpus", below.Cpus, o.Cpus),
            PidsLimit = merge.Value("pids_limit", below.PidsLimit, o.PidsLimit),
            Devices = merge.List("devices", below.Devices, o.Devices, device => device.Target ?? device.Source),
            Sysctls = merge.List("sysctls", below.Sysctls, o.Sysctls, pair => pair.Name),
            Ulimits = merge.List("ulimits", below.Ulimits, o.Ulimits, ulimit => ulimit.Name),
            Tmpfs = merge.List("tmpfs", below.Tmpfs, o.Tmpfs, value => value.Value),
            Extends = merge.Value("extends", below.Extends, o.Extends),
            Profiles = merge.List("profiles", below.Profiles, o.Profiles, value => value.Value),
            DependsOn = merge.List("depends_on", below.DependsOn, o.DependsOn, dependency => dependency.Service.Value),
        };
    }

    private static ComposeBuild MergeBuild(ComposeBuild below, ComposeBuild over) => below with
    {
        Context = over.Context ?? below.Context,
        ContextPath = over.Context is null ? below.ContextPath : over.ContextPath,
        Dockerfile = over.Dockerfile ?? below.Dockerfile,
        DockerfileInline = over.DockerfileInline ?? below.DockerfileInline,
        Target = over.Target ?? below.Target,
        Args = Append(below.Args, over.Args, pair => pair.Name),
    };

    private static ComposeHealthcheck MergeHealthcheck(ComposeHealthcheck below, ComposeHealthcheck over) => below with
    {
        Test = over.Test ?? below.Test,
        Disable = over.Disable ?? below.Disable,
        Interval = over.Interval ?? below.Interval,
        Timeout = over.Timeout ?? below.Timeout,
        StartPeriod = over.StartPeriod ?? below.StartPeriod,
        StartInterval = over.StartInterval ?? below.StartInterval,
        Retries = over.Retries ?? below.Retries,
    };

    private static ComposeDeploy MergeDeploy(ComposeDeploy below, ComposeDeploy over) => below with
    {
        Limits = MergeResources(below.Limits, over.Limits),
        Reservations = MergeResources(below.Reservations, over.Reservations),
        RestartPolicy = below.RestartPolicy is null || over.RestartPolicy is null
            ? over.RestartPolicy ?? below.RestartPolicy
            : below.RestartPolicy with
            {
                Condition = over.RestartPolicy.Condition ?? below.RestartPolicy.Condition,
                Delay = over.RestartPolicy.Delay ?? below.RestartPolicy.Delay,
                MaxAttempts = over.RestartPolicy.MaxAttempts ?? below.RestartPolicy.MaxAttempts,
                Window = over.RestartPolicy.Window ?? below.RestartPolicy.Window,
            },
    };

    private static ComposeResources? MergeResources(ComposeResources? below, ComposeResources? over) =>
        below is null || over is null
            ? over ?? below
            : below with { Cpus = over.Cpus ?? below.Cpus, Memory = over.Memory ?? below.Memory, Pids = over.Pids ?? below.Pids };

    // The entries of both in order; an entry of the second with the identity of an earlier one takes its place.
    private static IReadOnlyList<T> Append<T>(IReadOnlyList<T> below, IReadOnlyList<T> over, Func<T, string> identity)
    {
        if (over.Count == 0)
        {
            return below;
        }

        var merged = new List<T>(below.Count + over.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in new[] { below, over })
        {
            foreach (var item in list)
            {
                var key = identity(item);
                if (positions.TryGetValue(key, out var position))
                {
                    merged[position] = item;
                }
                else
                {
                    positions.Add(key, merged.Count);
                    merged.Add(item);
                }
            }
        }

        return merged;
    }

    private sealed class Merger
    {
        private readonly ServiceDefinition _over;

        public Merger(ServiceDefinition over) => _over = over;

        public T? Value<T>(string key, T? below, T? over)
            where T : class =>
            _over.Resets.Contains(key) ? null : over ?? below;

        public T? Nested<T>(string key, T? below, T? over, Func<T, T, T> merge)
            where T : class
        {
            if (_over.Resets.Contains(key))
            {
                return null;
            }

            return below is null || over is null || _over.Overrides.Contains(key) ? over ?? below : merge(below, over);
        }

        public IReadOnlyList<T> List<T>(string key, IReadOnlyList<T> below, IReadOnlyList<T> over, Func<T, string> identity)
        {
            if (_over.Resets.Contains(key))
            {
                return Array.Empty<T>();
            }

            return _over.Overrides.Contains(key) ? over : Append(below, over, identity);
        }
    }
}
