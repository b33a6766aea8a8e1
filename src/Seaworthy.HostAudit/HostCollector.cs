using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;
using Seaworthy.Host;
using HealthcheckConfig = Seaworthy.Host.HealthcheckConfig;
using Version = System.Version;

namespace Seaworthy.HostAudit;

/// <summary>How to collect: which engine, and whether to read the engine's host.</summary>
public sealed record HostCollectorOptions
{
    /// <summary>The engine address (<c>--host</c>); null for <c>DOCKER_HOST</c> or the default socket.</summary>
    public string? Host { get; init; }

    /// <summary>The environment to read <c>DOCKER_HOST</c>, <c>DOCKER_TLS_VERIFY</c>, <c>DOCKER_CERT_PATH</c> and <c>DOCKER_CONTENT_TRUST</c> from; null for the process's.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Read the engine's host (files, dockerd's command line, group, audit rules) when the engine is local.</summary>
    public bool CollectLocalHost { get; init; } = true;

    /// <summary>The time limit of each API call.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>The engine cannot be reached at all.</summary>
public sealed class HostCollectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HostCollectionException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Collects a <see cref="HostSnapshot"/> from a Docker Engine through Docker.DotNet: /version first (to reach the
/// engine and agree on an API version), then in parallel /info, every container with its inspect data and the
/// processes of the running ones, every image with its inspect data and history, every network, the swarm when
/// this node manages one, and, for a local engine, the host's files and processes. A part that fails is recorded
/// as unavailable with the reason; only an engine that cannot be reached at all is an error.
/// </summary>
public static class HostCollector
{
    // The newest API version these models describe; a newer engine is spoken to in this version.
    private static readonly Version NewestApiVersion = new(1, 52);

    /// <summary>Collects the snapshot.</summary>
    /// <exception cref="HostCollectionException">The engine cannot be reached.</exception>
    /// <exception cref="ArgumentException">The engine address is not valid.</exception>
    public static async Task<HostSnapshot> CollectAsync(HostCollectorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HostCollectorOptions();
        var environment = options.Environment ?? ProcessEnvironment();
        var endpoint = DockerEndpoint.Resolve(options.Host, environment);
        var startedAt = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var unavailable = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        // The host is read while the engine answers: only the data root waits for /info.
        var info = new TaskCompletionSource<SystemInfoResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancelled = cancellationToken.Register(() => info.TrySetResult(null));
        Task<LocalHost?> localTask;
        if (!options.CollectLocalHost)
        {
            unavailable[HostParts.Local] = "reading the engine's host was switched off";
            localTask = Task.FromResult<LocalHost?>(null);
        }
        else if (!endpoint.IsLocal)
        {
            unavailable[HostParts.Local] = $"the engine at {endpoint} is remote: reached over TCP (a loopback address too may be a tunnel to another machine), so this machine's files and processes are not read as its host's";
            localTask = Task.FromResult<LocalHost?>(null);
        }
        else if (!OperatingSystem.IsLinux())
        {
            unavailable[HostParts.Local] = "the engine's host is read on Linux only";
            localTask = Task.FromResult<LocalHost?>(null);
        }
        else
        {
            localTask = Task.Run<LocalHost?>(() => LocalHostCollector.Collect(endpoint, info.Task, unavailable), cancellationToken);
        }

        VersionResponse version;
        using (var probe = new EngineApi(CreateClient(endpoint, apiVersion: null), endpoint, options.Timeout, cancellationToken))
        {
            try
            {
                version = await probe.Call("GET /version", (client, token) => client.System.GetVersionAsync(token)).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                info.TrySetResult(null);
                throw new HostCollectionException(
                    exception is TimeoutException
                        ? $"The Docker Engine at {endpoint} did not answer GET /version within {Seconds(options.Timeout)}: it is too slow, or not a Docker Engine; raise the timeout if it is slow"
                        : $"Cannot reach the Docker Engine at {endpoint}: {Describe(exception)}",
                    exception);
            }
        }

        var apiVersion = Negotiate(version.APIVersion);
        using var api = new EngineApi(CreateClient(endpoint, apiVersion), endpoint, options.Timeout, cancellationToken);

        var infoTask = Part(HostParts.Info, unavailable, () => api.Call("GET /info", (client, token) => client.System.GetSystemInfoAsync(token)));
        var containersTask = Part(HostParts.Containers, unavailable, () => ContainersAsync(api, unavailable));
        var imagesTask = Part(HostParts.Images, unavailable, () => ImagesAsync(api));
        var networksTask = Part(HostParts.Networks, unavailable, () => NetworksAsync(api));
        var systemInfo = await infoTask.ConfigureAwait(false);
        info.TrySetResult(systemInfo);
        var swarmTask = SwarmAsync(api, systemInfo, unavailable);

        var containers = await containersTask.ConfigureAwait(false) ?? new List<EngineContainer>();
        var images = await imagesTask.ConfigureAwait(false) ?? new List<EngineImage>();
        var networks = await networksTask.ConfigureAwait(false) ?? new List<EngineNetwork>();
        var swarm = await swarmTask.ConfigureAwait(false);
        var local = await localTask.ConfigureAwait(false);

        var auditEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (environment.TryGetValue("DOCKER_CONTENT_TRUST", out var contentTrust))
        {
            auditEnvironment["DOCKER_CONTENT_TRUST"] = contentTrust;
        }

        return new HostSnapshot
        {
            CollectedAt = startedAt,
            CollectionMilliseconds = watch.ElapsedMilliseconds,
            Endpoint = endpoint.ToString(),
            IsLocal = endpoint.IsLocal,
            ApiVersion = apiVersion.ToString(),
            Info = systemInfo is null ? null : Map(systemInfo),
            Version = Map(version),
            Containers = containers,
            Images = images,
            Networks = networks,
            Swarm = swarm,
            Local = local,
            AuditEnvironment = auditEnvironment,
            Unavailable = unavailable.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new UnavailablePart(pair.Key, pair.Value)).ToArray(),
        };
    }

    private static DockerClient CreateClient(DockerEndpoint endpoint, Version? apiVersion)
    {
        var uri = endpoint.Uri;
        if (uri.Scheme is "tcp" or "http" or "https")
        {
            uri = new UriBuilder(uri) { Scheme = endpoint.UseTls ? "https" : "http" }.Uri;
        }

        // EngineApi limits each call itself, so that a timeout can say which call it was.
        var builder = new DockerClientBuilder().WithEndpoint(uri).WithTimeout(System.Threading.Timeout.InfiniteTimeSpan);
        if (endpoint.UseTls)
        {
            builder = builder.WithAuthProvider(new TlsAuthProvider(endpoint));
        }

        if (apiVersion is not null)
        {
            builder = builder.WithApiVersion(apiVersion);
        }

        return builder.Build();
    }

    private static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    // The engine's own version when these models know it, else the newest they know (the engine accepts older ones).
    private static Version Negotiate(string? engineApiVersion) =>
        Version.TryParse(engineApiVersion, out var engine) && engine < NewestApiVersion ? engine : NewestApiVersion;

    private static async Task<T?> Part<T>(string part, ConcurrentDictionary<string, string> unavailable, Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            unavailable[part] = Describe(exception);
            return null;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        DockerApiException api => $"the engine answered {(int)api.StatusCode}: {api.ResponseBody?.Trim()}",
        _ when exception.InnerException is { } inner && exception is System.Net.Http.HttpRequestException => exception.Message + " (" + inner.Message + ")",
        _ => exception.Message,
    };

    private static async Task<List<EngineContainer>> ContainersAsync(EngineApi api, ConcurrentDictionary<string, string> unavailable)
    {
        var listed = await api.Call("GET /containers/json", (client, token) => client.Containers.ListContainersAsync(new ContainersListParameters { All = true }, token)).ConfigureAwait(false);
        var inspected = await Task.WhenAll(listed.Select(container => ContainerAsync(api, container.ID))).ConfigureAwait(false);
        var containers = inspected.Where(container => container is not null).Select(container => container!).OrderBy(container => container.Name, StringComparer.Ordinal).ToList();
        if (containers.Any(container => container.Running && container.Processes is null))
        {
            unavailable[HostParts.Processes] = "the processes of some running containers could not be read (see each container's processesUnavailable)";
        }

        return containers;
    }

    // A container removed between the list and the inspect is left out.
    private static async Task<EngineContainer?> ContainerAsync(EngineApi api, string id)
    {
        ContainerInspectResponse inspect;
        try
        {
            inspect = await api.Call($"GET /containers/{id}/json", (client, token) => client.Containers.InspectContainerAsync(id, token)).ConfigureAwait(false);
        }
        catch (DockerContainerNotFoundException)
        {
            return null;
        }

        var running = inspect.State?.Running == true;
        ContainerProcesses? processes = null;
        string? processesUnavailable = null;
        if (running)
        {
            try
            {
                var top = await api.Call($"GET /containers/{id}/top", (client, token) => client.Containers.ListProcessesAsync(id, new ContainerListProcessesParameters(), token)).ConfigureAwait(false);
                processes = new ContainerProcesses
                {
                    Titles = List(top.Titles),
                    Processes = top.Processes?.Select(row => (IReadOnlyList<string>)List(row)).ToArray() ?? Array.Empty<IReadOnlyList<string>>(),
                };
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                processesUnavailable = Describe(exception);
            }
        }

        var config = inspect.Config;
        var host = inspect.HostConfig;
        return new EngineContainer
        {
            Id = inspect.ID,
            Name = inspect.Name?.TrimStart('/') ?? string.Empty,
            Image = config?.Image ?? inspect.Image ?? string.Empty,
            ImageId = inspect.Image,
            Running = running,
            Status = inspect.State?.Status ?? string.Empty,
            Created = inspect.Created.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture),
            RestartCount = inspect.RestartCount,
            User = config?.User ?? string.Empty,
            Env = List(config?.Env),
            ExposedPorts = config?.ExposedPorts?.Keys.OrderBy(port => port, StringComparer.Ordinal).ToArray() ?? Array.Empty<string>(),
            Healthcheck = Map(config?.Healthcheck),
            HealthStatus = inspect.State?.Health?.Status is { Length: > 0 } health ? health : null,
            Labels = Dictionary(config?.Labels),
            AppArmorProfile = inspect.AppArmorProfile ?? string.Empty,
            ExecIds = List(inspect.ExecIDs),
            HostConfig = host is null ? new EngineHostConfig() : Map(host),
            Mounts = inspect.Mounts?.Select(mount => new EngineMount
            {
                Type = mount.Type ?? string.Empty,
                Name = string.IsNullOrEmpty(mount.Name) ? null : mount.Name,
                Source = mount.Source ?? string.Empty,
                Destination = mount.Destination ?? string.Empty,
                RW = mount.RW,
                Mode = mount.Mode ?? string.Empty,
                Propagation = mount.Propagation ?? string.Empty,
            }).ToArray() ?? Array.Empty<EngineMount>(),
            Ports = Bindings(inspect.NetworkSettings?.Ports),
            Networks = inspect.NetworkSettings?.Networks?.Keys.OrderBy(name => name, StringComparer.Ordinal).ToArray() ?? Array.Empty<string>(),
            Processes = processes,
            ProcessesUnavailable = processesUnavailable,
        };
    }

