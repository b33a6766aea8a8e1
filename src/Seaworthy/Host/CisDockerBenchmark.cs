using System;
using System.Collections.Generic;

namespace Seaworthy.Host;

/// <summary>
/// One check of the CIS Docker Benchmark: its id (<c>5.4</c>), title, whether docker-bench-security scores it,
/// whether CIS marks it automated, and for a check no tool can decide, what a person should look at.
/// </summary>
/// <param name="Id">The benchmark's id, such as <c>2.15</c> or <c>1.1.3</c>.</param>
/// <param name="Title">The benchmark's title.</param>
/// <param name="Scored">True when docker-bench-security counts it in its score (PASS +1, WARN -1).</param>
/// <param name="Automated">True when CIS tags it automated (or, in section 2, scored).</param>
/// <param name="LookAt">For a check reported as manual: what to look at, and how.</param>
public sealed record CisCheck(string Id, string Title, bool Scored, bool Automated, string? LookAt)
{
    /// <summary>The section the check belongs to: <c>1</c> to <c>7</c>.</summary>
    public string Section => Id.Substring(0, Id.IndexOf('.') < 0 ? Id.Length : Id.IndexOf('.'));

    /// <summary>
    /// True when <paramref name="pattern"/> names this check or a section or subsection that holds it:
    /// <c>5</c>, <c>1.1</c>, <c>2.15</c> (<c>2.1</c> is check 2.1 only, not 2.15).
    /// </summary>
    public bool Matches(string pattern) =>
        string.Equals(Id, pattern, StringComparison.Ordinal) || Id.StartsWith(pattern + ".", StringComparison.Ordinal);
}

/// <summary>A section of the benchmark.</summary>
public sealed record CisSection(string Id, string Title);

/// <summary>
/// The CIS Docker Benchmark v1.6.0 as docker-bench-security 1.6.0 implements it: 117 checks in 7 sections (section 8,
/// Docker Enterprise, is left out as docker-bench-security leaves it out of its default run). Rules say which check
/// they decide with a <c>cis-docker:&lt;id&gt;</c> equivalent.
/// </summary>
public static class CisDockerBenchmark
{
    /// <summary>The benchmark version.</summary>
    public const string Version = "1.6.0";

    /// <summary>The sections, in order.</summary>
    public static IReadOnlyList<CisSection> Sections { get; } = new CisSection[]
    {
        new("1", "Host Configuration"),
        new("2", "Docker daemon configuration"),
        new("3", "Docker daemon configuration files"),
        new("4", "Container Images and Build File"),
        new("5", "Container Runtime"),
        new("6", "Docker Security Operations"),
        new("7", "Docker Swarm Configuration"),
    };

