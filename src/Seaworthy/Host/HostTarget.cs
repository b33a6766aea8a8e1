using System;

namespace Seaworthy.Host;

/// <summary>What kind of object a host finding is about.</summary>
public enum HostTargetKind
{
    /// <summary>The engine's host as a whole (its partitions, users, audit rules).</summary>
    Host,

    /// <summary>The daemon and its configuration.</summary>
    Daemon,

    /// <summary>A file, folder or socket of the host.</summary>
    File,

    /// <summary>A container.</summary>
    Container,

    /// <summary>An image.</summary>
    Image,

    /// <summary>A network.</summary>
    Network,

    /// <summary>The swarm, or one of its nodes.</summary>
    Swarm,

    /// <summary>A user of the host.</summary>
    User,
}

/// <summary>
/// The object a host finding is about, in place of a file position: <c>container c-ports</c>,
/// <c>file /etc/docker/daemon.json</c>, <c>image nginx:1.25</c>, <c>daemon</c>.
/// </summary>
public sealed record HostTarget(HostTargetKind Kind, string Name)
{
    /// <summary>The engine's host.</summary>
    public static HostTarget Host { get; } = new(HostTargetKind.Host, string.Empty);

    /// <summary>The daemon.</summary>
    public static HostTarget Daemon { get; } = new(HostTargetKind.Daemon, string.Empty);

    /// <summary>The swarm.</summary>
    public static HostTarget Swarm { get; } = new(HostTargetKind.Swarm, string.Empty);

    /// <summary>A file, folder or socket.</summary>
    public static HostTarget ForFile(string path) => new(HostTargetKind.File, path);

    /// <summary>A file, folder or socket the collector read.</summary>
    public static HostTarget ForFile(HostFile file) => ForFile(file.Path);

    /// <summary>A container, by name.</summary>
    public static HostTarget ForContainer(EngineContainer container) => new(HostTargetKind.Container, container.Name);

    /// <summary>An image, by its first tag or short id.</summary>
    public static HostTarget ForImage(EngineImage image) => new(HostTargetKind.Image, image.DisplayName);

    /// <summary>A network, by name.</summary>
    public static HostTarget ForNetwork(EngineNetwork network) => new(HostTargetKind.Network, network.Name);

    /// <summary>A user of the host.</summary>
    public static HostTarget ForUser(string name) => new(HostTargetKind.User, name);

    /// <summary>The kind in lower case: <c>container</c>, <c>file</c>, <c>daemon</c>.</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public override string ToString() => Name.Length == 0 ? KindName : KindName + " " + Name;

    /// <summary>Reads the form <see cref="ToString"/> writes.</summary>
    public static HostTarget Parse(string text)
    {
        var space = text.IndexOf(' ');
        var kindText = space < 0 ? text : text.Substring(0, space);
        if (!Enum.TryParse<HostTargetKind>(kindText, ignoreCase: true, out var kind))
        {
            throw new FormatException($"'{text}' is not a host target (such as 'container web' or 'daemon').");
        }

        return new HostTarget(kind, space < 0 ? string.Empty : text.Substring(space + 1));
    }
}