    private static EngineHostConfig Map(HostConfig host) => new()
    {
        Privileged = host.Privileged,
        CapAdd = List(host.CapAdd),
        CapDrop = List(host.CapDrop),
        NetworkMode = host.NetworkMode ?? string.Empty,
        PidMode = host.PidMode ?? string.Empty,
        IpcMode = host.IpcMode ?? string.Empty,
        UtsMode = host.UTSMode ?? string.Empty,
        UsernsMode = host.UsernsMode ?? string.Empty,
        CgroupParent = host.CgroupParent ?? string.Empty,
        Memory = host.Memory,
        CpuShares = host.CPUShares,
        NanoCpus = host.NanoCPUs,
        CpuQuota = host.CPUQuota,
        PidsLimit = host.PidsLimit,
        ReadonlyRootfs = host.ReadonlyRootfs,
        RestartPolicy = RestartPolicyName(host.RestartPolicy),
        MaximumRetryCount = host.RestartPolicy?.MaximumRetryCount ?? 0,
        SecurityOpt = List(host.SecurityOpt),
        Devices = host.Devices?.Select(device => new EngineDevice(device.PathOnHost ?? string.Empty, device.PathInContainer ?? string.Empty, device.CgroupPermissions ?? string.Empty)).ToArray()
            ?? Array.Empty<EngineDevice>(),
        Ulimits = host.Ulimits?.Select(limit => new EngineUlimit(limit.Name ?? string.Empty, limit.Soft, limit.Hard)).ToArray() ?? Array.Empty<EngineUlimit>(),
        PortBindings = Bindings(host.PortBindings),
        Binds = List(host.Binds),
    };