    /// <summary>Every check, in benchmark order.</summary>
    public static IReadOnlyList<CisCheck> Checks { get; } = new CisCheck[]
    {
        new("1.1.1", "Ensure a separate partition for containers has been created", Scored: true, Automated: true, null),
        new("1.1.2", "Ensure only trusted users are allowed to control Docker daemon", Scored: true, Automated: true, null),
        new("1.1.3", "Ensure auditing is configured for the Docker daemon", Scored: true, Automated: true, null),
        new("1.1.4", "Ensure auditing is configured for Docker files and directories - /run/containerd", Scored: true, Automated: true, null),
        new("1.1.5", "Ensure auditing is configured for Docker files and directories - /var/lib/docker", Scored: true, Automated: true, null),
        new("1.1.6", "Ensure auditing is configured for Docker files and directories - /etc/docker", Scored: true, Automated: true, null),
        new("1.1.7", "Ensure auditing is configured for Docker files and directories - docker.service", Scored: true, Automated: true, null),
        new("1.1.8", "Ensure auditing is configured for Docker files and directories - containerd.sock", Scored: true, Automated: true, null),
        new("1.1.9", "Ensure auditing is configured for Docker files and directories - docker.socket", Scored: true, Automated: true, null),
        new("1.1.10", "Ensure auditing is configured for Docker files and directories - /etc/default/docker", Scored: true, Automated: true, null),
        new("1.1.11", "Ensure auditing is configured for Docker files and directories - /etc/docker/daemon.json", Scored: true, Automated: true, null),
        new("1.1.12", "Ensure auditing is configured for Docker files and directories - /etc/containerd/config.toml", Scored: true, Automated: true, null),
        new("1.1.13", "Ensure auditing is configured for Docker files and directories - /etc/sysconfig/docker", Scored: true, Automated: true, null),
        new("1.1.14", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd", Scored: true, Automated: true, null),
        new("1.1.15", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim", Scored: true, Automated: true, null),
        new("1.1.16", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v1", Scored: true, Automated: true, null),
        new("1.1.17", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v2", Scored: true, Automated: true, null),
        new("1.1.18", "Ensure auditing is configured for Docker files and directories - /usr/bin/runc", Scored: true, Automated: true, null),
        new("1.2.1", "Ensure the container host has been Hardened", Scored: false, Automated: false, "Harden the host itself: a minimal OS, patched kernel, host firewall, and a baseline such as the CIS benchmark for the distribution."),
        new("1.2.2", "Ensure that the version of Docker is up to date", Scored: false, Automated: false, "Compare the engine version in the report with the current Docker Engine release and its support window."),
        new("2.1", "Run the Docker daemon as a non-root user, if possible", Scored: false, Automated: false, "Whether the daemon can run rootless (dockerd-rootless.sh); the daemon's security options say name=rootless when it does."),
        new("2.2", "Ensure network traffic is restricted between containers on the default bridge", Scored: true, Automated: true, null),
        new("2.3", "Ensure the logging level is set to 'info'", Scored: true, Automated: true, null),
        new("2.4", "Ensure Docker is allowed to make changes to iptables", Scored: true, Automated: true, null),
        new("2.5", "Ensure insecure registries are not used", Scored: true, Automated: true, null),
        new("2.6", "Ensure aufs storage driver is not used", Scored: true, Automated: true, null),
        new("2.7", "Ensure TLS authentication for Docker daemon is configured", Scored: true, Automated: true, null),
        new("2.8", "Ensure the default ulimit is configured appropriately", Scored: false, Automated: false, "The daemon's default-ulimits (daemon.json) or --default-ulimit: set them to what the containers need."),
        new("2.9", "Enable user namespace support", Scored: true, Automated: true, null),
        new("2.10", "Ensure the default cgroup usage has been confirmed", Scored: true, Automated: true, null),
        new("2.11", "Ensure base device size is not changed until needed", Scored: true, Automated: true, null),
        new("2.12", "Ensure that authorization for Docker client commands is enabled", Scored: true, Automated: true, null),
        new("2.13", "Ensure centralized and remote logging is configured", Scored: true, Automated: true, null),
        new("2.14", "Ensure containers are restricted from acquiring new privileges", Scored: true, Automated: true, null),
        new("2.15", "Ensure live restore is enabled", Scored: true, Automated: true, null),
        new("2.16", "Ensure Userland Proxy is Disabled", Scored: true, Automated: true, null),
        new("2.17", "Ensure that a daemon-wide custom seccomp profile is applied if appropriate", Scored: false, Automated: false, "The daemon's seccomp profile (security options, seccomp-profile in daemon.json): the default profile, or a stricter one of your own."),
        new("2.18", "Ensure that experimental features are not implemented in production", Scored: true, Automated: true, null),
        new("3.1", "Ensure that the docker.service file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.2", "Ensure that docker.service file permissions are appropriately set", Scored: true, Automated: true, null),
        new("3.3", "Ensure that docker.socket file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.4", "Ensure that docker.socket file permissions are set to 644 or more restrictive", Scored: true, Automated: true, null),
        new("3.5", "Ensure that the /etc/docker directory ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.6", "Ensure that /etc/docker directory permissions are set to 755 or more restrictively", Scored: true, Automated: true, null),
        new("3.7", "Ensure that registry certificate file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.8", "Ensure that registry certificate file permissions are set to 444 or more restrictively", Scored: true, Automated: true, null),
        new("3.9", "Ensure that TLS CA certificate file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.10", "Ensure that TLS CA certificate file permissions are set to 444 or more restrictively", Scored: true, Automated: true, null),
        new("3.11", "Ensure that Docker server certificate file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.12", "Ensure that the Docker server certificate file permissions are set to 444 or more restrictively", Scored: true, Automated: true, null),
        new("3.13", "Ensure that the Docker server certificate key file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.14", "Ensure that the Docker server certificate key file permissions are set to 400", Scored: true, Automated: true, null),
        new("3.15", "Ensure that the Docker socket file ownership is set to root:docker", Scored: true, Automated: true, null),
        new("3.16", "Ensure that the Docker socket file permissions are set to 660 or more restrictively", Scored: true, Automated: true, null),
        new("3.17", "Ensure that the daemon.json file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.18", "Ensure that daemon.json file permissions are set to 644 or more restrictive", Scored: true, Automated: true, null),
        new("3.19", "Ensure that the /etc/default/docker file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.20", "Ensure that the /etc/default/docker file permissions are set to 644 or more restrictively", Scored: true, Automated: true, null),
        new("3.21", "Ensure that the /etc/sysconfig/docker file permissions are set to 644 or more restrictively", Scored: true, Automated: true, null),
        new("3.22", "Ensure that the /etc/sysconfig/docker file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.23", "Ensure that the Containerd socket file ownership is set to root:root", Scored: true, Automated: true, null),
        new("3.24", "Ensure that the Containerd socket file permissions are set to 660 or more restrictively", Scored: true, Automated: true, null),
        new("4.1", "Ensure that a user for the container has been created", Scored: true, Automated: true, null),
        new("4.2", "Ensure that containers use only trusted base images", Scored: false, Automated: false, "Where each image comes from: official or verified publishers, or your own registry (trusted-registries in .seaworthy.yaml lets lint check image references)."),
        new("4.3", "Ensure that unnecessary packages are not installed in the container", Scored: false, Automated: false, "The packages installed in each image (docker run --rm IMAGE dpkg -l, apk info, rpm -qa): remove what the application does not need."),
        new("4.4", "Ensure images are scanned and rebuilt to include security patches", Scored: false, Automated: false, "A vulnerability scanner's report for each image, and when each was last rebuilt on a patched base."),
        new("4.5", "Ensure Content trust for Docker is Enabled", Scored: true, Automated: true, null),
        new("4.6", "Ensure that HEALTHCHECK instructions have been added to container images", Scored: true, Automated: true, null),
        new("4.7", "Ensure update instructions are not used alone in the Dockerfile", Scored: false, Automated: false, "Image history entries that run a package index update (apt-get update, apk update) in a layer of their own."),
        new("4.8", "Ensure setuid and setgid permissions are removed", Scored: false, Automated: false, "Files with setuid or setgid bits in each image (find / -perm /6000 -type f): remove the bits the application does not need."),
        new("4.9", "Ensure that COPY is used instead of ADD in Dockerfiles", Scored: false, Automated: false, "ADD in the image history or the Dockerfiles (lint checks Dockerfiles for it)."),
        new("4.10", "Ensure secrets are not stored in Dockerfiles", Scored: false, Automated: false, "The Dockerfiles and image history for passwords, keys and tokens (lint checks Dockerfiles and Compose files for them)."),
        new("4.11", "Ensure only verified packages are installed", Scored: false, Automated: false, "That the Dockerfiles install packages from signed repositories and check downloaded files against checksums or signatures."),
        new("4.12", "Ensure all signed artifacts are validated", Scored: false, Automated: false, "That images and artifacts are pulled by digest or verified signature (Docker Content Trust, cosign) before use."),
        new("5.1", "Ensure swarm mode is not Enabled, if not needed", Scored: true, Automated: true, null),
        new("5.2", "Ensure that, if applicable, an AppArmor Profile is enabled", Scored: true, Automated: true, null),
        new("5.3", "Ensure that, if applicable, SELinux security options are set", Scored: true, Automated: true, null),
        new("5.4", "Ensure that Linux kernel capabilities are restricted within containers", Scored: true, Automated: true, null),
        new("5.5", "Ensure that privileged containers are not used", Scored: true, Automated: true, null),
        new("5.6", "Ensure sensitive host system directories are not mounted on containers", Scored: true, Automated: true, null),
        new("5.7", "Ensure sshd is not run within containers", Scored: true, Automated: true, null),
        new("5.8", "Ensure privileged ports are not mapped within containers", Scored: true, Automated: true, null),
        new("5.9", "Ensure that only needed ports are open on the container", Scored: true, Automated: false, "The ports each container publishes (docker port NAME): close those the service does not need."),
        new("5.10", "Ensure that the host's network namespace is not shared", Scored: true, Automated: true, null),
        new("5.11", "Ensure that the memory usage for containers is limited", Scored: true, Automated: true, null),
        new("5.12", "Ensure that CPU priority is set appropriately on containers", Scored: true, Automated: true, null),
        new("5.13", "Ensure that the container's root filesystem is mounted as read only", Scored: true, Automated: true, null),
        new("5.14", "Ensure that incoming container traffic is bound to a specific host interface", Scored: true, Automated: true, null),
        new("5.15", "Ensure that the 'on-failure' container restart policy is set to '5'", Scored: true, Automated: true, null),
        new("5.16", "Ensure that the host's process namespace is not shared", Scored: true, Automated: true, null),
        new("5.17", "Ensure that the host's IPC namespace is not shared", Scored: true, Automated: true, null),
        new("5.18", "Ensure that host devices are not directly exposed to containers", Scored: false, Automated: false, "The devices given to each container (--device): keep only those it needs, with the least permissions (r, w, m)."),
        new("5.19", "Ensure that the default ulimit is overwritten at runtime if needed", Scored: false, Automated: false, "Each container's ulimits (--ulimit) against what its workload needs."),
        new("5.20", "Ensure mount propagation mode is not set to shared", Scored: true, Automated: true, null),
        new("5.21", "Ensure that the host's UTS namespace is not shared", Scored: true, Automated: true, null),
        new("5.22", "Ensure the default seccomp profile is not Disabled", Scored: true, Automated: true, null),
        new("5.23", "Ensure that docker exec commands are not used with the privileged option", Scored: false, Automated: true, "The daemon's event log and audit records for exec sessions started with --privileged (docker events --filter event=exec_create); the engine keeps no record of past execs."),
        new("5.24", "Ensure that docker exec commands are not used with the user=root option", Scored: false, Automated: false, "The audit records of exec sessions started with --user root; the engine keeps no record of past execs."),
        new("5.25", "Ensure that cgroup usage is confirmed", Scored: true, Automated: true, null),
        new("5.26", "Ensure that the container is restricted from acquiring additional privileges", Scored: true, Automated: true, null),
        new("5.27", "Ensure that container health is checked at runtime", Scored: true, Automated: true, null),
        new("5.28", "Ensure that Docker commands always make use of the latest version of their image", Scored: false, Automated: false, "Whether deployments pull images by digest or with --pull always, so a cached, outdated image is never reused."),
        new("5.29", "Ensure that the PIDs cgroup limit is used", Scored: true, Automated: true, null),
        new("5.30", "Ensure that Docker's default bridge 'docker0' is not used", Scored: false, Automated: false, "Which containers are attached to the default bridge docker0; move them to user-defined networks."),
        new("5.31", "Ensure that the host's user namespaces are not shared", Scored: true, Automated: true, null),
        new("5.32", "Ensure that the Docker socket is not mounted inside any containers", Scored: true, Automated: true, null),
        new("6.1", "Ensure that image sprawl is avoided", Scored: false, Automated: false, "Images no container uses (docker image ls against docker ps -a): remove them (docker image prune)."),
        new("6.2", "Ensure that container sprawl is avoided", Scored: false, Automated: false, "Stopped containers kept around (docker ps -a --filter status=exited): remove those not needed (docker container prune)."),
        new("7.1", "Ensure that the minimum number of manager nodes have been created in a swarm", Scored: true, Automated: true, null),
        new("7.2", "Ensure that swarm services are bound to a specific host interface", Scored: true, Automated: true, null),
        new("7.3", "Ensure that all Docker swarm overlay networks are encrypted", Scored: true, Automated: true, null),
        new("7.4", "Ensure that Docker's secret management commands are used for managing secrets in a swarm cluster", Scored: false, Automated: false, "Whether services get their secrets through docker secret rather than environment variables or files in images."),
        new("7.5", "Ensure that swarm manager is run in auto-lock mode", Scored: true, Automated: true, null),
        new("7.6", "Ensure that the swarm manager auto-lock key is rotated periodically", Scored: false, Automated: false, "When the swarm's unlock key was last rotated (docker swarm unlock-key --rotate)."),
        new("7.7", "Ensure that node certificates are rotated as appropriate", Scored: false, Automated: false, "The swarm's node certificate expiry (docker info: CA configuration, Expiry Duration) against your policy."),
        new("7.8", "Ensure that CA certificates are rotated as appropriate", Scored: false, Automated: false, "When the swarm's root CA was last rotated (docker swarm ca --rotate)."),
        new("7.9", "Ensure that management plane traffic is separated from data plane traffic", Scored: false, Automated: false, "That the swarm advertises management on one interface (--advertise-addr) and data on another (--data-path-addr)."),
    };

    /// <summary>The check with <paramref name="id"/>, or null.</summary>
    public static CisCheck? Find(string id)
    {
        foreach (var check in Checks)
        {
            if (string.Equals(check.Id, id, StringComparison.Ordinal))
            {
                return check;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="pattern"/> names a check, a section or a subsection (<c>5</c>, <c>1.1</c>, <c>5.4</c>).</summary>
    public static bool IsKnown(string pattern)
    {
        foreach (var check in Checks)
        {
            if (check.Matches(pattern))
            {
                return true;
            }
        }

        return false;
    }
}