    private static string RestartPolicyName(RestartPolicy? policy) => policy?.Name switch
    {
        RestartPolicyKind.No => "no",
        RestartPolicyKind.Always => "always",
        RestartPolicyKind.OnFailure => "on-failure",
        RestartPolicyKind.UnlessStopped => "unless-stopped",
        _ => string.Empty,
    };

    private static async Task<List<EngineImage>> ImagesAsync(EngineApi api)
    {
        var listed = await api.Call("GET /images/json", (client, token) => client.Images.ListImagesAsync(new ImagesListParameters { All = false }, token)).ConfigureAwait(false);
        var images = await Task.WhenAll(listed.Select(image => ImageAsync(api, image.ID))).ConfigureAwait(false);
        return images.Where(image => image is not null).Select(image => image!).OrderBy(image => image.DisplayName, StringComparer.Ordinal).ToList();
    }

    private static async Task<EngineImage?> ImageAsync(EngineApi api, string id)
    {
        var inspectTask = api.Call($"GET /images/{id}/json", (client, token) => client.Images.InspectImageAsync(id, token));
        var historyTask = api.Call($"GET /images/{id}/history", (client, token) => client.Images.GetImageHistoryAsync(id, token));
        ImageInspectResponse inspect;
        try
        {
            inspect = await inspectTask.ConfigureAwait(false);
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }

        IReadOnlyList<ImageHistoryEntry> history = Array.Empty<ImageHistoryEntry>();
        string? historyUnavailable = null;
        try
        {
            history = (await historyTask.ConfigureAwait(false)).Select(entry => new ImageHistoryEntry
            {
                Id = entry.ID ?? string.Empty,
                CreatedBy = entry.CreatedBy ?? string.Empty,
                Created = new DateTimeOffset(entry.Created.ToUniversalTime()).ToUnixTimeSeconds(),
                Size = entry.Size,
                Comment = entry.Comment ?? string.Empty,
            }).ToArray();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            historyUnavailable = Describe(exception);
        }

        var config = inspect.Config;
        return new EngineImage
        {
            Id = inspect.ID,
            RepoTags = List(inspect.RepoTags),
            RepoDigests = List(inspect.RepoDigests),
            Created = inspect.Created?.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture),
            User = config?.User ?? string.Empty,
            Healthcheck = Map(config?.Healthcheck),
            Env = List(config?.Env),
            ExposedPorts = config?.ExposedPorts?.Keys.OrderBy(port => port, StringComparer.Ordinal).ToArray() ?? Array.Empty<string>(),
            Labels = Dictionary(config?.Labels),
            History = history,
            HistoryUnavailable = historyUnavailable,
        };
    }

    // The list leaves each network's containers out; inspecting each one fills them.
    private static async Task<List<EngineNetwork>> NetworksAsync(EngineApi api)
    {
        var listed = await api.Call("GET /networks", (client, token) => client.Networks.ListNetworksAsync(new NetworksListParameters(), token)).ConfigureAwait(false);
        var networks = await Task.WhenAll(listed.Select(async network =>
        {
            NetworkResponse inspect;
            try
            {
                inspect = await api.Call($"GET /networks/{network.ID}", (client, token) => client.Networks.InspectNetworkAsync(network.ID, token)).ConfigureAwait(false);
            }
            catch (DockerNetworkNotFoundException)
            {
                inspect = network;
            }

            return new EngineNetwork
            {
                Id = inspect.ID,
                Name = inspect.Name ?? string.Empty,
                Driver = inspect.Driver ?? string.Empty,
                Scope = inspect.Scope ?? string.Empty,
                Internal = inspect.Internal,
                Options = Dictionary(inspect.Options),
                Containers = inspect.Containers?.Values.Select(endpoint => endpoint.Name ?? string.Empty).OrderBy(name => name, StringComparer.Ordinal).ToArray() ?? Array.Empty<string>(),
            };
        })).ConfigureAwait(false);
        return networks.OrderBy(network => network.Name, StringComparer.Ordinal).ToList();
    }

    private static async Task<SwarmState?> SwarmAsync(EngineApi api, SystemInfoResponse? info, ConcurrentDictionary<string, string> unavailable)
    {
        var state = info?.Swarm?.LocalNodeState;
        if (info is null || state is null || string.Equals(state, "inactive", StringComparison.Ordinal))
        {
            return null;
        }

        if (!info.Swarm!.ControlAvailable)
        {
            unavailable[HostParts.Swarm] = "this node is not a swarm manager, so the swarm's nodes, secrets and settings cannot be read";
            return null;
        }

        try
        {
            var nodesTask = api.Call("GET /nodes", (client, token) => client.Swarm.ListNodesAsync(token));
            var swarmTask = api.Call("GET /swarm", (client, token) => client.Swarm.InspectSwarmAsync(token));
            var secretsTask = api.Call("GET /secrets", (client, token) => client.Secrets.ListAsync(token));
            var nodes = await nodesTask.ConfigureAwait(false);
            var swarm = await swarmTask.ConfigureAwait(false);
            var secrets = await secretsTask.ConfigureAwait(false);
            return new SwarmState
            {
                Nodes = nodes.Select(node => new SwarmNode(
                    node.ID,
                    node.Description?.Hostname ?? string.Empty,
                    node.Spec?.Role ?? string.Empty,
                    node.ManagerStatus?.Leader == true,
                    node.Spec?.Availability ?? string.Empty)).ToArray(),
                AutoLockManagers = swarm.Spec?.EncryptionConfig?.AutoLockManagers,
                NodeCertExpirySeconds = swarm.Spec?.CAConfig?.NodeCertExpiry is { } expiry ? (long)expiry.TotalSeconds : null,
                SecretCount = secrets.Count,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            unavailable[HostParts.Swarm] = Describe(exception);
            return null;
        }
    }

    private static DaemonInfo Map(SystemInfoResponse info) => new()
    {
        Id = info.ID,
        Name = info.Name,
        ServerVersion = info.ServerVersion,
        OperatingSystem = info.OperatingSystem,
        OSType = info.OSType,
        KernelVersion = info.KernelVersion,
        Driver = info.Driver,
        DriverStatus = info.DriverStatus?.Select(pair => (IReadOnlyList<string>)List(pair)).ToArray() ?? Array.Empty<IReadOnlyList<string>>(),
        DockerRootDir = info.DockerRootDir,
        LoggingDriver = info.LoggingDriver,
        CgroupDriver = info.CgroupDriver,
        CgroupVersion = info.CgroupVersion,
        SecurityOptions = List(info.SecurityOptions),
        LiveRestoreEnabled = info.LiveRestoreEnabled,
        ExperimentalBuild = info.ExperimentalBuild,
        Debug = info.Debug,
        Containers = info.Containers,
        ContainersRunning = info.ContainersRunning,
        ContainersPaused = info.ContainersPaused,
        ContainersStopped = info.ContainersStopped,
        Images = info.Images,
        InsecureRegistryCidrs = info.RegistryConfig?.InsecureRegistryCIDRs?.Select(cidr => cidr.ToString() ?? string.Empty).ToArray() ?? Array.Empty<string>(),
        Registries = info.RegistryConfig?.IndexConfigs?.Values.Select(index => new RegistryIndex(index.Name ?? string.Empty, index.Secure, index.Official)).ToArray()
            ?? Array.Empty<RegistryIndex>(),
        AuthorizationPlugins = List(info.Plugins?.Authorization),
        DefaultRuntime = info.DefaultRuntime,
        SwarmLocalNodeState = info.Swarm?.LocalNodeState,
        SwarmControlAvailable = info.Swarm?.ControlAvailable == true,
    };

    private static EngineVersion Map(VersionResponse version) => new()
    {
        Version = version.Version,
        ApiVersion = version.APIVersion,
        MinApiVersion = version.MinAPIVersion,
        Os = version.Os,
        Arch = version.Arch,
        KernelVersion = version.KernelVersion,
        Experimental = version.Experimental,
        GoVersion = version.GoVersion,
        GitCommit = version.GitCommit,
        BuildTime = version.BuildTime,
    };

    private static HealthcheckConfig? Map(Docker.DotNet.Models.HealthcheckConfig? healthcheck) =>
        healthcheck?.Test is { Count: > 0 } test
            ? new HealthcheckConfig { Test = test.ToArray(), Interval = healthcheck.Interval is { } interval ? interval.Ticks * 100 : 0 }
            : null;

    private static Dictionary<string, IReadOnlyList<EnginePortBinding>> Bindings(IDictionary<string, IList<PortBinding>>? ports)
    {
        var bindings = new Dictionary<string, IReadOnlyList<EnginePortBinding>>(StringComparer.Ordinal);
        foreach (var pair in ports ?? new Dictionary<string, IList<PortBinding>>())
        {
            bindings[pair.Key] = pair.Value?.Select(binding => new EnginePortBinding(binding.HostIP ?? string.Empty, binding.HostPort ?? string.Empty)).ToArray()
                ?? Array.Empty<EnginePortBinding>();
        }

        return bindings;
    }

    private static string[] List(IEnumerable<string>? items) => items?.ToArray() ?? Array.Empty<string>();

    private static Dictionary<string, string> Dictionary(IDictionary<string, string>? items) =>
        items is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(items, StringComparer.Ordinal);

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                environment[name] = value;
            }
        }

        return environment;
    }

    /// <summary>The engine's API, each call limited to the collection's timeout and named when it runs out.</summary>
    private sealed class EngineApi : IDisposable
    {
        private readonly DockerClient _client;
        private readonly DockerEndpoint _endpoint;
        private readonly TimeSpan _timeout;
        private readonly CancellationToken _cancellationToken;

        public EngineApi(DockerClient client, DockerEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
        {
            _client = client;
            _endpoint = endpoint;
            _timeout = timeout;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Runs <paramref name="call"/>; <paramref name="request"/> (<c>GET /info</c>) names it when it times out.</summary>
        /// <exception cref="TimeoutException">The engine did not answer within the timeout.</exception>
        public async Task<T> Call<T>(string request, Func<DockerClient, CancellationToken, Task<T>> call)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
            limit.CancelAfter(_timeout);
            try
            {
                return await call(_client, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (!_cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"the engine at {_endpoint} did not answer {request} within {Seconds(_timeout)}", exception);
            }
        }

        public void Dispose() => _client.Dispose();
    }
}
